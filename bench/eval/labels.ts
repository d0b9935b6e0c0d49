/**
 * The shape of the labelled evaluation set: messages built from pieces, each
 * sensitive piece labelled with its type and digits, each harmless number that
 * must survive marked as a negative span. Scoring is black-box: it only ever
 * compares a redactor's output text with these labels.
 */
import type { CardBrand } from '../../src/types.js'

/** The sensitive types the evaluation labels. */
export type SensitiveType = 'card_number' | 'expiry_date' | 'cvv' | 'phone' | 'email' | 'iban'

/** Types a card-only redactor (`chatmask/pci`) is meant to find; the rest are harmless to it. */
export const PCI_TYPES: readonly SensitiveType[] = ['card_number', 'expiry_date', 'cvv']

/** Kinds of harmless numbers in one message that must come out unchanged. */
export type MessageNegativeKind =
  | 'order_number'
  | 'card_shaped_reference'
  | 'tracking_ups'
  | 'tracking_fedex'
  | 'timestamp'
  | 'date'
  | 'decimal'
  | 'price'
  | 'account_number'
  | 'imei'
  | 'isbn'
  | 'hex_id'
  | 'score_fraction'
  | 'small_number'
  | 'invoice_reference'
  | 'ipv4_address'
  | 'serial_number'
  | 'tracking_usps'
  | 'url_digits'

/** The customer's answer to an agent's question for something other than card data (a flow). */
export type FlowNegativeKind = 'answer_order_number' | 'answer_postcode' | 'answer_room' | 'answer_guests'

/** Every kind of harmless number: in one message, or in a flow's answer. */
export type NegativeKind = MessageNegativeKind | FlowNegativeKind

/** A Luhn-valid number whose prefix no row of the issuer table holds: a card only in card context. */
export const UNLISTED_BRAND = 'unlisted'

export interface CardInfo {
  /** The whole PAN, ASCII digits. */
  readonly pan: string
  readonly brand: CardBrand | typeof UNLISTED_BRAND
  /** Index in `pan` of this label's first digit: 0 unless the card is split across messages. */
  readonly firstDigit: number
  /** How it is written, e.g. "4-4-4-4 · space · ascii". */
  readonly format: string
}

export interface Label {
  readonly type: SensitiveType
  /** Half-open UTF-16 offsets in the message text. */
  readonly start: number
  readonly end: number
  /** The value's digits in order, as ASCII (a card part's digits for a split card). */
  readonly digits: string
  readonly card?: CardInfo
  /** A phone written with "+": its country calling code, which may stay visible. */
  readonly countryCode?: string
  /** An email's identifying part: the local part before any "+tag". */
  readonly emailIdentity?: string
  /**
   * An expiry written with a month name ("Dec 2029", "déc. 2029"): the name as
   * written, which must not stay visible either (it is half of the date).
   */
  readonly monthWord?: string
}

export interface NegativeSpan {
  readonly kind: NegativeKind
  readonly start: number
  readonly end: number
}

export interface EvalMessage {
  readonly sender: string
  readonly text: string
  readonly labels: readonly Label[]
  readonly negatives: readonly NegativeSpan[]
}

/** How a case reaches the redactor. */
export type CaseInput =
  /** Each message whole, in order (a chat product's `add(message)`). */
  | 'messages'
  /** The single message typed one code point at a time, shown after every key. */
  | 'keystrokes'

/**
 * - positive: one message, each label must be hidden;
 * - negative: one message, each harmless number must survive;
 * - split: several messages (a conversation), no version of any may show a label;
 * - flow_negative: a conversation whose harmless numbers must survive in each message's final text;
 * - keystroke: one message typed key by key.
 */
export type CategoryKind = 'positive' | 'negative' | 'split' | 'flow_negative' | 'keystroke'

export interface EvalCase {
  readonly id: string
  readonly category: string
  readonly input: CaseInput
  readonly messages: readonly EvalMessage[]
  /** Breakdown keys, e.g. { brand: 'visa', grouping: '4-4-4-4' } or { region: 'GB' }. */
  readonly facets: Readonly<Record<string, string>>
}

/** One piece of a message being built: plain text, or a labelled value, or a negative. */
export type Piece =
  | string
  | { readonly text: string; readonly label: Omit<Label, 'start' | 'end'> }
  | { readonly text: string; readonly negative: NegativeKind }

/** Joins pieces into a message, computing each label's and negative's offsets. */
export function compose(pieces: readonly Piece[], sender = 'customer'): EvalMessage {
  let text = ''
  const labels: Label[] = []
  const negatives: NegativeSpan[] = []
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece
      continue
    }
    const start = text.length
    text += piece.text
    if ('label' in piece) labels.push({ ...piece.label, start, end: text.length })
    else negatives.push({ kind: piece.negative, start, end: text.length })
  }
  return { sender, text, labels, negatives }
}
