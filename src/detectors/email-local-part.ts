import { MAX_EMAIL_LOCAL_CHARS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import type { Cursor } from '../scanner/cursor.js'

function isAsciiAlphanumeric(code: number): boolean {
  return (
    (code >= CharCode.LowerA && code <= CharCode.LowerZ) ||
    (code >= CharCode.UpperA && code <= CharCode.UpperZ) ||
    (code >= CharCode.Zero && code <= CharCode.Nine)
  )
}

/**
 * The local-part characters the email detector accepts: ASCII letters, digits
 * and `. _ % + -` (see `email.ts` for why the rest of RFC 5322's atext is left out).
 */
export function isLocalPartCode(code: number): boolean {
  return (
    isAsciiAlphanumeric(code) ||
    code === CharCode.Dot ||
    code === CharCode.Underscore ||
    code === CharCode.Percent ||
    code === CharCode.Plus ||
    code === CharCode.HyphenMinus
  )
}

/**
 * Does the text from `end` run on through local-part characters into an "@"
 * ("…489@example.com", "….a@example.com")? Then the number before `end` is part
 * of an email address, and the email detector (triggered at the "@", later in
 * the scan) must get it whole: a digit detector that claimed "489" first would
 * leave the rest of the address half masked. Reads at most
 * {@link MAX_EMAIL_LOCAL_CHARS} + 1 characters, and usually one.
 *
 * @example
 * ```ts
 * // cursor over "cvv a-489@example.com", end after "489"
 * continuesIntoEmailAddress(cursor, 9) // true
 * ```
 */
export function continuesIntoEmailAddress(cursor: Cursor, end: number): boolean {
  let index = end
  while (index - end < MAX_EMAIL_LOCAL_CHARS && isLocalPartCode(cursor.code(index))) index++
  return cursor.code(index) === CharCode.At
}
