/**
 * Digits as a reader sees them, read as ASCII: a digit that survives redaction
 * is a digit whatever its script or decoration. The evaluation writes card
 * numbers and CVVs in full-width, Arabic-Indic, Devanagari, mathematical bold,
 * double-struck, circled and keycap digits, so scoring must read all of them.
 *
 * Deliberately independent of chatmask's own digit table
 * (`src/data/unicode-digits.ts`): the judge must not share the code it judges.
 * Its rules come from the JavaScript engine's Unicode data instead:
 * - General_Category Nd: Unicode assigns decimal digits only in runs of ten
 *   consecutive code points counting 0…9 (Unicode Standard §4.6, stability
 *   policy), so a digit's value is its distance from the start of its run of
 *   Nd code points, modulo 10 (the mathematical digits U+1D7CE–U+1D7FF are five
 *   such runs back to back);
 * - other numbers (No) whose compatibility decomposition (NFKC) is one ASCII
 *   digit, maybe with punctuation: superscripts, subscripts, circled,
 *   parenthesized and full-stop digits ("¹", "₂", "③", "⑷", "⒌");
 * - the dingbat circled digits (No, without a decomposition): "❶", "➀", "➊", "⓿", "⓵".
 * A keycap ("4️⃣") is an ASCII digit followed by U+FE0F U+20E3: its digit is read as ASCII.
 */

const DIGITS_PER_RUN = 10
const ASCII_ZERO = 0x30
const ASCII_NINE = 0x39
/** Code points from here are two UTF-16 code units (a surrogate pair). */
const ASTRAL_START = 0x10000

const DECIMAL_DIGIT = /^\p{Nd}$/u
const OTHER_NUMBER = /^\p{No}$/u

/** Dingbat and enclosed digits without a decomposition: first code point, last, value of the first. */
const UNDECOMPOSED_DIGIT_ROWS: readonly (readonly [number, number, number])[] = [
  [0x24f5, 0x24fd, 1], // ⓵…⓽ DOUBLE CIRCLED DIGIT ONE to NINE
  [0x24ff, 0x24ff, 0], // ⓿ NEGATIVE CIRCLED DIGIT ZERO
  [0x2776, 0x277e, 1], // ❶…❾ DINGBAT NEGATIVE CIRCLED DIGIT ONE to NINE
  [0x2780, 0x2788, 1], // ➀…➈ DINGBAT CIRCLED SANS-SERIF DIGIT ONE to NINE
  [0x278a, 0x2792, 1], // ➊…➒ DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ONE to NINE
  [0x1f10b, 0x1f10b, 0], // 🄋 DINGBAT CIRCLED SANS-SERIF DIGIT ZERO
  [0x1f10c, 0x1f10c, 0], // 🄌 DINGBAT NEGATIVE CIRCLED SANS-SERIF DIGIT ZERO
]

/** Value (0–9) or -1 per code point, filled on first use. */
const cache = new Map<number, number>()

function isDecimal(codePoint: number): boolean {
  return DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))
}

function computeValue(codePoint: number): number {
  if (codePoint >= ASCII_ZERO && codePoint <= ASCII_NINE) return codePoint - ASCII_ZERO
  const character = String.fromCodePoint(codePoint)
  if (DECIMAL_DIGIT.test(character)) {
    let first = codePoint
    while (first > 0 && isDecimal(first - 1)) first--
    return (codePoint - first) % DIGITS_PER_RUN
  }
  if (!OTHER_NUMBER.test(character)) return -1
  for (const [first, last, value] of UNDECOMPOSED_DIGIT_ROWS) if (codePoint >= first && codePoint <= last) return value + codePoint - first
  const decomposed = character.normalize('NFKC').replace(/[().,\s]/g, '')
  if (decomposed.length === 1) {
    const code = decomposed.charCodeAt(0)
    if (code >= ASCII_ZERO && code <= ASCII_NINE) return code - ASCII_ZERO
  }
  return -1
}

/** The digit value (0–9) of a code point, or -1. */
export function digitValue(codePoint: number): number {
  let value = cache.get(codePoint)
  if (value === undefined) {
    value = computeValue(codePoint)
    cache.set(codePoint, value)
  }
  return value
}

/** UTF-16 code units of a code point: 1, or 2 above U+FFFF. */
export function codeUnitsOf(codePoint: number): number {
  return codePoint >= ASTRAL_START ? 2 : 1
}

/** The ASCII digit of the code point starting at `index` of `text`, or undefined (also in the middle of a pair). */
export function asciiDigitAt(text: string, index: number): string | undefined {
  const codePoint = text.codePointAt(index)
  if (codePoint === undefined) return undefined
  const value = digitValue(codePoint)
  return value < 0 ? undefined : String.fromCharCode(ASCII_ZERO + value)
}

/** Every digit in `text`, in order, as ASCII. */
export function asciiDigitsOf(text: string): string {
  let digits = ''
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0
    const value = digitValue(codePoint)
    if (value >= 0) digits += String.fromCharCode(ASCII_ZERO + value)
    index += codeUnitsOf(codePoint)
  }
  return digits
}

/** Whether the code point starting at `index` of `text` is a digit. */
export function isDigitAt(text: string, index: number): boolean {
  return asciiDigitAt(text, index) !== undefined
}
