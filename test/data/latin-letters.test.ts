import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText, foldedLetter, isCombiningMarkCode, isLatinLetterCode } from '../../src/data/latin-letters.js'

/** Latin-1 Supplement letters through Latin Extended-B: what the word reader folds. */
const FIRST = 0xc0
const LAST = 0x24f

describe('latin-letters: folding accented letters for keyword matching', () => {
  it.each([
    ['é', 'e'],
    ['Ü', 'u'],
    ['ó', 'o'],
    ['ż', 'z'],
    ['Å', 'a'],
    ['ç', 'c'],
    ['ñ', 'n'],
    ['ß', 'ss'],
    ['ł', 'l'],
    ['Ł', 'l'],
    ['ø', 'o'],
    ['æ', 'ae'],
    ['œ', 'oe'],
    ['þ', 'th'],
    ['đ', 'd'],
    ['A', 'a'],
    ['z', 'z'],
  ])('%s folds to %s', (letter, folded) => {
    expect(foldedLetter(letter.charCodeAt(0))).toBe(folded)
    expect(isLatinLetterCode(letter.charCodeAt(0))).toBe(true)
  })

  it.each([['×'], ['÷'], ['1'], [' '], ['-'], ['µ'], ['Ж'], ['ά'], ['卡']])('%s is not a Latin letter', (char) => {
    expect(isLatinLetterCode(char.charCodeAt(0))).toBe(false)
    expect(foldedLetter(char.charCodeAt(0))).toBe('')
  })

  it('every letter of the range folds to lower case, and to its NFD base letter when it has an ASCII one', () => {
    for (let code = FIRST; code <= LAST; code++) {
      const char = String.fromCharCode(code)
      if (!/\p{L}/u.test(char)) continue
      const folded = foldedLetter(code)
      expect(folded).toBe(folded.toLowerCase())
      const base = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
      if (/^[a-z]$/.test(base)) expect(folded).toBe(base)
    }
  })

  it('foldText: phrases as written become what the reader reads', () => {
    expect(foldText('Código de Seguridad')).toBe('codigo de seguridad')
    expect(foldText('GÜLTIG BIS')).toBe('gultig bis')
    expect(foldText('data ważności')).toBe('data waznosci')
    expect(foldText('date d’expiration')).toBe("date d'expiration")
    // NFD input: the combining accent is dropped.
    expect(foldText('co\u0301digo')).toBe('codigo')
    expect(isCombiningMarkCode(0x301)).toBe(true)
  })

  it('foldText is idempotent and never longer than twice its input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: LAST }).map((code) => String.fromCharCode(code)) }), (text) => {
        const folded = foldText(text)
        expect(foldText(folded)).toBe(folded)
        expect(folded.length).toBeLessThanOrEqual(2 * text.length)
      }),
    )
  })
})
