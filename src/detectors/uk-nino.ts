import { NINO_SPAN_LOOKBEHIND } from '../data/limits.js'
import {
  NINO_DIGITS,
  NINO_EXCLUDED_FIRST_LETTERS,
  NINO_EXCLUDED_SECOND_LETTERS,
  NINO_PAIR_DIGITS,
  NINO_SUFFIX_LETTERS,
  NINO_UNALLOCATED_PREFIXES,
} from '../data/national-ids.js'
import { NINO_KEYWORD_PHRASES } from '../data/pii-keywords.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isIdentifierLetter } from '../scanner/char-classes.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, type DigitGroup } from '../scanner/digit-group.js'
import { digitValueOf } from '../scanner/unicode-digits.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'
import { isDigitOrMasked } from './number-boundary.js'

const NINO_KEYWORDS = new KeywordSet(NINO_KEYWORD_PHRASES)

/** Two prefix letters. */
const PREFIX_LETTERS = 2
/** Bit that turns an ASCII lower-case letter into its capital. */
const ASCII_CASE_BIT = 0x20

/** How a candidate is written, read from its first digit group. */
interface NinoDigits {
  readonly digits: string
  readonly end: number
}

/**
 * UK National Insurance numbers (HMRC NIM39110): two prefix letters, six
 * digits, a suffix A–D. Written "AB123456C", "AB 12 34 56 C" (HMRC's display
 * format) or "AB 123456 C", in capitals or small letters (the same case
 * throughout). Prefixes with a letter HMRC never uses (D, F, I, Q, U, V; O
 * second) and the unallocated ones (BG, GB, KN, NK, NT, TN, ZZ) are not NINOs.
 * With its suffix the shape is specific enough; without it ("NI number
 * AB123456") a keyword must stand near (`NINO_KEYWORD_PHRASES`).
 *
 * Offered the first digit group ("12" or "123456"); the prefix is read back,
 * glued or one space before it. That span reaches back across a space, so this
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
    const length = group.digits.length
    if (length !== NINO_DIGITS && length !== NINO_PAIR_DIGITS) return undefined
    const { cursor } = context
    const spacedPrefix = cursor.code(group.start - 1) === CharCode.Space
    // A 2-digit group is only ever the first pair of the spaced form: "AB 12 34 56".
    if (length === NINO_PAIR_DIGITS && (!spacedPrefix || cursor.code(group.end) !== CharCode.Space)) return undefined
    const start = group.start - PREFIX_LETTERS - (spacedPrefix ? 1 : 0)
    if (start < context.minStart) return undefined
    const before = cursor.code(start - 1)
    if (isIdentifierLetter(before) || isDigitCode(before)) return undefined
    const first = cursor.code(start)
    const second = cursor.code(start + 1)
    const upper = isUpperAscii(first)
    if (!isAsciiLetter(first) || !isAsciiLetter(second) || isUpperAscii(second) !== upper) return undefined
    const prefix = String.fromCharCode(upperCode(first), upperCode(second))
    if (!isAllocatedPrefix(prefix)) return undefined

    const read = readNinoDigits(cursor, group, spacedPrefix, context.maskChars)
    if (read === undefined) return undefined
    // The suffix, glued or (in the spaced forms) after one space, in the prefix's case.
    const suffixAt = spacedPrefix && cursor.code(read.end) === CharCode.Space ? read.end + 1 : read.end
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
 * The six digits from `group`: "123456", or pairs "12 34 56" when the prefix
 * stood a space apart ("AB 12 34 56"); a longer number is not a NINO.
 */
function readNinoDigits(cursor: Cursor, group: DigitGroup, spacedPrefix: boolean, maskChars: string): NinoDigits | undefined {
  let digits = group.digits
  let index = group.end
  if (digits.length !== NINO_DIGITS && !spacedPrefix) return undefined
  while (digits.length < NINO_DIGITS) {
    if (cursor.code(index) !== CharCode.Space) return undefined
    index++
    for (let digit = 0; digit < NINO_PAIR_DIGITS; digit++) {
      const value = digitValueOf(cursor.code(index))
      if (value < 0) return undefined
      digits += String.fromCharCode(CharCode.Zero + value)
      index++
    }
  }
  // "AB 12 34 56 78", "AB1234567": the number goes on.
  if (isDigitCode(cursor.code(index)) || (isCardSeparator(cursor.code(index)) && isDigitOrMasked(cursor.code(index + 1), maskChars))) return undefined
  return { digits, end: index }
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
