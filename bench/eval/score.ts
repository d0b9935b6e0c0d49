/**
 * Black-box scoring: every judgement compares a redactor's output text with the
 * labels, never with the redactor's findings, so chatmask and its peers are
 * scored alike.
 *
 * What "hidden" means, per type (PCI DSS 3.4.1 lets a card show at most its
 * first 6 and last 4 digits):
 * - card number: no digit outside the first 6 and the last 4 is visible;
 * - expiry date, CVV: no digit of it is visible;
 * - phone: at most 4 of its digits are visible, not counting a "+" country code;
 * - IBAN: at most 4 of its digits are visible;
 * - email: the local part before any "+tag" no longer appears (the domain may).
 *
 * Which digits are visible is read in one of two ways:
 * - positional, when the output has the input's length and every character
 *   outside the labelled values is unchanged (a mask that keeps length, as
 *   chatmask's default policies do): a digit is visible when the same character
 *   is still at the same place. Exact.
 * - by string, otherwise (placeholders change the length): the message's
 *   other text is digit-free by construction (but for keywords such as "cvv2",
 *   whose digits may show or not), so the digits left in the output (after
 *   removing the peer's numbered placeholders) must be explainable, in order,
 *   as what each label may show. When an explanation exists the value counts
 *   as hidden, so a coincidence can only favour the redactor: leak figures from
 *   this mode are lower bounds.
 */
import { asciiDigitsOf, codeUnitsOf, isDigitAt } from './digits.js'
import { PCI_TYPES, type EvalMessage, type Label } from './labels.js'

export type Scope = 'all' | 'pci'

/** PCI DSS 3.4.1: the most of a PAN that may be shown. */
const CARD_VISIBLE_PREFIX = 6
const CARD_VISIBLE_SUFFIX = 4
/** The most digits of a phone number or IBAN that may stay visible (a "last four" style mask). */
const MAX_VISIBLE_DIGITS = 4

export interface NegativeResult {
  /** A {@link NegativeKind}, or `card_only_<type>` for a phone, email or IBAN judged by a card-only redactor. */
  readonly kind: string
  readonly destroyed: boolean
}

export interface MessageJudgement {
  /** Every label hidden; undefined when the message has no label in this scope. */
  readonly hidden: boolean | undefined
  readonly negatives: readonly NegativeResult[]
}

/** Labels this scope must hide, and the labelled values it must leave alone. */
export function splitByScope(message: EvalMessage, scope: Scope): { labels: Label[]; harmless: { kind: string; text: string }[] } {
  const labels: Label[] = []
  const harmless: { kind: string; text: string }[] = message.negatives.map((span) => ({ kind: span.kind, text: message.text.slice(span.start, span.end) }))
  for (const label of message.labels) {
    if (scope === 'pci' && !PCI_TYPES.includes(label.type)) harmless.push({ kind: `card_only_${label.type}`, text: message.text.slice(label.start, label.end) })
    else labels.push(label)
  }
  return { labels, harmless }
}

export function judgeMessage(message: EvalMessage, output: string, scope: Scope, placeholder: RegExp | undefined): MessageJudgement {
  const { labels, harmless } = splitByScope(message, scope)
  const negatives = harmless.map(({ kind, text }) => ({ kind, destroyed: !output.includes(text) }))
  if (labels.length === 0) return { hidden: undefined, negatives }
  return { hidden: labelsHidden(message.text, output, labels, placeholder), negatives }
}

/** Whether every label of one message (or of a typed prefix of it) is hidden in `output`. */
export function labelsHidden(input: string, output: string, labels: readonly Label[], placeholder: RegExp | undefined): boolean {
  const cleaned = placeholder === undefined ? output : output.replace(placeholder, '')
  for (const label of labels) {
    if (label.type === 'email' && label.emailIdentity !== undefined && cleaned.toLowerCase().includes(label.emailIdentity.toLowerCase())) return false
  }
  const aligned = isAligned(input, output, labels)
  if (!monthWordsHidden(input, output, labels, aligned)) return false
  if (aligned) {
    return labels.every((label) => positionalRuleHolds(label, visibleIndices(input, output, label)))
  }
  return explainable(asciiDigitsOf(cleaned), withContext(input, labels.filter((label) => label.type !== 'email')))
}

/** `word` as a whole word (no letter on either side), any case, anywhere in a text. */
function wholeWordPattern(word: string): RegExp {
  return new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'giu')
}

function occurrences(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length
}

/**
 * Whether the month name of every expiry written with one ("Dec 2029") is gone:
 * in place (aligned output), or, when the output changed length, by count: the
 * output holds no more copies of the word than the text outside the label did.
 */
export function monthWordsHidden(input: string, output: string, labels: readonly Label[], aligned: boolean): boolean {
  for (const label of labels) {
    if (label.monthWord === undefined) continue
    const pattern = wholeWordPattern(label.monthWord)
    if (aligned) {
      if (occurrences(output.slice(label.start, label.end), pattern) > 0) return false
      continue
    }
    const outside = input.slice(0, label.start) + ' ' + input.slice(label.end)
    if (occurrences(output, pattern) > occurrences(outside, pattern)) return false
  }
  return true
}

/**
 * The labels in text order with the digits of the text between them ("cvv2")
 * as context pieces, which a redactor may keep, drop or replace: any part of
 * them, in order, may show.
 */
function withContext(input: string, labels: readonly Label[]): Piece[] {
  const pieces: Piece[] = []
  let position = 0
  for (const label of [...labels].sort((a, b) => a.start - b.start)) {
    const between = asciiDigitsOf(input.slice(position, label.start))
    if (between !== '') pieces.push({ context: between })
    pieces.push(label)
    position = Math.max(position, label.end)
  }
  const after = asciiDigitsOf(input.slice(position))
  if (after !== '') pieces.push({ context: after })
  return pieces
}

type Piece = Label | { readonly context: string }

function isSubsequence(shown: string, of: string): boolean {
  let index = 0
  for (const digit of shown) {
    index = of.indexOf(digit, index)
    if (index === -1) return false
    index++
  }
  return true
}

/** Same length, and every character outside the labels unchanged. */
export function isAligned(input: string, output: string, labels: readonly Label[]): boolean {
  if (input.length !== output.length) return false
  let labelIndex = 0
  const sorted = [...labels].sort((a, b) => a.start - b.start)
  for (let index = 0; index < input.length; index++) {
    while (labelIndex < sorted.length && (sorted[labelIndex]?.end ?? 0) <= index) labelIndex++
    const label = sorted[labelIndex]
    if (label !== undefined && index >= label.start && index < label.end) continue
    if (input.charCodeAt(index) !== output.charCodeAt(index)) return false
  }
  return true
}

/** Indices (in the label's digit numbering: a card part adds its `firstDigit`) of the digits still in place. */
export function visibleIndices(input: string, output: string, label: Label): number[] {
  const visible: number[] = []
  let digitIndex = label.card?.firstDigit ?? 0
  const end = Math.min(label.end, input.length)
  for (let index = label.start; index < end; ) {
    const codePoint = input.codePointAt(index) ?? 0
    const units = codeUnitsOf(codePoint)
    if (isDigitAt(input, index)) {
      // A digit above U+FFFF is two code units: visible only when both are still in place.
      if (output.codePointAt(index) === codePoint) visible.push(digitIndex)
      digitIndex++
    }
    index += units
  }
  return visible
}

export function positionalRuleHolds(label: Label, visible: readonly number[]): boolean {
  switch (label.type) {
    case 'card_number': {
      const length = label.card?.pan.length ?? label.digits.length
      return visible.every((index) => index < CARD_VISIBLE_PREFIX || index >= length - CARD_VISIBLE_SUFFIX)
    }
    case 'expiry_date':
    case 'cvv':
      return visible.length === 0
    case 'phone': {
      const countryDigits = label.countryCode?.length ?? 0
      return visible.filter((index) => index >= countryDigits).length <= MAX_VISIBLE_DIGITS
    }
    case 'iban':
      return visible.length <= MAX_VISIBLE_DIGITS
    case 'email':
      return true
  }
}

/** Whether `shown` (digits, in order) is what `label` may show. */
export function stringRuleHolds(label: Label, shown: string): boolean {
  switch (label.type) {
    case 'card_number': {
      const pan = label.card?.pan ?? label.digits
      for (let prefix = 0; prefix <= CARD_VISIBLE_PREFIX; prefix++) {
        for (let suffix = 0; suffix <= CARD_VISIBLE_SUFFIX; suffix++) {
          if (prefix + suffix > pan.length) continue
          if (shown === pan.slice(0, prefix) + pan.slice(pan.length - suffix)) return true
        }
      }
      return false
    }
    case 'expiry_date':
    case 'cvv':
      return shown === ''
    case 'phone': {
      const code = label.countryCode
      const national = code !== undefined && shown.startsWith(code) ? shown.slice(code.length) : shown
      return national.length <= MAX_VISIBLE_DIGITS
    }
    case 'iban':
      return shown.length <= MAX_VISIBLE_DIGITS
    case 'email':
      return true
  }
}

/** Whether `digits` splits, in order, into pieces each label (or context) may show. */
export function explainable(digits: string, pieces: readonly Piece[]): boolean {
  // Memoised on (piece, position): the search is then polynomial however many pieces a message has.
  const failed = new Set<number>()
  const search = (pieceIndex: number, from: number): boolean => {
    const piece = pieces[pieceIndex]
    if (piece === undefined) return from === digits.length
    const key = pieceIndex * (digits.length + 1) + from
    if (failed.has(key)) return false
    for (let to = from; to <= digits.length; to++) {
      const shown = digits.slice(from, to)
      const allowed = 'context' in piece ? isSubsequence(shown, piece.context) : stringRuleHolds(piece, shown)
      if (allowed && search(pieceIndex + 1, to)) return true
    }
    failed.add(key)
    return false
  }
  return search(0, 0)
}

// ---------------------------------------------------------------------------
// Several messages, several versions each

/** The logical card a label of a split card belongs to: its whole PAN, numbered from 0. */
function logicalCard(label: Label): Label {
  return label.card === undefined ? label : { ...label, digits: label.card.pan, card: { ...label.card, firstDigit: 0 } }
}

/**
 * The logical values of a conversation: the parts of a split card merged into
 * one card label (its whole PAN), the other labels as they are, in order.
 */
function logicalLabels(messages: readonly EvalMessage[]): Label[] {
  const result: Label[] = []
  const cardsSeen = new Set<string>()
  for (const message of messages) {
    for (const label of message.labels) {
      if (label.type === 'card_number' && label.card !== undefined) {
        if (cardsSeen.has(label.card.pan)) continue
        cardsSeen.add(label.card.pan)
        result.push(logicalCard(label))
      } else {
        result.push(label)
      }
    }
  }
  return result
}

/**
 * The pieces of a conversation in order for string mode: each message's labels
 * (a split card once, as its whole PAN, where its first part is) with the
 * digits of the text around them ("cvv2", "3 digits") as context.
 */
function conversationPieces(messages: readonly EvalMessage[]): Piece[] {
  const pieces: Piece[] = []
  const cardsSeen = new Set<string>()
  for (const message of messages) {
    for (const piece of withContext(message.text, message.labels.filter((label) => label.type !== 'email'))) {
      if ('context' in piece || piece.card === undefined) {
        pieces.push(piece)
        continue
      }
      if (cardsSeen.has(piece.card.pan)) continue
      cardsSeen.add(piece.card.pan)
      pieces.push(logicalCard(piece))
    }
  }
  return pieces
}

/** Longest list of version combinations tried in string mode (versions per message multiply). */
const MAX_COMBINATIONS = 256

/**
 * Whether every value stays hidden across every version of every message that a
 * conversation ever showed (`versions[i]`: message i's texts, first to last).
 */
export function conversationHidden(messages: readonly EvalMessage[], versions: readonly (readonly string[])[], placeholder: RegExp | undefined): boolean {
  const labelled = messages.map((message, index) => ({ message, versions: versions[index] ?? [message.text] })).filter(({ message }) => message.labels.length > 0)
  for (const { message, versions: texts } of labelled) {
    for (const text of texts) {
      const cleaned = placeholder === undefined ? text : text.replace(placeholder, '')
      for (const label of message.labels) {
        if (label.type === 'email' && label.emailIdentity !== undefined && cleaned.toLowerCase().includes(label.emailIdentity.toLowerCase())) return false
      }
      if (!monthWordsHidden(message.text, text, message.labels, isAligned(message.text, text, message.labels))) return false
    }
  }
  const logical = logicalLabels(labelled.map(({ message }) => message))
  const allAligned = labelled.every(({ message, versions: texts }) => texts.every((text) => isAligned(message.text, text, message.labels)))
  if (allAligned) {
    // Union over every version: the leak budget counts everything ever shown.
    const visibleByLogical = new Map<Label, Set<number>>()
    for (const { message, versions: texts } of labelled) {
      for (const label of message.labels) {
        const target = logical.find((candidate) => (label.card !== undefined ? candidate.card?.pan === label.card.pan : candidate === label))
        if (target === undefined) continue
        const set = visibleByLogical.get(target) ?? new Set<number>()
        for (const text of texts) for (const index of visibleIndices(message.text, text, label)) set.add(index)
        visibleByLogical.set(target, set)
      }
    }
    return logical.every((label) => positionalRuleHolds(label, [...(visibleByLogical.get(label) ?? [])]))
  }
  // String mode: every combination of one version per message must be explainable.
  let combinations: string[][] = [[]]
  for (const { versions: texts } of labelled) {
    const next: string[][] = []
    for (const combination of combinations) for (const text of texts) next.push([...combination, text])
    combinations = next.slice(0, MAX_COMBINATIONS)
  }
  const pieces = conversationPieces(labelled.map(({ message }) => message))
  return combinations.every((combination) => {
    const digits = combination.map((text) => asciiDigitsOf(placeholder === undefined ? text : text.replace(placeholder, ''))).join('')
    return explainable(digits, pieces)
  })
}

/** One state of a typing preview: what had been typed, and what was shown for it. */
export interface TypedState {
  readonly typed: string
  readonly shown: string
}

/** Whether no state of a typing preview ever showed more of a value than its rule allows. */
export function keystrokesHidden(message: EvalMessage, states: readonly TypedState[], placeholder: RegExp | undefined): boolean {
  return states.every(({ typed, shown }) => {
    const labels = message.labels
      .filter((label) => label.start < typed.length)
      .map((label) => (label.end <= typed.length ? label : { ...label, end: typed.length, digits: asciiDigitsOf(typed.slice(label.start, typed.length)) }))
    if (labels.length === 0) return true
    return labelsHidden(typed, shown, labels, placeholder)
  })
}
