/**
 * Decimal digits of any script read as ASCII: the evaluation writes card numbers
 * in full-width, Arabic-Indic and Devanagari digits too, and a digit that survives
 * redaction is a digit whatever its script.
 */

/** Code points of the zero of every decimal-digit block a chat message is likely to use. */
const DIGIT_ZEROS: readonly number[] = [
  0x0030, // ASCII
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x07c0, // NKo
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0xff10, // Full-width
]

const DIGITS_PER_BLOCK = 10
const ASCII_ZERO = 0x30

/** The ASCII digit a UTF-16 code unit stands for, or undefined. */
export function asciiDigit(code: number): string | undefined {
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code < zero + DIGITS_PER_BLOCK) return String.fromCharCode(ASCII_ZERO + code - zero)
  }
  return undefined
}

/** Every decimal digit in `text`, in order, as ASCII. */
export function asciiDigitsOf(text: string): string {
  let digits = ''
  for (let index = 0; index < text.length; index++) digits += asciiDigit(text.charCodeAt(index)) ?? ''
  return digits
}

export function isDigitCode(code: number): boolean {
  return asciiDigit(code) !== undefined
}
