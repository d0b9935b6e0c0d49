/**
 * Redacts the values of one record (a JSON object, a CSV row) that are not
 * message text, with the record as context:
 *
 * 1. A value whose name says card data (`cvv`, `exp`, `card_number`, see
 *    `record-keys.ts`) is read as the answer to a question for it: the engine's
 *    `answering` option makes a bare "737" a CVV, "12/29" an expiry and a
 *    Luhn-valid 12–19 digit number a card, with the user's policies.
 * 2. Values of one record are context for each other: when one holds a card, the
 *    others are read as answering for its expiry and CVV
 *    (`Jane,4111111111111111,12/29,123`); when a named expiry or CVV holds
 *    digits, the others are read as answering for the card.
 * 3. Fail closed: digits the engine did not take, in a value whose name says
 *    card data and whose digit count fits that data (a CVV of at most 4, an
 *    expiry of at most 6, a PAN of 12–19, Luhn or not), are masked anyway
 *    ("7 3 7", `exp_month: 12`, a PAN with a typo). Counting digits keeps the name
 *    from masking what it cannot be: a `cid` column of conversation ids, a JWT's
 *    `exp` timestamp.
 */
import type { AnswerableType, Finding, FindingType, RedactionResult, Redactor, RedactorOptions } from '../index.js'
import { MAX_CVV_DIGITS, MAX_EXPIRY_DIGITS, PAN_DIGIT_RANGE } from './record-limits.js'

/** One value of a record, as text (a JSON number as written: `4111111111111111`, never a rounded double). */
export interface CellInput {
  readonly value: string
  /** What the value's name says it is. */
  readonly keyType: AnswerableType | undefined
}

/** A value as redacted: findings are relative to it. */
export interface RedactedCell {
  readonly text: string
  readonly findings: readonly Finding[]
}

/** What a record has shown so far: later parts of a large record keep it. */
export interface RecordContext {
  /** A value held a card: the others may be its expiry and CVV. */
  hasCard: boolean
  /** A value named expiry or CVV held digits: the others may be its card. */
  hasCardDetail: boolean
}

export function newRecordContext(): RecordContext {
  return { hasCard: false, hasCardDetail: false }
}

/** Why a value was masked by its name alone, for `Finding.reason`. */
const BY_NAME_REASON = 'record-key'
const ASCII_ZERO = 0x30
const ASCII_NINE = 0x39
const FIRST_NON_ASCII = 0x80
const DEFAULT_MASK_CHAR = '*'
const UNICODE_DIGIT = /\p{Nd}/u

const CARD_DETAILS: readonly AnswerableType[] = ['expiry_date', 'cvv']
const CARD: readonly AnswerableType[] = ['card_number']

/**
 * Short values recur in every record (speaker names, roles, flags, a
 * conversation id for each of its messages), and a value read without context
 * always redacts the same way: their results are kept, up to this many.
 */
const CACHE_ENTRIES = 4096
const CACHED_VALUE_MAX_CHARS = 64

export class RecordCellRedactor {
  readonly #redactor: Redactor
  /** Results of values read without a name or record context (see {@link CACHE_ENTRIES}). */
  readonly #plain = new Map<string, RedactedCell>()
  /** For each type the fallback may mask: the character its mask policy writes. Absent: the type is not detected, or its policy keeps it. */
  readonly #maskChar: ReadonlyMap<AnswerableType, string>

  constructor(redactor: Redactor, options: RedactorOptions | undefined) {
    this.#redactor = redactor
    this.#maskChar = maskCharsOf(options)
  }

  /**
   * Redacts the values of one record (or of the next part of a large one),
   * updating `context` for the parts that follow.
   *
   * @example
   * ```ts
   * const cells = new RecordCellRedactor(createRedactor(), undefined)
   * cells.redactRecord([{ value: '4111111111111111', keyType: undefined }, { value: '123', keyType: undefined }], newRecordContext())
   * // [{ text: '************1111', … }, { text: '***', … }] (the second once the engine takes `answering`)
   * ```
   */
  redactRecord(cells: readonly CellInput[], context: RecordContext): RedactedCell[] {
    const results: RedactedCell[] = new Array<RedactedCell>(cells.length)
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index] as CellInput
      const result = this.#redactCell(cell, cell.keyType === undefined ? undefined : [cell.keyType])
      results[index] = result
      if (hasFinding(result, 'card_number')) context.hasCard = true
      else if ((cell.keyType === 'cvv' || cell.keyType === 'expiry_date') && hasDigit(cell.value)) context.hasCardDetail = true
    }
    if (!context.hasCard && !context.hasCardDetail) return results
    // Second reading, only of unnamed values with a digit that were not the card
    // themselves: a value whose name says what it is keeps that reading (an
    // `exp_year` of 2029 is an expiry, not a CVV because a card is near).
    const answering: AnswerableType[] = [...(context.hasCard ? CARD_DETAILS : []), ...(context.hasCardDetail ? CARD : [])]
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index] as CellInput
      if (cell.keyType !== undefined || hasFinding(results[index] as RedactedCell, 'card_number') || !hasDigit(cell.value)) continue
      results[index] = this.#redactCell(cell, answering)
    }
    return results
  }

  /** One value, answering for `answering`, then the fallback of its name. */
  #redactCell(cell: CellInput, answering: readonly AnswerableType[] | undefined): RedactedCell {
    if (answering === undefined) return this.#redactPlain(cell.value)
    const result: RedactionResult = this.#redactor.redact(cell.value, { answering })
    return cell.keyType === undefined ? result : this.#maskByName(cell.value, result, cell.keyType)
  }

  /** A value with no name and no context: `redact()`, remembered for short values. */
  #redactPlain(value: string): RedactedCell {
    if (value.length > CACHED_VALUE_MAX_CHARS) return this.#redactor.redact(value)
    let result = this.#plain.get(value)
    if (result === undefined) {
      result = this.#redactor.redact(value)
      if (this.#plain.size >= CACHE_ENTRIES) this.#plain.clear()
      this.#plain.set(value, result)
    }
    return result
  }

  /** Masks the digits no finding covers, when their count fits what the name says the value is. */
  #maskByName(original: string, result: RedactionResult, type: AnswerableType): RedactedCell {
    const maskChar = this.#maskChar.get(type)
    if (maskChar === undefined) return result
    const covered = coveredSpans(result.findings)
    let uncovered = 0
    let first = -1
    let last = -1
    for (let index = 0; index < original.length; index++) {
      if (!isDigitAt(original, index) || isCovered(covered, index)) continue
      uncovered++
      if (first === -1) first = index
      last = index
    }
    if (uncovered === 0 || !fitsType(type, uncovered)) return result
    // Usually the engine found nothing and this masks the original's digits. When it
    // found part of the value, every digit of its output is masked, kept last four
    // included: rare, and failing closed is simpler than mapping spans through policies.
    const text = maskDigits(result.text, maskChar)
    const finding: Finding = { type: type as FindingType, start: first, end: last + 1, reason: BY_NAME_REASON }
    return { text, findings: [...result.findings, finding].sort((a, b) => a.start - b.start) }
  }
}

function fitsType(type: AnswerableType, digits: number): boolean {
  switch (type) {
    case 'cvv':
      return digits <= MAX_CVV_DIGITS
    case 'expiry_date':
      return digits <= MAX_EXPIRY_DIGITS
    case 'card_number':
      return digits >= PAN_DIGIT_RANGE.min && digits <= PAN_DIGIT_RANGE.max
  }
}

/** The finding spans, in order: the parts of the original the engine replaced. */
function coveredSpans(findings: readonly Finding[]): readonly { start: number; end: number }[] {
  return [...findings].sort((a, b) => a.start - b.start).map(({ start, end }) => ({ start, end }))
}

function isCovered(spans: readonly { start: number; end: number }[], index: number): boolean {
  for (const span of spans) if (index >= span.start && index < span.end) return true
  return false
}

function maskDigits(text: string, maskChar: string): string {
  let output = ''
  for (let index = 0; index < text.length; index++) output += isDigitAt(text, index) ? maskChar : text.charAt(index)
  return output
}

function hasFinding(result: RedactedCell, type: FindingType): boolean {
  for (const finding of result.findings) if (finding.type === type) return true
  return false
}

function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isDigitAt(text, index)) return true
  return false
}

/** A decimal digit of any script, as the engine reads them. */
function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code >= ASCII_ZERO && code <= ASCII_NINE) return true
  return code >= FIRST_NON_ASCII && UNICODE_DIGIT.test(text.charAt(index))
}

/** The fallback masks a type only if it is detected and its policy hides it; with `mask` it writes that policy's character. */
function maskCharsOf(options: RedactorOptions | undefined): Map<AnswerableType, string> {
  const chars = new Map<AnswerableType, string>()
  const detected = options?.detectors
  for (const type of ['card_number', 'expiry_date', 'cvv'] as const) {
    if (detected !== undefined && !detected.includes(type)) continue
    const policy = options?.policies?.[type]
    if (policy?.action === 'keep') continue
    chars.set(type, policy?.action === 'mask' ? (policy.char ?? DEFAULT_MASK_CHAR) : DEFAULT_MASK_CHAR)
  }
  return chars
}
