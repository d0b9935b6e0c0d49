import { describe, expect, it } from 'vitest'
import { DIGIT_RANGES } from '../../src/data/unicode-digits.js'
import { CharCode } from '../../src/scanner/char-codes.js'
import {
  FIRST_NON_ASCII_DIGIT,
  LATIN1_DIGIT_CLASS,
  MAY_HOLD_NON_ASCII_DIGITS,
  digitValueOf,
  digitValueOfPair,
  isHighSurrogate,
  isLowSurrogate,
  mayStartAstralDigit,
  nonAsciiBmpDigits,
} from '../../src/scanner/unicode-digits.js'
import { deriveDigitRanges, digitOfCodePoint } from '../../scripts/generate-unicode-digits.js'

const MAX_CODE_POINT = 0x10ffff
const ASTRAL_START = 0x10000
const LATIN1_LIMIT = 0x100
const DIGITS_PER_RUN = 10
const decimalDigit = /^\p{Nd}$/u
const isSurrogate = (codePoint: number): boolean => codePoint >= 0xd800 && codePoint <= 0xdfff

/** The table's digit value of a code point, read from its rows directly. */
function tableValueOf(codePoint: number): number {
  for (const [first, last, value] of DIGIT_RANGES) if (codePoint >= first && codePoint <= last) return value + codePoint - first
  return -1
}

describe('digitValueOf', () => {
  it.each([
    ['ASCII 0', '0'.charCodeAt(0), 0],
    ['ASCII 9', '9'.charCodeAt(0), 9],
    ['full-width ７', '７'.charCodeAt(0), 7],
    ['Arabic-Indic ٧', '٧'.charCodeAt(0), 7],
    ['Persian ۷', '۷'.charCodeAt(0), 7],
    ['Devanagari ७', '७'.charCodeAt(0), 7],
    ['Thai ๗', '๗'.charCodeAt(0), 7],
    ['mathematical bold 𝟕 (code point)', '𝟕'.codePointAt(0) ?? 0, 7],
    ['mathematical monospace 𝟽 (code point)', '𝟽'.codePointAt(0) ?? 0, 7],
    ['Adlam 𞥗 (code point)', '𞥗'.codePointAt(0) ?? 0, 7],
    ['segmented 🯷 (code point)', 0x1fbf7, 7],
    ['superscript ² (No, NFKC "2")', '²'.charCodeAt(0), 2],
    ['superscript ⁰ (No, NFKC "0")', '⁰'.charCodeAt(0), 0],
    ['subscript ₇', '₇'.charCodeAt(0), 7],
    ['circled ⑦', '⑦'.charCodeAt(0), 7],
    ['circled zero ⓪', '⓪'.charCodeAt(0), 0],
    ['parenthesized ⑺ (NFKC "(7)")', '⑺'.charCodeAt(0), 7],
    ['full stop ⒎ (NFKC "7.")', '⒎'.charCodeAt(0), 7],
    ['comma 🄈 (NFKC "7,", code point)', '🄈'.codePointAt(0) ?? 0, 7],
    ['dingbat negative circled ❼ (no decomposition)', '❼'.charCodeAt(0), 7],
    ['dingbat circled sans-serif ➆', '➆'.charCodeAt(0), 7],
    ['double circled ⓻', '⓻'.charCodeAt(0), 7],
    ['negative circled zero ⓿', '⓿'.charCodeAt(0), 0],
    ['circled ten ⑩ (two digits)', '⑩'.charCodeAt(0), -1],
    ['dingbat ten ❿ (two digits)', '❿'.charCodeAt(0), -1],
    ['Roman numeral Ⅶ (Nl)', 'Ⅶ'.charCodeAt(0), -1],
    ['vulgar fraction ½', '½'.charCodeAt(0), -1],
    ['Ethiopic ፯ (a numeral of an additive system)', '፯'.charCodeAt(0), -1],
    ['CJK 七 (a letter)', '七'.charCodeAt(0), -1],
    ['letter x', 'x'.charCodeAt(0), -1],
    ['slash, just below "0"', '/'.charCodeAt(0), -1],
    ['colon, just above "9"', ':'.charCodeAt(0), -1],
    ['high surrogate of 𝟕', '𝟕'.charCodeAt(0), -1],
    ['low surrogate of 𝟕', '𝟕'.charCodeAt(1), -1],
    ['-1 (no character)', -1, -1],
    ['NaN', Number.NaN, -1],
    ['Infinity', Number.POSITIVE_INFINITY, -1],
    ['beyond U+10FFFF', 0x110000 + 0x30, -1],
  ])('%s → %i', (_name, code, expected) => {
    expect(digitValueOf(code)).toBe(expected)
  })
})

describe('the digit table (src/data/unicode-digits.ts) is what ICU says', () => {
  it('equals the rules of scripts/generate-unicode-digits.ts run over every code point (regenerate it if not)', () => {
    const derived = deriveDigitRanges().map((range) => [range.first, range.last, range.value])
    expect(DIGIT_RANGES.map((row) => [...row])).toEqual(derived)
  })

  it('digitValueOf agrees with the rules on every code point, 0 to U+10FFFF', () => {
    const disagreements: string[] = []
    for (let codePoint = 0; codePoint <= MAX_CODE_POINT; codePoint++) {
      const expected = digitOfCodePoint(codePoint)?.value ?? -1
      if (digitValueOf(codePoint) !== expected) disagreements.push(codePoint.toString(16))
    }
    expect(disagreements).toEqual([])
  })

  it('holds every \\p{Nd} digit, each at its place in a run of ten counting up from zero (the Nd stability policy)', () => {
    const disagreements: string[] = []
    let runStart = -2
    for (let codePoint = 0; codePoint <= MAX_CODE_POINT; codePoint++) {
      if (isSurrogate(codePoint) || !decimalDigit.test(String.fromCodePoint(codePoint))) continue
      if (!decimalDigit.test(String.fromCodePoint(codePoint - 1))) runStart = codePoint
      if (digitValueOf(codePoint) !== (codePoint - runStart) % DIGITS_PER_RUN) disagreements.push(codePoint.toString(16))
    }
    expect(disagreements).toEqual([])
  })

  it('every digit that is not Nd has a compatibility decomposition to that digit, or collates as it (root order)', () => {
    const collator = new Intl.Collator('und', { sensitivity: 'base' })
    for (const [first, last, value] of DIGIT_RANGES) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        const char = String.fromCodePoint(codePoint)
        if (decimalDigit.test(char)) continue
        const digit = String(value + codePoint - first)
        const decomposed = char.normalize('NFKC')
        const readsAsDigit = decomposed === char ? collator.compare(char, digit) === 0 : decomposed.replace(/[().,]/g, '') === digit
        expect(readsAsDigit, codePoint.toString(16)).toBe(true)
      }
    }
  })

  it('rows are ascending, disjoint, at most ten long, with values 0–9', () => {
    let previousLast = -1
    for (const [first, last, value] of DIGIT_RANGES) {
      expect(first).toBeGreaterThan(previousLast)
      expect(last).toBeGreaterThanOrEqual(first)
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value + last - first).toBeLessThanOrEqual(9)
      previousLast = last
    }
  })

  it('FIRST_NON_ASCII_DIGIT and CharCode.FirstNonAsciiDigit are the lowest digit above "9"', () => {
    let lowest = MAX_CODE_POINT
    for (let codePoint = 0x3a; codePoint <= MAX_CODE_POINT && lowest === MAX_CODE_POINT; codePoint++) if (tableValueOf(codePoint) >= 0) lowest = codePoint
    expect(FIRST_NON_ASCII_DIGIT).toBe(lowest)
    // The scanner's inlined copy of it.
    expect(CharCode.FirstNonAsciiDigit).toBe(lowest)
  })
})

describe('digitValueOfPair / mayStartAstralDigit (surrogate pairs)', () => {
  it('agrees with digitValueOf on every code point above U+FFFF, written as its pair', () => {
    const disagreements: string[] = []
    for (let codePoint = ASTRAL_START; codePoint <= MAX_CODE_POINT; codePoint++) {
      const pair = String.fromCodePoint(codePoint)
      const high = pair.charCodeAt(0)
      const value = digitValueOfPair(high, pair.charCodeAt(1))
      if (value !== digitValueOf(codePoint)) disagreements.push(codePoint.toString(16))
      if (value >= 0 && !mayStartAstralDigit(high)) disagreements.push(`${codePoint.toString(16)}:high`)
    }
    expect(disagreements).toEqual([])
  })

  it.each([
    ['a low surrogate first', 0xdfd5, 0xd835],
    ['a high surrogate and a letter', 0xd835, 'a'.charCodeAt(0)],
    ['a high surrogate at the end (NaN)', 0xd835, Number.NaN],
    ['two high surrogates', 0xd835, 0xd835],
    ['an emoji 😀', 0xd83d, 0xde00],
  ])('%s → -1', (_name, high, low) => {
    expect(digitValueOfPair(high, low)).toBe(-1)
  })

  it('tells the surrogate halves apart', () => {
    expect([isHighSurrogate(0xd835), isLowSurrogate(0xd835), isHighSurrogate(0xdfd5), isLowSurrogate(0xdfd5)]).toEqual([true, false, false, true])
    expect(mayStartAstralDigit(0xd83d)).toBe(false) // the emoji block of 😀…🙏 holds no digit
  })
})

describe("MAY_HOLD_NON_ASCII_DIGITS and LATIN1_DIGIT_CLASS (the scanner's fast-path switch)", () => {
  const latin1Digits = new RegExp(`[${LATIN1_DIGIT_CLASS}]`)

  it('between them match every non-ASCII BMP digit and every digit above U+FFFF', () => {
    for (const digit of nonAsciiBmpDigits()) {
      const code = digit.charCodeAt(0)
      const pattern = code < LATIN1_LIMIT ? latin1Digits : MAY_HOLD_NON_ASCII_DIGITS
      expect(pattern.test(digit), code.toString(16)).toBe(true)
    }
    for (const [first, last] of DIGIT_RANGES) {
      for (let codePoint = Math.max(first, ASTRAL_START); codePoint <= last; codePoint++) {
        expect(MAY_HOLD_NON_ASCII_DIGITS.test(String.fromCodePoint(codePoint)), codePoint.toString(16)).toBe(true)
      }
    }
  })

  it('LATIN1_DIGIT_CLASS is exactly "²", "³", "¹"; MAY_HOLD_NON_ASCII_DIGITS has no Latin-1 member (a one-byte string is never read)', () => {
    let latin1 = ''
    for (let code = 0; code < LATIN1_LIMIT; code++) {
      const char = String.fromCharCode(code)
      if (latin1Digits.test(char)) latin1 += char
      expect(MAY_HOLD_NON_ASCII_DIGITS.test(char)).toBe(false)
    }
    expect(latin1).toBe('²³¹')
  })

  it('does not match Latin accents, punctuation, CJK or emoji, those that share a high surrogate with digits included', () => {
    expect(MAY_HOLD_NON_ASCII_DIGITS.test('café “quoted” — naïve… € → カード番号 😀 👍 🙏 ❤ 𠀀 🎉 🤔 🥰 🏳️‍🌈 🤌 🧡')).toBe(false)
  })
})
