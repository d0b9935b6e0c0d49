import { MAX_GAP_CHARS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import { isCardSeparator, isCurrencySymbol, isIdentifierLetter, isWhitespace } from '../scanner/char-classes.js'
import { isMaskChar } from '../scanner/context.js'
import type { Cursor } from '../scanner/cursor.js'
import { isDigitCode } from '../scanner/digit-group.js'
import type { DetectorContext } from './detector.js'
import { continuesIntoEmailAddress } from './email-local-part.js'

/**
 * Characters that make a number part of a bigger token when glued to it: an
 * identifier ("order_5551234567", "a716…"), an address or mention ("@"), a
 * reference ("#5551234567"), a path or query ("/", "="), an amount ("$", "%").
 */
function isTokenGlue(code: number): boolean {
  return (
    isIdentifierLetter(code) ||
    isCurrencySymbol(code) ||
    code === CharCode.At ||
    code === CharCode.Hash ||
    code === CharCode.Slash ||
    code === CharCode.Equals ||
    code === CharCode.Percent
  )
}

/** Punctuation that joins two numbers into one: "12:30", "1,234", "3.14", "12/27". */
function isNumberJoiner(code: number): boolean {
  return code === CharCode.Dot || code === CharCode.Comma || code === CharCode.Colon || code === CharCode.Slash
}

/**
 * May a personal-data number (a phone, an SSN) start at `start`? Not when it is
 * glued to a token before it, not when it is what is left of an earlier
 * redaction, and not when it is a later group of a number that began earlier,
 * joined to it by a dash, dot or bracket ("408-247-8880" offered at "247"):
 * walking back over at most {@link MAX_GAP_CHARS} separators reaches a digit that
 * no finding claimed. After mere spaces a new number may begin ("table for 2
 * 408-247-8880"), and a "+" always begins one; the detectors' own checks
 * decide the rest.
 *
 * > | call 604-697-0202
 *          ^ start: a space before, then a letter
 */
export function standsAloneBefore(cursor: Cursor, start: number, context: DetectorContext): boolean {
  const before = cursor.code(start - 1)
  if (isTokenGlue(before) || isMaskChar(before, context.maskChars)) return false
  if (isNumberJoiner(before) && isDigitCode(cursor.code(start - 2))) return false
  // "+44 …" begins a number whatever stood before it.
  if (cursor.code(start) === CharCode.Plus) return true
  let index = start - 1
  let spacesOnly = true
  while (index >= start - MAX_GAP_CHARS && isSeparatorOrParenthesis(cursor.code(index))) {
    if (!isWhitespace(cursor.code(index))) spacesOnly = false
    index--
  }
  if (index === start - 1 || spacesOnly || index < context.minStart) return true
  return !isDigitOrMasked(cursor.code(index), context.maskChars)
}

/**
 * May a personal-data number end at `end`? Not when a letter, "@" or "%" is
 * glued to it, when it goes on as a decimal, time or date ("…4567.25",
 * "…:30", "…/27"), or when it is part of an email's local part ("….x@…").
 */
export function standsAloneAfter(cursor: Cursor, end: number, maskChars: string): boolean {
  const after = cursor.code(end)
  if (isIdentifierLetter(after) || after === CharCode.At || after === CharCode.Percent) return false
  if (isNumberJoiner(after) && isDigitOrMasked(cursor.code(end + 1), maskChars)) return false
  return !continuesIntoEmailAddress(cursor, end)
}

/**
 * A digit, or a mask character standing where one was. Checks for "does the
 * number go on?" must answer alike before and after a later finding is masked
 * ("001-01-0001 4@a.io" becomes "… *@*.io"), or redacting twice would find more.
 */
export function isDigitOrMasked(code: number, maskChars: string): boolean {
  return isDigitCode(code) || isMaskChar(code, maskChars)
}

/** Card separators (spaces, dashes, dots) and the parentheses around an area code. */
export function isSeparatorOrParenthesis(code: number): boolean {
  return isCardSeparator(code) || code === CharCode.LeftParenthesis || code === CharCode.RightParenthesis
}
