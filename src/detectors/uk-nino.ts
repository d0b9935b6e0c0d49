import { NINO_SPAN_LOOKBEHIND } from '../data/limits.js'
import {
  IDENTIFIER_DASHES,
  IDENTIFIER_DOT,
  IDENTIFIER_SPACES,
  NINO_DIGITS,
  NINO_EXCLUDED_FIRST_LETTERS,
  NINO_EXCLUDED_SECOND_LETTERS,
  NINO_SUFFIX_LETTERS,
  NINO_UNALLOCATED_PREFIXES,
} from '../data/national-ids.js'
import { NINO_KEYWORD_PHRASES } from '../data/pii-keywords.js'
import { CharCode } from '../scanner/char-codes.js'
import { isIdentifierLetter } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../scanner/digit-group.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'
import { isDigitOrMasked } from './number-boundary.js'

const NINO_KEYWORDS = new KeywordSet(NINO_KEYWORD_PHRASES)

/** Two prefix letters. */
const PREFIX_LETTERS = 2
/** Bit that turns an ASCII lower-case letter into its capital. */
const ASCII_CASE_BIT = 0x20

/** What people put between a NINO's parts (`IDENTIFIER_SPACES`, `IDENTIFIER_DASHES`, `IDENTIFIER_DOT`). */
const enum Separator {
  Space,
  Dash,
  Dot,
}

const SPACE_CODES: ReadonlySet<number> = new Set([...IDENTIFIER_SPACES].map((char) => char.charCodeAt(0)))
const DASH_CODES: ReadonlySet<number> = new Set([...IDENTIFIER_DASHES].map((char) => char.charCodeAt(0)))
const DOT_CODE = IDENTIFIER_DOT.charCodeAt(0)

/** The six digits of a candidate, where they end, and the one separator used between its parts so far. */
interface NinoDigits {
  readonly digits: string
  readonly end: number
  readonly separator: Separator | undefined
}

/**
 * UK National Insurance numbers (HMRC NIM39110): two prefix letters, six
 * digits, a suffix A–D. Written compact ("AB123456C"), in HMRC's display format
 * ("AB 12 34 56 C") or grouped any other way ("AB 123456 C", "AB12 34 56C"),
 * with spaces (no-break ones too), dashes ("AB-12-34-56-C") or dots between the
 * parts, one kind per number, and in capitals or small letters (the same case
 * throughout). Prefixes with a letter HMRC never uses (D, F, I, Q, U, V; O
 * second) and the unallocated ones (BG, GB, KN, NK, NT, TN, ZZ) are not NINOs.
 * With its suffix the shape is specific enough; without it ("NI number
 * AB123456") a keyword must stand near (`NINO_KEYWORD_PHRASES`).
 *
 * Offered the first digit group; the prefix is read back, glued or one
 * separator before it. That span reaches back across a space, so this
 * detector declares {@link NINO_SPAN_LOOKBEHIND} as `spanLookbehindAcrossSpaces`
 * and streams keep that much back.
 * Canonical value: compact and upper-case, suffix included when written.
 *
 * > | my NI is AB 12 34 56 C
 *                 ^ offered here; the span starts at "A"
 */
export const ukNinoDetector: Detector = {
  type: 'uk_nino',
  spanLookbehindAcrossSpaces: NINO_SPAN_LOOKBEHIND,
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    if (group.digits.length > NINO_DIGITS) return undefined
    const { cursor } = context
    const prefixSeparator = separatorOf(cursor.code(group.start - 1))
    const start = group.start - PREFIX_LETTERS - (prefixSeparator === undefined ? 0 : 1)
    if (start < context.minStart) return undefined
    const first = cursor.code(start)
    const second = cursor.code(start + 1)
    const upper = isUpperAscii(first)
    if (!isAsciiLetter(first) || !isAsciiLetter(second) || isUpperAscii(second) !== upper) return undefined
    const before = cursor.code(start - 1)
    if (isIdentifierLetter(before) || isDigitCode(before)) return undefined
    const prefix = String.fromCharCode(upperCode(first), upperCode(second))
    if (!isAllocatedPrefix(prefix)) return undefined

    const read = readNinoDigits(cursor, group, prefixSeparator, context.maskChars)
    if (read === undefined) return undefined
    // The suffix, glued or after one separator of the number's kind, in the prefix's case.
    const separatorAfter = separatorOf(cursor.code(read.end))
    const suffixAt = separatorAfter !== undefined && (read.separator === undefined || separatorAfter === read.separator) ? read.end + 1 : read.end
    const suffix = cursor.code(suffixAt)
    const afterSuffix = cursor.code(suffixAt + 1)
    if (
      isAsciiLetter(suffix) &&
      isUpperAscii(suffix) === upper &&
      NINO_SUFFIX_LETTERS.includes(String.fromCharCode(upperCode(suffix))) &&
      !isIdentifierLetter(afterSuffix) &&
      !isDigitCode(afterSuffix) &&
      !continuesIntoEmailAddress(cursor, suffixAt + 1)
    ) {
      const canonical = prefix + read.digits + String.fromCharCode(upperCode(suffix))
      return { type: 'uk_nino', start, end: suffixAt + 1, reason: 'prefix+suffix', canonical }
    }
    // No suffix: the digits must end the word, and a keyword must say what they are.
    if (isIdentifierLetter(cursor.code(read.end)) || continuesIntoEmailAddress(cursor, read.end)) return undefined
    let reason: string
    if (hasKeywordBefore(cursor, start, NINO_KEYWORDS, context.maskChars)) reason = 'prefix+keyword'
    else if (hasKeywordAfter(cursor, read.end, NINO_KEYWORDS, context.maskChars)) reason = 'prefix+keyword-after'
    else return undefined
    return { type: 'uk_nino', start, end: read.end, reason, canonical: prefix + read.digits }
  },
}

/** HMRC NIM39110: letters never used in a prefix, and prefixes never allocated. */
function isAllocatedPrefix(prefix: string): boolean {
  if (NINO_EXCLUDED_FIRST_LETTERS.includes(prefix.charAt(0))) return false
  if (NINO_EXCLUDED_SECOND_LETTERS.includes(prefix.charAt(1))) return false
  return !NINO_UNALLOCATED_PREFIXES.includes(prefix)
}

/**
 * The six digits from `group` on, in groups joined by single separators of one
 * kind (the prefix's, if it had one): "123456", "12 34 56", "12-34-56",
 * "1234 56". A seventh digit ("AB 12 34 56 78", "AB1234567") makes a longer
 * number, not a NINO.
 */
function readNinoDigits(cursor: Cursor, group: DigitGroup, prefixSeparator: Separator | undefined, maskChars: string): NinoDigits | undefined {
  let digits = group.digits
  let index = group.end
  let separator = prefixSeparator
  while (digits.length < NINO_DIGITS) {
    const between = separatorOf(cursor.code(index))
    if (between === undefined || (separator !== undefined && between !== separator)) return undefined
    separator = between
    index++
    if (!isDigitCode(cursor.code(index))) return undefined
    const next = readDigitGroup(cursor, index, NINO_DIGITS - digits.length)
    if (next === undefined) return undefined
    digits += next.digits
    index = next.end
  }
  // "AB 12 34 56 78": the number goes on after a separator.
  if (separatorOf(cursor.code(index)) !== undefined && isDigitOrMasked(cursor.code(index + 1), maskChars)) return undefined
  return { digits, end: index, separator }
}

function separatorOf(code: number): Separator | undefined {
  if (SPACE_CODES.has(code)) return Separator.Space
  if (DASH_CODES.has(code)) return Separator.Dash
  if (code === DOT_CODE) return Separator.Dot
  return undefined
}

function isUpperAscii(code: number): boolean {
  return code >= CharCode.UpperA && code <= CharCode.UpperZ
}

function isAsciiLetter(code: number): boolean {
  return isUpperAscii(code) || (code >= CharCode.LowerA && code <= CharCode.LowerZ)
}

function upperCode(code: number): number {
  return code & ~ASCII_CASE_BIT
}
