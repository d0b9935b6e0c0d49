import { CVV_WORDS_GLUED, EXPIRY_KEYWORD_PHRASES, EXPIRY_WORDS_GLUED, MONTH_NAMES } from '../data/context-keywords.js'
import { foldText, isLatinLetterCode } from '../data/latin-letters.js'
import { MAX_MONTH_NAME_CHARS, MONTH_NAME_SPAN_CHARS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isIdentifierLetter } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { gluedWordAfter, gluedWordBefore, isUnderscoreEmphasis } from '../scanner/glued-word.js'
import { isPlausibleExpiry } from '../validators/expiry.js'
import { AnswerBit, isAnswering } from './answer-context.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { followsFinding } from './near-finding.js'

const EXPIRY_KEYWORDS = new KeywordSet(EXPIRY_KEYWORD_PHRASES)
const EXPIRY_WORDS: ReadonlySet<string> = new Set(EXPIRY_WORDS_GLUED)
/** Keywords that may be glued after an expiry: the code's ("12/29cvv123") or its own ("12/29exp"). */
const WORDS_AFTER_EXPIRY: ReadonlySet<string> = new Set([...CVV_WORDS_GLUED, ...EXPIRY_WORDS_GLUED])

/** The longest year group read: "2027". */
const YEAR_DIGITS_MAX = 4

interface ExpiryShape {
  readonly start: number
  readonly end: number
  readonly month: number
  readonly year: number
  readonly form: string
  /** Where the digits start, when the shape starts with a month word ("Jan 2027"). */
  readonly digitsStart?: number
}

/**
 * Card expiry dates: MM/YY, MM/YYYY, MM-YY, MM.YY, "MM / YY", MMYY and
 * "Jan 2027". A date-shaped number is only an expiry with card context: a keyword
 * before or after it ("exp", "valid thru"), or right after a card or a CVV. "The meeting
 * is 12/27" is left alone, and so is a full date like 12/27/2026.
 *
 * > | exp 12/27
 *         ^ offered here; month, separator and year are read forward
 */
export const expiryDateDetector: Detector = {
  type: 'expiry_date',
  leadingWords: { maxChars: MONTH_NAME_SPAN_CHARS, heldFrom: heldMonthWordStart },
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    const { cursor } = context
    const shapes = [
      readMonthYear(cursor, group, joinedToCard(context, group)),
      readMonthYearGroup(group),
      readNamedMonthYear(cursor, group),
      readSpacedMonthYear(cursor, group),
    ]
    const shape = shapes.find(
      (candidate) => candidate !== undefined && isPlausibleExpiry(candidate.month, candidate.year, context.now(), context.expiryWindow),
    )
    if (shape === undefined) return undefined
    if (isGluedToIdentifier(cursor, shape, context)) return undefined

    let reason: string
    // An answer to "expiry?" needs no keyword of its own: "12/29", "1229", "12 29".
    if (isAnswering(context, AnswerBit.Expiry, shape.start)) reason = 'answer'
    else if (shape.form === SPACED_FORM) {
      // "12 29" is two small numbers unless an expiry keyword says otherwise.
      if (hasKeywordBefore(cursor, shape.start, EXPIRY_KEYWORDS, context.maskChars)) reason = 'keyword'
      else return undefined
    } else if (followsFinding(context, shape.start, ['card_number'])) reason = 'after-card'
    // "4111… 737 12/27": card, code, expiry, in the order some people give them.
    else if (followsFinding(context, shape.start, ['cvv'])) reason = 'after-cvv'
    else if (hasKeywordBefore(cursor, shape.start, EXPIRY_KEYWORDS, context.maskChars)) reason = 'keyword'
    else if (hasKeywordAfter(cursor, shape.end, EXPIRY_KEYWORDS, context.maskChars)) reason = 'keyword-after'
    else return undefined
    return {
      type: 'expiry_date',
      start: namedMonthCovered(shape, reason, context) ? shape.start : (shape.digitsStart ?? shape.start),
      end: shape.end,
      reason: `${shape.form}+${reason}`,
      canonical: `${String(shape.month).padStart(2, '0')}/${String(shape.year % 100).padStart(2, '0')}`,
    }
  },
}

/**
 * Glued to letters an expiry is part of an identifier, unless they are its
 * keyword ("exp12/29", "…1111exp12/29", glued to the card before it), a
 * keyword glued after it ("12/29cvv123") or the underscores of Markdown
 * emphasis ("_12/29_").
 */
function isGluedToIdentifier(cursor: Cursor, shape: ExpiryShape, context: DetectorContext): boolean {
  const before = cursor.code(shape.start - 1)
  const after = cursor.code(shape.end)
  const last = context.memory.lastFinding
  const lastEnd = last === undefined ? undefined : last.end - context.base
  const gluedBefore =
    before === CharCode.Underscore
      ? !isUnderscoreEmphasis(cursor, shape.start - 1, -1)
      : isIdentifierLetter(before) && !EXPIRY_WORDS.has(gluedWordBefore(cursor, shape.start, lastEnd) ?? '')
  const gluedAfter =
    after === CharCode.Underscore
      ? !isUnderscoreEmphasis(cursor, shape.end, 1)
      : isIdentifierLetter(after) && !WORDS_AFTER_EXPIRY.has(gluedWordAfter(cursor, shape.end) ?? '')
  return gluedBefore || gluedAfter
}

/**
 * Does a plausible expiry written with a separator ("12/27", "12 / 2027",
 * "1-27") start at `group`? Its shape only: whether it is an expiry depends on
 * its context. The CVV detector asks, as "737 12/27" is a code and then an
 * expiry, not one longer number.
 */
export function isSeparatedExpiryAt(group: DigitGroup, context: DetectorContext): boolean {
  const shape = readMonthYear(context.cursor, group)
  return (
    shape !== undefined &&
    !isIdentifierLetter(context.cursor.code(shape.end)) &&
    isPlausibleExpiry(shape.month, shape.year, context.now(), context.expiryWindow)
  )
}

/** Does a card finding end one character before `group` ("4111…1111/12/27")? */
function joinedToCard(context: DetectorContext, group: DigitGroup): boolean {
  const last = context.memory.lastFinding
  return last !== undefined && last.type === 'card_number' && last.end - context.base === group.start - 1
}

/**
 * "12/27", "12 / 2027", "1-27", "12.27", but not part of a longer date
 * "12/27/2026" or "2026-12-27", unless the number before the separator is the
 * card this expiry belongs to (`afterCard`: "4111…1111/12/27").
 */
function readMonthYear(cursor: Cursor, month: DigitGroup, afterCard = false): ExpiryShape | undefined {
  if (month.digits.length > 2) return undefined
  const before = cursor.code(month.start - 1)
  if (!afterCard && isDateSeparator(before) && isDigitCode(cursor.code(month.start - 2))) return undefined

  let index = month.end
  let separator = cursor.code(index)
  // A card dump joins its fields with one mark throughout: "PAN;MM;YY;CVV", "PAN|MM|YY".
  const dumpSeparator = afterCard && isDumpSeparator(separator) && cursor.code(month.start - 1) === separator
  const spacedSlash = separator === CharCode.Space && cursor.code(index + 1) === CharCode.Slash
  if (spacedSlash) {
    if (cursor.code(index + 2) !== CharCode.Space) return undefined
    separator = CharCode.Slash
    index += 3
  } else {
    if (!isDateSeparator(separator) && !dumpSeparator) return undefined
    index += 1
  }
  if (!isDigitCode(cursor.code(index))) return undefined
  const year = readDigitGroup(cursor, index, YEAR_DIGITS_MAX)
  if (year === undefined || (year.digits.length !== 2 && year.digits.length !== 4)) return undefined
  // "12/27/2026", "2026-12-27": the same separator goes on into another number;
  // but right after a card, "4111…/12/29/123" is the dump form PAN/MM/YY/CVV.
  const after = cursor.code(year.end)
  if ((after === separator || isDateSeparator(after)) && isDigitCode(cursor.code(year.end + 1))) {
    if (!(afterCard && after === separator && isCodeAt(cursor, year.end + 1))) return undefined
  }
  return {
    start: month.start,
    end: year.end,
    month: Number(month.digits),
    year: Number(year.digits),
    form: 'mm/yy',
  }
}

/** "1227" as MMYY: only ever reported with context, like every form. */
function readMonthYearGroup(group: DigitGroup): ExpiryShape | undefined {
  if (group.digits.length !== 4) return undefined
  return {
    start: group.start,
    end: group.end,
    month: Number(group.digits.slice(0, 2)),
    year: Number(group.digits.slice(2)),
    form: 'mmyy',
  }
}

/** Every month name of every language's table, folded, with its month (1–12). */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, month) => names.map((name) => [name, month + 1] as const)))

/** Every prefix of a month name ("d", "de", "dec"), for a month word still being typed at the end of a stream's text. */
const MONTH_NAME_PREFIXES: ReadonlySet<string> = new Set(
  MONTH_NAMES.flat().flatMap((name) => Array.from({ length: name.length }, (_, length) => name.slice(0, length + 1))),
)

/** The form name of "Jan 2027", "déc. 2029". */
const MONTH_NAME_FORM = 'month-name'

/**
 * "Jan 2027", "September 2027", "déc. 2029", "Dez. 2029", "października 2029":
 * a month name from any language's table (CLDR's wide and abbreviated forms,
 * with or without the abbreviation's dot; matched folded, so "dec" is "déc"),
 * one space, a 4-digit year. The finding covers the month word too: "exp Jan
 * 2027" is masked "exp *** ****" (see {@link namedMonthCovered} for when).
 *
 * > | exp déc. 2029
 *                ^ offered here; the month word is read backwards from the space
 */
function readNamedMonthYear(cursor: Cursor, year: DigitGroup): ExpiryShape | undefined {
  if (year.digits.length !== 4) return undefined
  let index = year.start - 1
  if (cursor.code(index) !== CharCode.Space) return undefined
  if (cursor.code(index - 1) === CharCode.Dot) index--
  const wordEnd = index
  const wordStart = monthWordStart(cursor, wordEnd)
  if (wordStart === undefined) return undefined
  const month = MONTH_BY_NAME.get(foldText(cursor.slice(wordStart, wordEnd)))
  if (month === undefined) return undefined
  return { start: wordStart, digitsStart: year.start, end: year.end, month, year: Number(year.digits), form: MONTH_NAME_FORM }
}

/**
 * Where the word of letters ending at `end` starts, if it could be a month
 * name: at most {@link MAX_MONTH_NAME_CHARS} letters of the Latin script, not
 * glued to a digit before it ("12jan"). Reads at most one character before it.
 */
function monthWordStart(cursor: Cursor, end: number): number | undefined {
  let start = end
  while (end - start < MAX_MONTH_NAME_CHARS && isLatinLetterCode(cursor.code(start - 1))) start--
  const before = cursor.code(start - 1)
  if (start === end || isLatinLetterCode(before) || isDigitCode(before)) return undefined
  return start
}

/**
 * Does the finding of a month-name expiry cover its month word? When what makes
 * it an expiry stands before the month (an answer to "expiry?", the card or
 * code just before, a keyword before): then a stream, which sees the month word
 * before the year, has held it back (see {@link heldMonthWordStart}). A keyword
 * only after the year ("Jan 2027 is the expiry") arrives when the month may
 * already be shown, so then the year alone is the finding, in a batch too.
 */
function namedMonthCovered(shape: ExpiryShape, reason: string, context: DetectorContext): boolean {
  return shape.form === MONTH_NAME_FORM && reason !== 'keyword-after' && shape.start >= context.minStart
}

/**
 * Is there expiry context before `start` (the start of a month word)? The
 * reasons the detector checks before a month-name shape, in its order, but for
 * the keyword after: a month word after one of these is held back by a stream.
 */
function hasExpiryContextBefore(context: DetectorContext, start: number): boolean {
  return (
    isAnswering(context, AnswerBit.Expiry, start) ||
    followsFinding(context, start, ['card_number']) ||
    followsFinding(context, start, ['cvv']) ||
    hasKeywordBefore(context.cursor, start, EXPIRY_KEYWORDS, context.maskChars)
  )
}

/**
 * Where a stream must stop emitting at `end` so that a month-name expiry can
 * still cover its month: the start of a month word at the end of the text, as
 * far as it has been typed ("exp d", "exp déc", "exp déc.", "exp déc. "), when
 * expiry context stands before it; otherwise `end`. "I went in d" streams out
 * at once; "exp d" holds the "d" until the next character says it is no month.
 * Reads at most {@link MONTH_NAME_SPAN_CHARS} + 1 characters before `end` for
 * the word, then the context before it, never at or after `end`.
 */
function heldMonthWordStart(text: string, end: number, context: () => DetectorContext): number {
  let index = end
  let complete = false
  if (text.charCodeAt(index - 1) === CharCode.Space) {
    index--
    complete = true
  }
  if (text.charCodeAt(index - 1) === CharCode.Dot) {
    index--
    complete = true
  }
  let start = index
  while (index - start < MAX_MONTH_NAME_CHARS && start > 0 && isLatinLetterCode(text.charCodeAt(start - 1))) start--
  if (start === index || (start > 0 && (isLatinLetterCode(text.charCodeAt(start - 1)) || isDigitCode(text.charCodeAt(start - 1))))) return end
  const word = foldText(text.slice(start, index))
  if (!(complete ? MONTH_BY_NAME.has(word) : MONTH_NAME_PREFIXES.has(word))) return end
  return hasExpiryContextBefore(context(), start) ? start : end
}

/** The form name of "12 29": month and year with one space between. */
const SPACED_FORM = 'mm yy'

/**
 * "12 29", "12 2029": a month and a year with one space between, as a customer
 * answers "expiry?". Only ever an expiry with a keyword before it or as an
 * answer (see the detector); never when more digits follow ("12 29 44" is
 * something else).
 */
function readSpacedMonthYear(cursor: Cursor, month: DigitGroup): ExpiryShape | undefined {
  if (month.digits.length > 2 || cursor.code(month.end) !== CharCode.Space) return undefined
  const yearStart = month.end + 1
  if (!isDigitCode(cursor.code(yearStart))) return undefined
  const year = readDigitGroup(cursor, yearStart, YEAR_DIGITS_MAX)
  if (year === undefined || (year.digits.length !== 2 && year.digits.length !== 4)) return undefined
  const after = cursor.code(year.end)
  if ((isCardSeparator(after) || after === CharCode.Slash || after === CharCode.Colon) && isDigitCode(cursor.code(year.end + 1))) return undefined
  return { start: month.start, end: year.end, month: Number(month.digits), year: Number(year.digits), form: SPACED_FORM }
}

/** Marks that join the fields of a card dump ("PAN;MM;YY;CVV") but never a date in prose. */
function isDumpSeparator(code: number): boolean {
  return code === CharCode.Semicolon || code === CharCode.VerticalLine || code === CharCode.Colon || code === CharCode.Slash || code === CharCode.Comma
}

/** Does a 3–4 digit code that ends there start at `index` (the CVV field of a dump)? */
function isCodeAt(cursor: Cursor, index: number): boolean {
  const code = readDigitGroup(cursor, index, CODE_DIGITS_MAX)
  return code !== undefined && code.digits.length >= CODE_DIGITS_MIN && !isIdentifierLetter(cursor.code(code.end))
}

/** A card security code has 3 digits, or 4 for an Amex CID. */
const CODE_DIGITS_MIN = 3
const CODE_DIGITS_MAX = 4

function isDateSeparator(code: number): boolean {
  return code === CharCode.Slash || code === CharCode.HyphenMinus || code === CharCode.Dot
}
