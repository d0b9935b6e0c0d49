import { DIGIT_RANGES } from '../data/unicode-digits.js'
import { CharCode } from './char-codes.js'

/**
 * Digits as a person reads them, in every script and style, so that "４１１１…"
 * (full-width), "٤١١١…" (Arabic-Indic), "𝟒𝟏𝟏𝟏…" (mathematical bold, pasted from
 * "fancy text" generators), "④①①①…" (circled) or "⁴¹¹¹…" (superscript) are
 * read as the card number they are. A customer's keyboard, IME or text
 * generator picks the characters, not the customer, and a PAN is cardholder
 * data in any of them.
 *
 * Which characters, and their values, is `src/data/unicode-digits.ts`, a table
 * generated from ICU's Unicode data (see `scripts/generate-unicode-digits.ts`
 * for the rules). This module turns it into the two lookups a scanner can
 * afford on every character: a 64 KiB array for the Basic Multilingual Plane,
 * and a binary search over a few dozen ranges above it.
 */

/** Code points below this are one UTF-16 code unit: the lookup array's size. */
const ASTRAL_START = 0x10000

/** The last code point Unicode defines (U+10FFFF). */
const MAX_CODE_POINT = 0x10ffff

/** UTF-16 surrogates (Unicode §3.9, D71–D75): a code point above U+FFFF is a high one, then a low one. */
const FIRST_HIGH_SURROGATE = 0xd800
const LAST_HIGH_SURROGATE = 0xdbff
const FIRST_LOW_SURROGATE = 0xdc00
const LAST_LOW_SURROGATE = 0xdfff
/** Code points one high surrogate covers, and so the shift from high surrogate to code point. */
const CODE_POINTS_PER_HIGH_SURROGATE = 0x400

/** Table value for "not a digit". */
const NOT_A_DIGIT = -1

/** The lookups built from the table, once, when the module loads. */
interface DigitLookups {
  /**
   * Digit value (0–9) of every BMP code point, or -1: one array read per
   * character is the cheapest test there is for a scanner that looks at every
   * character of every chat message.
   */
  readonly bmpValues: Int8Array
  /** The rows above U+FFFF, as parallel arrays for the binary search. */
  readonly astralFirsts: readonly number[]
  readonly astralLasts: readonly number[]
  readonly astralValues: readonly number[]
  /**
   * For each high surrogate (by its offset from U+D800), 1 when some digit's
   * pair starts with it. Most astral characters in chat are emoji whose high
   * surrogate (U+D83D: the smileys, hands, hearts…) starts no digit: one array
   * read turns them away before any search.
   */
  readonly highSurrogates: Uint8Array
}

const { bmpValues, astralFirsts, astralLasts, astralValues, highSurrogates }: DigitLookups = buildLookups()

function buildLookups(): DigitLookups {
  const lookups = {
    bmpValues: new Int8Array(ASTRAL_START).fill(NOT_A_DIGIT),
    astralFirsts: [] as number[],
    astralLasts: [] as number[],
    astralValues: [] as number[],
    highSurrogates: new Uint8Array(CODE_POINTS_PER_HIGH_SURROGATE),
  }
  for (const [first, last, value] of DIGIT_RANGES) {
    if (first < ASTRAL_START) {
      for (let codePoint = first; codePoint <= last; codePoint++) lookups.bmpValues[codePoint] = value + codePoint - first
      continue
    }
    lookups.astralFirsts.push(first)
    lookups.astralLasts.push(last)
    lookups.astralValues.push(value)
    // A row is at most ten code points, so its first and last name every high surrogate it uses.
    lookups.highSurrogates[highSurrogateOf(first) - FIRST_HIGH_SURROGATE] = 1
    lookups.highSurrogates[highSurrogateOf(last) - FIRST_HIGH_SURROGATE] = 1
  }
  return lookups
}

function highSurrogateOf(codePoint: number): number {
  return FIRST_HIGH_SURROGATE + Math.floor((codePoint - ASTRAL_START) / CODE_POINTS_PER_HIGH_SURROGATE)
}

/** The lowest non-ASCII code point that is a digit ("²", U+00B2): below it, only ASCII digits exist. */
export const FIRST_NON_ASCII_DIGIT: number = firstNonAsciiDigit()

function firstNonAsciiDigit(): number {
  for (const [first] of DIGIT_RANGES) if (first > CharCode.Nine) return first
  return ASTRAL_START
}

/** Binary search for the row an astral code point would belong to. */
function astralDigitValueOf(codePoint: number): number {
  // Written so NaN, infinities and fractions fall out here rather than reaching the search.
  if (!(codePoint <= MAX_CODE_POINT) || !Number.isInteger(codePoint)) return NOT_A_DIGIT
  let low = 0
  let high = astralFirsts.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (codePoint < (astralFirsts[middle] as number)) high = middle - 1
    else if (codePoint > (astralLasts[middle] as number)) low = middle + 1
    else return (astralValues[middle] as number) + codePoint - (astralFirsts[middle] as number)
  }
  return NOT_A_DIGIT
}

/**
 * The value of a digit in any script or style, or -1 if `code` is not one.
 *
 * Accepts a UTF-16 code unit (`charCodeAt`) or a full code point
 * (`codePointAt`). With code units, digits above U+FFFF are never recognised:
 * their surrogate halves are not digits (see {@link digitValueOfPair}). Never
 * throws: negative numbers, NaN, infinities and numbers above U+10FFFF give -1.
 * (`code` is meant to be an integer, as `charCodeAt` and `codePointAt` return;
 * a fraction such as 48.5 is outside the contract and the ASCII fast path does
 * not spend a check on it.)
 *
 * @example
 * ```ts
 * import { digitValueOf } from './unicode-digits.js'
 * digitValueOf('7'.charCodeAt(0))        // 7
 * digitValueOf('７'.charCodeAt(0))       // 7 (full-width)
 * digitValueOf('٧'.charCodeAt(0))        // 7 (Arabic-Indic)
 * digitValueOf('⑦'.charCodeAt(0))       // 7 (circled)
 * digitValueOf('𝟕'.codePointAt(0) ?? 0)  // 7 (mathematical bold)
 * digitValueOf('x'.charCodeAt(0))        // -1
 * ```
 */
export function digitValueOf(code: number): number {
  // ASCII first: nearly every character of a chat is ASCII, and this is two compares.
  if (code <= CharCode.Nine) return code >= CharCode.Zero ? code - CharCode.Zero : NOT_A_DIGIT
  if (code < ASTRAL_START) return bmpValues[code] ?? NOT_A_DIGIT
  return astralDigitValueOf(code)
}

/**
 * What the second code unit of a digit above U+FFFF reads as through an
 * `AstralCursor`: VARIATION SELECTOR-1, a zero-width mark that changes nothing, so
 * "𝟒" reads as a digit with a mark on it (see `isDigitDecoration`), never as a
 * letter, a separator's end or a digit of its own.
 */
export const SECOND_HALF_OF_DIGIT = 0xfe00

/** The first code unit of a character above U+FFFF in UTF-16. */
export function isHighSurrogate(code: number): boolean {
  return code >= FIRST_HIGH_SURROGATE && code <= LAST_HIGH_SURROGATE
}

/** The second code unit of a character above U+FFFF in UTF-16. */
export function isLowSurrogate(code: number): boolean {
  return code >= FIRST_LOW_SURROGATE && code <= LAST_LOW_SURROGATE
}

/** A high surrogate with which some digit above U+FFFF starts: the only code units worth pairing up. */
export function mayStartAstralDigit(code: number): boolean {
  return code >= FIRST_HIGH_SURROGATE && code <= LAST_HIGH_SURROGATE && highSurrogates[code - FIRST_HIGH_SURROGATE] === 1
}

/**
 * The value of the digit the UTF-16 pair `high`, `low` encodes, or -1 when they
 * are no surrogate pair or encode no digit ("𝟕" is U+D835 U+DFD5: 7).
 *
 * @example
 * ```ts
 * import { digitValueOfPair } from './unicode-digits.js'
 * digitValueOfPair(0xd835, 0xdfd5) // 7
 * digitValueOfPair(0xd83d, 0xde00) // -1 (😀)
 * ```
 */
export function digitValueOfPair(high: number, low: number): number {
  if (!mayStartAstralDigit(high) || !isLowSurrogate(low)) return NOT_A_DIGIT
  return astralDigitValueOf((high - FIRST_HIGH_SURROGATE) * CODE_POINTS_PER_HIGH_SURROGATE + (low - FIRST_LOW_SURROGATE) + ASTRAL_START)
}

/** Code units below this fit a one-byte (Latin-1) string. */
const LATIN1_LIMIT = 0x100

/** `\uXXXX` for a regular expression's character class. */
function classEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * The digits of Latin-1 other than ASCII ("²", "³", "¹"), as the inside of a
 * regular expression's character class. The scanner's search for the next ASCII
 * digit looks for these too, so that {@link MAY_HOLD_NON_ASCII_DIGITS} can leave
 * them out: a class with no Latin-1 member never matches a one-byte string,
 * and V8 answers that without reading it. Built from the table.
 */
export const LATIN1_DIGIT_CLASS: string = DIGIT_RANGES.filter(([first]) => first > CharCode.Nine && first < LATIN1_LIMIT)
  .map(([first, last]) => (first === last ? classEscape(first) : `${classEscape(first)}-${classEscape(last)}`))
  .join('')

/**
 * Matches where a digit above Latin-1 may stand: a code unit of the blocks
 * that hold BMP digits, the high surrogate of a block of astral digits, or, in
 * the two emoji blocks that also hold digits, the exact pairs of those digits
 * ("🄁"…"🄌" after U+D83C, "🯰"…"🯹" after U+D83E), so that "🎉" and "🤔" leave a
 * text on the fast path. Text it does not match has only the digits the
 * scanner's ASCII search finds (`[0-9]` and {@link LATIN1_DIGIT_CLASS}), which
 * is nearly all chat text.
 *
 * Written by hand for speed, and a superset (asserted, for every digit of the
 * table, by `test/scanner/unicode-digits.test.ts`): V8 tests a handful of ranges
 * on a two-byte string about as fast as it reads it, but the table's exact
 * eighty ranges four times slower (measured on the SGD corpus). What else it
 * matches (the scripts between U+0660 and U+1C59, mathematical letters) only
 * sends a text to the scanner's exact, slower loop. No `u` flag: a class with
 * it runs much slower on two-byte strings.
 */
export const MAY_HOLD_NON_ASCII_DIGITS =
  /[\u0660-\u1c59\u2070-\u2089\u2460-\u24ff\u2776-\u2793\ua620-\uabf9\uff10-\uff19\ud801-\ud807\ud818-\ud81b\ud833\ud835\ud838-\ud83a]|\ud83c[\udd00-\udd0c]|\ud83e[\udff0-\udff9]/

/** Every non-ASCII digit of the Basic Multilingual Plane, for tests. */
export function nonAsciiBmpDigits(): string {
  let digits = ''
  for (const [first, last] of DIGIT_RANGES) {
    if (first <= CharCode.Nine || first >= ASTRAL_START) continue
    for (let codePoint = first; codePoint <= last; codePoint++) digits += String.fromCharCode(codePoint)
  }
  return digits
}
