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

/** Kinds of harmless numbers that must come out unchanged. */
export type NegativeKind =
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

export interface CardInfo {
  /** The whole PAN, ASCII digits. */
  readonly pan: string
  readonly brand: CardBrand
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

export type CategoryKind = 'positive' | 'negative' | 'split' | 'keystroke'

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
