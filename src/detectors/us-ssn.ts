import {
  SSN_AREA_DIGITS,
  SSN_DIGITS,
  SSN_EXCLUDED_AREAS,
  SSN_EXCLUDED_GROUP,
  SSN_EXCLUDED_SERIAL,
  SSN_FIRST_EXCLUDED_AREA_DIGIT,
  SSN_GROUP_DIGITS,
  SSN_SERIAL_DIGITS,
} from '../data/national-ids.js'
import { SSN_KEYWORD_PHRASES } from '../data/pii-keywords.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isWhitespace } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { isInsideUrl } from '../scanner/url.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { isDigitOrMasked, standsAloneAfter, standsAloneBefore } from './number-boundary.js'

const SSN_KEYWORDS = new KeywordSet(SSN_KEYWORD_PHRASES)

interface SsnShape {
  readonly end: number
  readonly digits: string
  /** Written AAA-GG-SSSS with dashes: the one form specific enough without a keyword. */
  readonly dashed: boolean
  /** The separator inside it (-1 for nine digits in a row). */
  readonly separator: number
}

/**
 * US Social Security numbers: AAA-GG-SSSS with the SSA's never-issued values
 * excluded (area 000, 666 or 900–999, group 00, serial 0000).
 * - Dashed, "123-45-6789": reported on its shape (no phone, date or amount is
 *   written 3-2-4 with dashes).
 * - Spaced ("123 45 6789") or bare ("123456789"): only with a keyword near it
 *   ("ssn", "social security", "my social is …"; `SSN_KEYWORD_PHRASES`), since
 *   nine digits are also order, account and routing numbers.
 * Never glued to letters or a longer number, never inside a URL; "#" before it
 * ("SSN#123-45-6789") is accepted only with the keyword.
 * Canonical value: the nine digits.
 *
 * > | ssn 123-45-6789
 *         ^ offered here
 */
export const usSsnDetector: Detector = {
  type: 'us_ssn',
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    const length = group.digits.length
    if (length !== SSN_AREA_DIGITS && length !== SSN_DIGITS) return undefined
    const { cursor } = context
    // The shape first: it rejects nearly every 3-digit number ("$150", "room 404") in a read or two.
    const shape = length === SSN_DIGITS ? { end: group.end, digits: group.digits, dashed: false, separator: -1 } : readSpacedSsn(cursor, group)
    if (shape === undefined || !isIssuable(shape.digits)) return undefined
    const afterHash = cursor.code(group.start - 1) === CharCode.Hash
    if (!afterHash && !standsAloneBefore(cursor, group.start, context)) return undefined
    if (!standsAloneAfter(cursor, shape.end, context.maskChars) || goesOn(cursor, shape, context.maskChars)) return undefined
    if (isInsideUrl(cursor, group.start)) return undefined

    let reason: string
    if (shape.dashed && !afterHash) reason = 'dashed'
    else if (hasKeywordBefore(cursor, group.start, SSN_KEYWORDS, context.maskChars)) reason = 'keyword'
    else if (hasKeywordAfter(cursor, shape.end, SSN_KEYWORDS, context.maskChars)) reason = 'keyword-after'
    else return undefined
    return { type: 'us_ssn', start: group.start, end: shape.end, reason, canonical: shape.digits }
  },
}

/** "123-45-6789" or "123 45 6789": three groups, the same single separator twice. */
function readSpacedSsn(cursor: Cursor, area: DigitGroup): SsnShape | undefined {
  const separator = cursor.code(area.end)
  const dashed = isCardSeparator(separator) && !isWhitespace(separator) && separator !== CharCode.Dot
  if (!dashed && separator !== CharCode.Space) return undefined
  const group = readExactGroup(cursor, area.end + 1, SSN_GROUP_DIGITS)
  if (group === undefined || cursor.code(group.end) !== separator) return undefined
  const serial = readExactGroup(cursor, group.end + 1, SSN_SERIAL_DIGITS)
  if (serial === undefined) return undefined
  return { end: serial.end, digits: area.digits + group.digits + serial.digits, dashed, separator }
}

/** A digit group of exactly `digits` digits at `start`. */
function readExactGroup(cursor: Cursor, start: number, digits: number): DigitGroup | undefined {
  if (!isDigitCode(cursor.code(start))) return undefined
  const group = readDigitGroup(cursor, start, digits)
  return group !== undefined && group.digits.length === digits ? group : undefined
}

/**
 * "123-45-6789-0", "123 45 6789 12", "123456789 12": the separator the number
 * uses (any, for nine digits in a row) and more digits make it a longer number.
 * "123-45-6789 4111…" is an SSN and then another number.
 */
function goesOn(cursor: Cursor, shape: SsnShape, maskChars: string): boolean {
  const after = cursor.code(shape.end)
  const continues = shape.separator === -1 ? isCardSeparator(after) : after === shape.separator
  return continues && isDigitOrMasked(cursor.code(shape.end + 1), maskChars)
}

/** The SSA's rules for numbers that are never issued. */
function isIssuable(digits: string): boolean {
  const area = digits.slice(0, SSN_AREA_DIGITS)
  const group = digits.slice(SSN_AREA_DIGITS, SSN_AREA_DIGITS + SSN_GROUP_DIGITS)
  const serial = digits.slice(SSN_AREA_DIGITS + SSN_GROUP_DIGITS)
  if (SSN_EXCLUDED_AREAS.includes(area) || area.startsWith(SSN_FIRST_EXCLUDED_AREA_DIGIT)) return false
  return group !== SSN_EXCLUDED_GROUP && serial !== SSN_EXCLUDED_SERIAL && serial.length === SSN_SERIAL_DIGITS
}
