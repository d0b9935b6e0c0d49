import {
  IDENTIFIER_DASHES,
  IDENTIFIER_DOT,
  IDENTIFIER_SPACES,
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
import { isCardSeparator } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import { isInsideUrl } from '../scanner/url.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { isDigitOrMasked, standsAloneAfter, standsAloneBefore } from './number-boundary.js'

const SSN_KEYWORDS = new KeywordSet(SSN_KEYWORD_PHRASES)

/** How the two gaps of a grouped SSN are written (`IDENTIFIER_SPACES`, `IDENTIFIER_DASHES`, `IDENTIFIER_DOT`). */
const enum SsnGap {
  /** "123-45-6789" (any Unicode dash): the SSA's own format. */
  Dash,
  /** "123 - 45 - 6789": also how a subtraction is written. */
  SpacedDash,
  Space,
  Dot,
}

interface SsnShape {
  readonly end: number
  readonly digits: string
  /** How the gaps are written; undefined for nine digits in a row. */
  readonly gap: SsnGap | undefined
}

const SPACE_CODES: ReadonlySet<number> = new Set([...IDENTIFIER_SPACES].map((char) => char.charCodeAt(0)))
const DASH_CODES: ReadonlySet<number> = new Set([...IDENTIFIER_DASHES].map((char) => char.charCodeAt(0)))
const DOT_CODE = IDENTIFIER_DOT.charCodeAt(0)

/**
 * US Social Security numbers: AAA-GG-SSSS with the SSA's never-issued values
 * excluded (area 000, 666 or 900–999, group 00, serial 0000).
 * - Dashed, "123-45-6789" (a hyphen or any Unicode dash, the minus sign
 *   included): the format the SSA prints, reported on its shape (no phone, date
 *   or amount is written 3-2-4 with dashes).
 * - Every other way people write one, only with a keyword near it ("ssn",
 *   "social security", "my social is …"; `SSN_KEYWORD_PHRASES`): spaced ("123 45
 *   6789", no-break spaces too), dotted ("123.45.6789": a version or part number
 *   as often), with spaced dashes ("123 - 45 - 6789": a subtraction as often),
 *   or bare ("123456789": order, account and routing numbers are nine digits too).
 *   Both gaps are written alike; "123-45 6789" is two numbers.
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
    const shape = length === SSN_DIGITS ? { end: group.end, digits: group.digits, gap: undefined } : readGroupedSsn(cursor, group)
    if (shape === undefined || !isIssuable(shape.digits)) return undefined
    const afterHash = cursor.code(group.start - 1) === CharCode.Hash
    if (!afterHash && !standsAloneBefore(cursor, group.start, context)) return undefined
    if (!standsAloneAfter(cursor, shape.end, context.maskChars) || goesOn(cursor, shape, context.maskChars)) return undefined
    if (isInsideUrl(cursor, group.start)) return undefined

    let reason: string
    if (shape.gap === SsnGap.Dash && !afterHash) reason = 'dashed'
    else if (hasKeywordBefore(cursor, group.start, SSN_KEYWORDS, context.maskChars)) reason = 'keyword'
    else if (hasKeywordAfter(cursor, shape.end, SSN_KEYWORDS, context.maskChars)) reason = 'keyword-after'
    else return undefined
    return { type: 'us_ssn', start: group.start, end: shape.end, reason, canonical: shape.digits }
  },
}

/** "123-45-6789", "123 45 6789", "123.45.6789", "123 - 45 - 6789": three groups, the same gap twice. */
function readGroupedSsn(cursor: Cursor, area: DigitGroup): SsnShape | undefined {
  const first = readGap(cursor, area.end)
  if (first === undefined) return undefined
  const group = readExactGroup(cursor, first.end, SSN_GROUP_DIGITS)
  if (group === undefined) return undefined
  const second = readGap(cursor, group.end)
  if (second === undefined || second.gap !== first.gap) return undefined
  const serial = readExactGroup(cursor, second.end, SSN_SERIAL_DIGITS)
  if (serial === undefined) return undefined
  return { end: serial.end, digits: area.digits + group.digits + serial.digits, gap: first.gap }
}

/** The gap at `index` and where it ends: one space, dash or dot, or a dash with a space on each side. */
function readGap(cursor: Cursor, index: number): { readonly gap: SsnGap; readonly end: number } | undefined {
  const code = cursor.code(index)
  if (DASH_CODES.has(code)) return { gap: SsnGap.Dash, end: index + 1 }
  if (code === DOT_CODE) return { gap: SsnGap.Dot, end: index + 1 }
  if (!SPACE_CODES.has(code)) return undefined
  if (DASH_CODES.has(cursor.code(index + 1)) && SPACE_CODES.has(cursor.code(index + 2))) return { gap: SsnGap.SpacedDash, end: index + 3 }
  return { gap: SsnGap.Space, end: index + 1 }
}

/** A digit group of exactly `digits` digits at `start`. */
function readExactGroup(cursor: Cursor, start: number, digits: number): DigitGroup | undefined {
  if (!isDigitCode(cursor.code(start))) return undefined
  const group = readDigitGroup(cursor, start, digits)
  return group !== undefined && group.digits.length === digits ? group : undefined
}

/**
 * "123-45-6789-0", "123 45 6789 12", "123456789 12": the gap the number uses
 * (any separator, for nine digits in a row) and more digits make it a longer
 * number. "123-45-6789 4111…" is an SSN and then another number.
 */
function goesOn(cursor: Cursor, shape: SsnShape, maskChars: string): boolean {
  if (shape.gap === undefined) return isCardSeparator(cursor.code(shape.end)) && isDigitOrMasked(cursor.code(shape.end + 1), maskChars)
  const next = readGap(cursor, shape.end)
  return next !== undefined && next.gap === shape.gap && isDigitOrMasked(cursor.code(next.end), maskChars)
}

/** The SSA's rules for numbers that are never issued. */
function isIssuable(digits: string): boolean {
  const area = digits.slice(0, SSN_AREA_DIGITS)
  const group = digits.slice(SSN_AREA_DIGITS, SSN_AREA_DIGITS + SSN_GROUP_DIGITS)
  const serial = digits.slice(SSN_AREA_DIGITS + SSN_GROUP_DIGITS)
  if (SSN_EXCLUDED_AREAS.includes(area) || area.startsWith(SSN_FIRST_EXCLUDED_AREA_DIGIT)) return false
  return group !== SSN_EXCLUDED_GROUP && serial !== SSN_EXCLUDED_SERIAL && serial.length === SSN_SERIAL_DIGITS
}
