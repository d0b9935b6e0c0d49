import { EXPIRY_KEYWORD_PHRASES, EXPIRY_WORDS_GLUED, MONTH_NAMES } from '../data/context-keywords.js'
import { CharCode } from '../scanner/char-codes.js'
import { isIdentifierLetter } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { gluedWordBefore, isUnderscoreEmphasis } from '../scanner/glued-word.js'
import { isPlausibleExpiry } from '../validators/expiry.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { followsFinding } from './near-finding.js'

const EXPIRY_KEYWORDS = new KeywordSet(EXPIRY_KEYWORD_PHRASES)
const EXPIRY_WORDS: ReadonlySet<string> = new Set(EXPIRY_WORDS_GLUED)

/** The longest year group read: "2027". */
const YEAR_DIGITS_MAX = 4

interface ExpiryShape {
  readonly start: number
  readonly end: number
  readonly month: number
  readonly year: number
  readonly form: string
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
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    const { cursor } = context
    const shapes = [readMonthYear(cursor, group, joinedToCard(context, group)), readMonthYearGroup(group), readNamedMonthYear(cursor, group)]
    const shape = shapes.find(
      (candidate) => candidate !== undefined && isPlausibleExpiry(candidate.month, candidate.year, context.now(), context.expiryWindow),
    )
    if (shape === undefined) return undefined
    if (isGluedToIdentifier(cursor, shape)) return undefined

    let reason: string
    if (followsFinding(context, shape.start, ['card_number'])) reason = 'after-card'
    // "4111… 737 12/27": card, code, expiry, in the order some people give them.
    else if (followsFinding(context, shape.start, ['cvv'])) reason = 'after-cvv'
    else if (hasKeywordBefore(cursor, shape.start, EXPIRY_KEYWORDS, context.maskChars)) reason = 'keyword'
    else if (hasKeywordAfter(cursor, shape.end, EXPIRY_KEYWORDS, context.maskChars)) reason = 'keyword-after'
    else return undefined
    return {
      type: 'expiry_date',
      start: shape.start,
      end: shape.end,
      reason: `${shape.form}+${reason}`,
      canonical: `${String(shape.month).padStart(2, '0')}/${String(shape.year % 100).padStart(2, '0')}`,
    }
  },
}

/**
 * Glued to letters an expiry is part of an identifier, unless they are its
 * keyword ("exp12/29") or the underscores of Markdown emphasis ("_12/29_").
 */
function isGluedToIdentifier(cursor: Cursor, shape: ExpiryShape): boolean {
  const before = cursor.code(shape.start - 1)
  const after = cursor.code(shape.end)
  const gluedBefore =
    before === CharCode.Underscore
      ? !isUnderscoreEmphasis(cursor, shape.start - 1, -1)
      : isIdentifierLetter(before) && !EXPIRY_WORDS.has(gluedWordBefore(cursor, shape.start) ?? '')
  const gluedAfter = after === CharCode.Underscore ? !isUnderscoreEmphasis(cursor, shape.end, 1) : isIdentifierLetter(after)
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
  const spacedSlash = separator === CharCode.Space && cursor.code(index + 1) === CharCode.Slash
  if (spacedSlash) {
    if (cursor.code(index + 2) !== CharCode.Space) return undefined
    separator = CharCode.Slash
    index += 3
  } else {
    if (!isDateSeparator(separator)) return undefined
    index += 1
  }
  if (!isDigitCode(cursor.code(index))) return undefined
  const year = readDigitGroup(cursor, index, YEAR_DIGITS_MAX)
  if (year === undefined || (year.digits.length !== 2 && year.digits.length !== 4)) return undefined
  // "12/27/2026", "2026-12-27": the same separator goes on into another number.
  const after = cursor.code(year.end)
  if ((after === separator || isDateSeparator(after)) && isDigitCode(cursor.code(year.end + 1))) return undefined
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

/**
 * "Jan 2027", "September 2027": the year is the finding (a month alone reveals
 * nothing), which also keeps the span inside what a stream still holds.
 */
function readNamedMonthYear(cursor: Cursor, year: DigitGroup): ExpiryShape | undefined {
  if (year.digits.length !== 4) return undefined
  let index = year.start - 1
  if (cursor.code(index) !== CharCode.Space) return undefined
  index--
  if (cursor.code(index) === CharCode.Dot) index--
  const wordEnd = index + 1
  while (isAsciiLetter(cursor.code(index))) index--
  const word = cursor.slice(index + 1, wordEnd).toLowerCase()
  const month = MONTH_NAMES.findIndex((names) => names.includes(word))
  if (month < 0) return undefined
  return { start: year.start, end: year.end, month: month + 1, year: Number(year.digits), form: 'month-name' }
}

function isDateSeparator(code: number): boolean {
  return code === CharCode.Slash || code === CharCode.HyphenMinus || code === CharCode.Dot
}

function isAsciiLetter(code: number): boolean {
  return isIdentifierLetter(code) && code !== CharCode.Underscore
}
