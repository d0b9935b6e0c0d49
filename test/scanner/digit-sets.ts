/**
 * Digits of every script and style chatmask knows, for property tests: one
 * set per row of the generated table (`src/data/unicode-digits.ts`), so a new
 * script in the table is tested without anyone listing it. And an oracle that
 * reads digits the way ICU does (compatibility decomposition, then collation),
 * independent of the runtime table, to check that nothing masked shows.
 */
import fc from 'fast-check'
import { DIGIT_RANGES } from '../../src/data/unicode-digits.js'

/** One row of the table as a digit set: the character for each value 0–9 it has. */
export interface DigitSet {
  /** "U+1D7CE" (the row's first code point): a name that prints no digit. */
  readonly name: string
  /** `digits[value]`, undefined where the row has no digit of that value ("⑴…⑼" has no zero). */
  readonly digits: readonly (string | undefined)[]
  /** True when some digit is above U+FFFF (two UTF-16 code units). */
  readonly astral: boolean
}

const ASCII_ZERO = 0x30
const ASTRAL_START = 0x10000

/** Every row of the table but ASCII itself. */
export const DIGIT_SETS: readonly DigitSet[] = DIGIT_RANGES.filter(([first]) => first !== ASCII_ZERO).map(([first, last, value]) => {
  const digits: (string | undefined)[] = Array.from({ length: 10 }, () => undefined)
  for (let codePoint = first; codePoint <= last; codePoint++) digits[value + codePoint - first] = String.fromCodePoint(codePoint)
  return { name: `U+${first.toString(16).toUpperCase()}`, digits, astral: first >= ASTRAL_START }
})

/** Marks drawn on a digit, as "fancy text" and emoji write them: none, keycap, strike-through, underline, both. */
export const DIGIT_DECORATIONS: readonly string[] = ['', '\ufe0f\u20e3', '\u0336', '\u0332', '\u0336\u0332']

/**
 * `text` with every ASCII digit written in `set` (ASCII where the set has no
 * digit of that value) and `decoration` after each. Other characters stay.
 */
export function writeDigitsIn(text: string, set: DigitSet, decoration = ''): string {
  let written = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= ASCII_ZERO && code <= ASCII_ZERO + 9) written += (set.digits[code - ASCII_ZERO] ?? char) + decoration
    else written += char
  }
  return written
}

const DECIMAL_DIGIT = /^\p{Nd}$/u
const rootCollator = new Intl.Collator('und', { sensitivity: 'base' })

/** The digit ICU reads `char` as: NFKC to one digit, or root collation equal to one; else undefined. */
function icuDigitOf(char: string): string | undefined {
  const decomposed = char.normalize('NFKC')
  if (decomposed !== char) {
    const digits = [...decomposed].map(icuDigitOf).filter((digit) => digit !== undefined)
    return digits.length === 1 ? digits[0] : digits.length > 1 ? digits.join('') : undefined
  }
  const code = char.charCodeAt(0)
  if (code >= ASCII_ZERO && code <= ASCII_ZERO + 9) return char
  if (code < 0x80) return undefined
  if (!DECIMAL_DIGIT.test(char) && !/^\p{No}$/u.test(char)) return undefined
  for (let digit = 0; digit <= 9; digit++) if (rootCollator.compare(char, String(digit)) === 0) return String(digit)
  return undefined
}

/**
 * Every digit a person sees in `text`, as ASCII, by ICU (the oracle), not by
 * chatmask's table: for leak checks on masked output.
 */
export function icuDigitsOf(text: string): string {
  let digits = ''
  for (const char of text) digits += icuDigitOf(char) ?? ''
  return digits
}

/** A digit set drawn from all of them, each equally likely. */
export const digitSetArbitrary: fc.Arbitrary<DigitSet> = fc.constantFrom(...DIGIT_SETS)

export { assertQuietly } from '../helpers/quiet-assert.js'
