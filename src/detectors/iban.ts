import { IBAN_HEADER_LENGTH, IBAN_LENGTH_BY_COUNTRY } from '../data/iban-lengths.js'
import { IBAN_COUNTRY_LETTERS, IBAN_PRINT_GROUP_CHARS, MAX_IBAN_GROUP_DIGITS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import { isIdentifierLetter } from '../scanner/char-classes.js'
import { isMaskChar } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode, type DigitGroup } from '../scanner/digit-group.js'
import { digitValueOf } from '../scanner/unicode-digits.js'
import { isIbanChecksumValid } from '../validators/mod97.js'
import type { Detection, Detector, DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'

/** Bit that turns an ASCII lower-case letter into its capital. */
const ASCII_CASE_BIT = 0x20

/** ISO 13616-1: two check digits follow the country code. */
const CHECK_DIGITS = IBAN_HEADER_LENGTH - IBAN_COUNTRY_LETTERS


/**
 * International Bank Account Numbers (ISO 13616-1): a country code of the IBAN
 * registry, two check digits, then the BBAN, exactly as long as that country's
 * IBANs (`IBAN_LENGTH_BY_COUNTRY`) and passing ISO/IEC 7064 MOD 97-10.
 *
 * Written compact ("GB82WEST12345698765432") or in the print format of groups
 * of four separated by single spaces ("GB82 WEST 1234 5698 7654 32"), never a
 * mix, so a word after an IBAN-like string is never read into it. Letters may
 * be lower-case; the canonical value is compact and upper-case.
 *
 * Offered the check-digit group: it must follow two letters that start a word.
 * An IBAN is checked before anything else claims its digits, so
 * "DE89 3704 0044 0532 0130 00" is never read as a card or a phone.
 *
 * > | iban GB82 WEST 1234 5698 7654 32 thanks
 *            ^ offered here; the span starts at "G"
 */
export const ibanDetector: Detector = {
  type: 'iban',
  maxGroupDigits: MAX_IBAN_GROUP_DIGITS,
  spanLookbehind: IBAN_COUNTRY_LETTERS,
  detectAt(group: DigitGroup, context: DetectorContext): Detection | undefined {
    if (group.digits.length < CHECK_DIGITS) return undefined
    const { cursor } = context
    const start = group.start - IBAN_COUNTRY_LETTERS
    if (start < context.minStart) return undefined
    const first = upperAsciiLetter(cursor.code(start))
    const second = upperAsciiLetter(cursor.code(start + 1))
    if (first === undefined || second === undefined) return undefined
    // "ABGB82…": the letters must start a word.
    const before = cursor.code(start - 1)
    if (isIdentifierLetter(before) || isDigitCode(before)) return undefined
    const country = first + second
    const length = IBAN_LENGTH_BY_COUNTRY[country]
    if (length === undefined) return undefined

    const read = readIbanBody(cursor, group.start, length - IBAN_COUNTRY_LETTERS, context.maskChars)
    if (read === undefined) return undefined
    const canonical = country + read.body
    if (!isIbanChecksumValid(canonical)) return undefined
    return { type: 'iban', start, end: read.end, reason: 'mod97+length', canonical }
  },
}

/**
 * Reads exactly `count` letters and digits from `start` (the check digits), and
 * checks that the word ends there. Either compact, or in the print format of
 * ISO 13616-1 §5: one space after every group of four characters, counted from
 * the country code ("GB82 WEST 1234 5698 7654 32"); the space after the first
 * group decides which. Reads at most `count + count / 4 + 1` characters, plus
 * the look for an email address after it.
 */
function readIbanBody(cursor: Cursor, start: number, count: number, maskChars: string): { body: string; end: number } | undefined {
  let body = ''
  let index = start
  let printFormat = false
  while (body.length < count) {
    const position = IBAN_COUNTRY_LETTERS + body.length
    if (position % IBAN_PRINT_GROUP_CHARS === 0) {
      const space = isIbanSpace(cursor.code(index))
      if (position === IBAN_PRINT_GROUP_CHARS) printFormat = space
      else if (space !== printFormat) return undefined
      if (space) index++
    }
    const char = ibanCharOf(cursor.code(index))
    if (char === undefined) return undefined
    body += char
    index++
  }
  // "…7654 3212": one character too many (or one another finding masked) means this is not that country's IBAN.
  const after = cursor.code(index)
  if (ibanCharOf(after) !== undefined || after === CharCode.Underscore || isMaskChar(after, maskChars)) return undefined
  if (continuesIntoEmailAddress(cursor, index)) return undefined
  return { body, end: index }
}

/** An IBAN character as ISO 13616 writes it: a digit, or an upper-case ASCII letter. */
function ibanCharOf(code: number): string | undefined {
  const digit = digitValueOf(code)
  if (digit >= 0) return String.fromCharCode(CharCode.Zero + digit)
  return upperAsciiLetter(code)
}

function upperAsciiLetter(code: number): string | undefined {
  if (code >= CharCode.UpperA && code <= CharCode.UpperZ) return String.fromCharCode(code)
  if (code >= CharCode.LowerA && code <= CharCode.LowerZ) return String.fromCharCode(code & ~ASCII_CASE_BIT)
  return undefined
}

/** The space of the print format, and the no-break spaces word processors put there. */
function isIbanSpace(code: number): boolean {
  return code === CharCode.Space || code === CharCode.NoBreakSpace || code === CharCode.NarrowNoBreakSpace
}
