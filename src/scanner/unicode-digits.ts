import { CharCode } from './char-codes.js'

/**
 * Decimal digits in every script, so that "４１１１…" (full-width), "٤١١١…"
 * (Arabic-Indic) or "𝟒𝟏𝟏𝟏…" (mathematical bold, pasted from "fancy text"
 * generators) are read as the card number they are. A customer's keyboard or IME
 * picks the script, not the customer, and a PAN is cardholder data in any script.
 *
 * Unicode guarantees that every character of general category Nd (decimal digit)
 * belongs to a contiguous run of exactly ten, zero to nine, in order
 * (Unicode Standard §4.6 "Numeric Value" and the Nd stability policy). So one code
 * point per run, its ZERO, describes the whole category.
 *
 * Source: UnicodeData.txt, Unicode 17.0 (what Node 20.20's ICU 78 ships), checked
 * against `/\p{Nd}/u` by `test/scanner/unicode-digits.test.ts`. The table is
 * written out rather than built from `\p{Nd}` at load time so every engine, old
 * browser or new Node, treats the same characters as digits: a redaction must not
 * depend on the JavaScript engine's Unicode version.
 */

/** The ZERO of each run of ten decimal digits in the Basic Multilingual Plane, besides ASCII. */
const BMP_DIGIT_ZEROS: readonly number[] = [
  0x0660, // ARABIC-INDIC
  0x06f0, // EXTENDED ARABIC-INDIC (Persian, Urdu)
  0x07c0, // NKO
  0x0966, // DEVANAGARI
  0x09e6, // BENGALI
  0x0a66, // GURMUKHI
  0x0ae6, // GUJARATI
  0x0b66, // ORIYA
  0x0be6, // TAMIL
  0x0c66, // TELUGU
  0x0ce6, // KANNADA
  0x0d66, // MALAYALAM
  0x0de6, // SINHALA LITH
  0x0e50, // THAI
  0x0ed0, // LAO
  0x0f20, // TIBETAN
  0x1040, // MYANMAR
  0x1090, // MYANMAR SHAN
  0x17e0, // KHMER
  0x1810, // MONGOLIAN
  0x1946, // LIMBU
  0x19d0, // NEW TAI LUE
  0x1a80, // TAI THAM HORA
  0x1a90, // TAI THAM THAM
  0x1b50, // BALINESE
  0x1bb0, // SUNDANESE
  0x1c40, // LEPCHA
  0x1c50, // OL CHIKI
  0xa620, // VAI
  0xa8d0, // SAURASHTRA
  0xa900, // KAYAH LI
  0xa9d0, // JAVANESE
  0xa9f0, // MYANMAR TAI LAING
  0xaa50, // CHAM
  0xabf0, // MEETEI MAYEK
  0xff10, // FULLWIDTH (typed by Japanese, Chinese and Korean IMEs)
]

/**
 * The ZERO of each run of ten decimal digits above U+FFFF, in ascending order
 * (binary-searched). These arrive in JavaScript strings as surrogate pairs, so
 * only a caller that decodes code points (`codePointAt`) can ask about them.
 */
const ASTRAL_DIGIT_ZEROS: readonly number[] = [
  0x104a0, // OSMANYA
  0x10d30, // HANIFI ROHINGYA
  0x10d40, // GARAY
  0x11066, // BRAHMI
  0x110f0, // SORA SOMPENG
  0x11136, // CHAKMA
  0x111d0, // SHARADA
  0x112f0, // KHUDAWADI
  0x11450, // NEWA
  0x114d0, // TIRHUTA
  0x11650, // MODI
  0x116c0, // TAKRI
  0x116d0, // MYANMAR PAO
  0x116da, // MYANMAR EASTERN PWO KAREN
  0x11730, // AHOM
  0x118e0, // WARANG CITI
  0x11950, // DIVES AKURU
  0x11bf0, // SUNUWAR
  0x11c50, // BHAIKSUKI
  0x11d50, // MASARAM GONDI
  0x11da0, // GUNJALA GONDI
  0x11de0, // TOLONG SIKI
  0x11f50, // KAWI
  0x16130, // GURUNG KHEMA
  0x16a60, // MRO
  0x16ac0, // TANGSA
  0x16b50, // PAHAWH HMONG
  0x16d70, // KIRAT RAI
  0x1ccf0, // OUTLINED (Symbols for Legacy Computing Supplement)
  0x1d7ce, // MATHEMATICAL BOLD
  0x1d7d8, // MATHEMATICAL DOUBLE-STRUCK
  0x1d7e2, // MATHEMATICAL SANS-SERIF
  0x1d7ec, // MATHEMATICAL SANS-SERIF BOLD
  0x1d7f6, // MATHEMATICAL MONOSPACE
  0x1e140, // NYIAKENG PUACHUE HMONG
  0x1e2f0, // WANCHO
  0x1e4f0, // NAG MUNDARI
  0x1e5f1, // OL ONAL
  0x1e950, // ADLAM
  0x1fbf0, // SEGMENTED (Symbols for Legacy Computing)
]

/** Every decimal digit is one of ten consecutive code points after its ZERO. */
const DIGITS_PER_RUN = 10

/** Code points below this are one UTF-16 code unit: the lookup table's size. */
const ASTRAL_START = 0x10000

/** The last code point Unicode defines (U+10FFFF). */
const MAX_CODE_POINT = 0x10ffff

/** Table value for "not a decimal digit". */
const NOT_A_DIGIT = -1

/**
 * Digit value (0–9) of every BMP code point, or -1. 64 KiB, built once when the
 * module loads: one array read per character is the cheapest test there is for a
 * scanner that looks at every character of every chat message.
 */
const BMP_DIGIT_VALUES: Int8Array = buildBmpDigitValues()

function buildBmpDigitValues(): Int8Array {
  const values = new Int8Array(ASTRAL_START).fill(NOT_A_DIGIT)
  for (const zero of [CharCode.Zero as number, ...BMP_DIGIT_ZEROS]) {
    for (let digit = 0; digit < DIGITS_PER_RUN; digit++) values[zero + digit] = digit
  }
  return values
}

/** Binary search for the run an astral code point would belong to. */
function astralDigitValueOf(codePoint: number): number {
  // Written so NaN, infinities and fractions fall out here rather than reaching the search.
  if (!(codePoint <= MAX_CODE_POINT) || !Number.isInteger(codePoint)) return NOT_A_DIGIT
  let low = 0
  let high = ASTRAL_DIGIT_ZEROS.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const zero = ASTRAL_DIGIT_ZEROS[middle] as number
    if (codePoint < zero) high = middle - 1
    else if (codePoint >= zero + DIGITS_PER_RUN) low = middle + 1
    else return codePoint - zero
  }
  return NOT_A_DIGIT
}

/**
 * The value of a decimal digit in any script, or -1 if `code` is not one.
 *
 * Accepts a UTF-16 code unit (`charCodeAt`) or a full code point (`codePointAt`).
 * With code units, digits above U+FFFF are never recognised: their surrogate
 * halves are not digits. Never throws: negative numbers, NaN, infinities and
 * numbers above U+10FFFF give -1. (`code` is meant to be an integer, as
 * `charCodeAt` and `codePointAt` return; a fraction such as 48.5 is outside the
 * contract and the ASCII fast path does not spend a check on it.)
 *
 * @example
 * ```ts
 * import { digitValueOf } from './unicode-digits.js'
 * digitValueOf('7'.charCodeAt(0))        // 7
 * digitValueOf('７'.charCodeAt(0))       // 7 (full-width)
 * digitValueOf('٧'.charCodeAt(0))        // 7 (Arabic-Indic)
 * digitValueOf('𝟕'.codePointAt(0) ?? 0)  // 7 (mathematical bold)
 * digitValueOf('x'.charCodeAt(0))        // -1
 * ```
 */
export function digitValueOf(code: number): number {
  // ASCII first: nearly every character of a chat is ASCII, and this is two compares.
  if (code <= CharCode.Nine) return code >= CharCode.Zero ? code - CharCode.Zero : NOT_A_DIGIT
  if (code < ASTRAL_START) return BMP_DIGIT_VALUES[code] ?? NOT_A_DIGIT
  return astralDigitValueOf(code)
}

/**
 * Matches any character in a block that holds non-ASCII decimal digits (and
 * much else: these are whole script ranges). Three ranges, so V8 tests it fast
 * even on two-byte strings; a text it does not match has only ASCII digits, and
 * the scanner can search for `[0-9]` alone. Covering every ZERO run in
 * {@link BMP_DIGIT_ZEROS} is asserted by `test/scanner/unicode-digits.test.ts`.
 */
export const MAY_HOLD_NON_ASCII_DIGITS = /[\u0660-\u1c59\ua620-\uabf9\uff10-\uff19]/

/** Every BMP decimal digit outside ASCII, for tests. */
export function nonAsciiBmpDigits(): string {
  let digits = ''
  for (const zero of BMP_DIGIT_ZEROS) for (let digit = 0; digit < DIGITS_PER_RUN; digit++) digits += String.fromCharCode(zero + digit)
  return digits
}
