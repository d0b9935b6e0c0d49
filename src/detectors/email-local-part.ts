import { EMAIL_AT_SIGNS, EMAIL_AT_WORD, EMAIL_OBFUSCATION_BRACKETS, EMAIL_TRIGGERS } from '../data/email-obfuscations.js'
import { FIRST_NON_ASCII_CODE, FIRST_SURROGATE_CODE, LAST_SURROGATE_CODE, UNSPACED_SCRIPT_RANGES } from '../data/email-scripts.js'
import { MAX_EMAIL_LOCAL_CHARS } from '../data/limits.js'
import { CharCode } from '../scanner/char-codes.js'
import type { Cursor } from '../scanner/cursor.js'

/** Letters, combining marks and decimal digits of any script: what RFC 6531 (SMTPUTF8) adds to a local part. */
const UNICODE_WORD_CHAR = /^[\p{L}\p{M}\p{Nd}]$/u

const AT_SIGN_CODES: readonly number[] = [...EMAIL_AT_SIGNS].map((sign) => sign.charCodeAt(0))
/** "(" → ")" and the other pairs of `EMAIL_OBFUSCATION_BRACKETS`, by code. */
const CLOSING_BRACKET_BY_OPENING: ReadonlyMap<number, number> = new Map(
  EMAIL_OBFUSCATION_BRACKETS.map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]),
)

/** An ASCII letter or digit. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (
    (code >= CharCode.LowerA && code <= CharCode.LowerZ) ||
    (code >= CharCode.UpperA && code <= CharCode.UpperZ) ||
    (code >= CharCode.Zero && code <= CharCode.Nine)
  )
}

/**
 * A letter, combining mark or decimal digit outside ASCII, in the Basic
 * Multilingual Plane. Surrogates (emoji, rare ideographs) are left out: "👋@jane"
 * is a greeting and a mention, and an address with an emoji in it is a curiosity.
 */
export function isUnicodeWordCode(code: number): boolean {
  if (code < FIRST_NON_ASCII_CODE || (code >= FIRST_SURROGATE_CODE && code <= LAST_SURROGATE_CODE)) return false
  return UNICODE_WORD_CHAR.test(String.fromCharCode(code))
}

/** A letter of a script written without spaces between words (Chinese, Japanese, Thai, …; `email-scripts.ts`). */
export function isUnspacedScriptCode(code: number): boolean {
  if (code < FIRST_NON_ASCII_CODE) return false
  for (const [first, last] of UNSPACED_SCRIPT_RANGES) {
    if (code < first) return false
    if (code <= last) return true
  }
  return false
}

/**
 * The local-part characters the email detector accepts: ASCII letters, digits
 * and `. _ % + -`, and (RFC 6531) letters, marks and digits of any script, so
 * "jörg@…" and "用户@…" are read whole. See `email.ts` for why the rest of
 * RFC 5322's atext is left out.
 */
export function isLocalPartCode(code: number): boolean {
  if (code >= FIRST_NON_ASCII_CODE) return isUnicodeWordCode(code)
  return (
    isAsciiAlphanumeric(code) ||
    code === CharCode.Dot ||
    code === CharCode.Underscore ||
    code === CharCode.Percent ||
    code === CharCode.Plus ||
    code === CharCode.HyphenMinus
  )
}

/** "@", or the full-width or small commercial at an IME types for it (`EMAIL_AT_SIGNS`). */
export function isAtSignCode(code: number): boolean {
  return AT_SIGN_CODES.includes(code)
}

/**
 * Where `word` written in brackets at `index` ends: "(at)", "[dot]", "{ at }"
 * (one space inside allowed on each side), in any case; -1 if it is not there.
 * Reads at most `word.length` + 4 characters.
 */
export function bracketedWordEnd(cursor: Cursor, index: number, word: string): number {
  const close = CLOSING_BRACKET_BY_OPENING.get(cursor.code(index))
  if (close === undefined) return -1
  let at = index + 1
  if (cursor.code(at) === CharCode.Space) at++
  if (!spellsAsciiWord(cursor, at, word)) return -1
  at += word.length
  if (cursor.code(at) === CharCode.Space) at++
  return cursor.code(at) === close ? at + 1 : -1
}

/** `code` lower-cased if it is an ASCII capital, else as it is. */
export function asciiLowerCase(code: number): number {
  return code >= CharCode.UpperA && code <= CharCode.UpperZ ? code - CharCode.UpperA + CharCode.LowerA : code
}

/** Does the text at `index` spell `word` (lower-case ASCII), in any case? Reads at most `word.length` characters. */
export function spellsAsciiWord(cursor: Cursor, index: number, word: string): boolean {
  for (let offset = 0; offset < word.length; offset++) {
    if (asciiLowerCase(cursor.code(index + offset)) !== word.charCodeAt(offset)) return false
  }
  return true
}

/**
 * Does the text from `end` run on through local-part characters into an "@"
 * ("…489@example.com", "….a@example.com"), or into "(at)" or "[at]" glued on
 * ("…489(at)example(dot)com")? Then the number before `end` is part of an
 * email address, and the email detector (triggered at the "@" or the bracket,
 * later in the scan) must get it whole: a digit detector that claimed "489"
 * first would leave the rest of the address half masked. Reads at most
 * {@link MAX_EMAIL_LOCAL_CHARS} + 7 characters, and usually one.
 *
 * @example
 * ```ts
 * import { Cursor } from '../scanner/cursor.js'
 * const cursor = new Cursor()
 * cursor.text = 'cvv a-489@example.com'
 * cursor.final = true
 * continuesIntoEmailAddress(cursor, 9) // true: "489" is followed by "@"
 * ```
 */
export function continuesIntoEmailAddress(cursor: Cursor, end: number): boolean {
  let index = end
  let code = cursor.code(index)
  // "4111 1111 1111 1111です": a Chinese or Japanese word right after a number is the next word, not a local part.
  while (index - end < MAX_EMAIL_LOCAL_CHARS && isLocalPartCode(code) && !isUnspacedScriptCode(code)) code = cursor.code(++index)
  // Only what the email detector is triggered by: "489{at}…" and "489＠…" are not read as addresses, so their digits stay a number.
  if (code === CharCode.At) return true
  return isGluedBracketTrigger(code) && bracketedWordEnd(cursor, index, EMAIL_AT_WORD) >= 0
}

/** "(" and "[": the brackets of `EMAIL_TRIGGERS`, where a glued "(at)" or "[at]" starts. */
function isGluedBracketTrigger(code: number): boolean {
  return CLOSING_BRACKET_BY_OPENING.has(code) && EMAIL_TRIGGERS.includes(String.fromCharCode(code))
}
