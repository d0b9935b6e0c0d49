import { describe, expect, it } from 'vitest'
import { MAY_HOLD_NON_ASCII_DIGITS, digitValueOf, nonAsciiBmpDigits } from '../../src/scanner/unicode-digits.js'

const BRIEF_BMP_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
]
const MAX_CODE_POINT = 0x10ffff

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
    ['segmented 🯷 (code point)', 0x1fbf7, 7],
    ['letter x', 'x'.charCodeAt(0), -1],
    ['slash, just below "0"', '/'.charCodeAt(0), -1],
    ['colon, just above "9"', ':'.charCodeAt(0), -1],
    ['superscript ² (No, not Nd)', '²'.charCodeAt(0), -1],
    ['circled ① (No, not Nd)', '①'.charCodeAt(0), -1],
    ['Roman numeral Ⅶ (Nl, not Nd)', 'Ⅶ'.charCodeAt(0), -1],
    ['high surrogate of 𝟕', '𝟕'.charCodeAt(0), -1],
    ['-1 (no character)', -1, -1],
    ['NaN', Number.NaN, -1],
    ['Infinity', Number.POSITIVE_INFINITY, -1],
    ['beyond U+10FFFF', 0x110000 + 0x30, -1],
  ])('%s → %i', (_name, code, expected) => {
    expect(digitValueOf(code)).toBe(expected)
  })

  it('covers every block listed in the design brief, zero to nine in order', () => {
    for (const zero of BRIEF_BMP_ZEROS) {
      for (let digit = 0; digit < 10; digit++) expect(digitValueOf(zero + digit), zero.toString(16)).toBe(digit)
      expect(digitValueOf(zero - 1), `before ${zero.toString(16)}`).toBe(-1)
    }
  })

  it('agrees with the engine\'s \\p{Nd} on every code point (Unicode 17.0 table)', () => {
    const decimalDigit = /^\p{Nd}$/u
    const disagreements: string[] = []
    for (let codePoint = 0; codePoint <= MAX_CODE_POINT; codePoint++) {
      const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff
      const expected = !isSurrogate && decimalDigit.test(String.fromCodePoint(codePoint))
      const value = digitValueOf(codePoint)
      if (expected !== value >= 0) disagreements.push(codePoint.toString(16))
      // Digits come in runs counting up from zero, so each digit is one more than the code point before it.
      if (value > 0 && digitValueOf(codePoint - 1) !== value - 1) disagreements.push(`${codePoint.toString(16)}:run`)
    }
    expect(disagreements).toEqual([])
  })
})

describe('MAY_HOLD_NON_ASCII_DIGITS (the scanner\'s fast-path switch)', () => {
  it('matches every non-ASCII BMP decimal digit, so the ASCII fast path never misses one', () => {
    for (const digit of nonAsciiBmpDigits()) expect(MAY_HOLD_NON_ASCII_DIGITS.test(digit)).toBe(true)
  })
  it('does not match ordinary chat punctuation, accents, CJK or emoji', () => {
    expect(MAY_HOLD_NON_ASCII_DIGITS.test('café “quoted” — naïve… カード番号 😀')).toBe(false)
  })
})
