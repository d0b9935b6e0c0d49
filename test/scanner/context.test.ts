import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONTEXT_AFTER_CHARS, CONTEXT_BEFORE_CHARS } from '../../src/data/limits.js'
import { KeywordSet, hasKeywordAfter, hasKeywordBefore, wordsBetween } from '../../src/scanner/context.js'
import { Cursor } from '../../src/scanner/cursor.js'

const MASK = '*'
const KEYWORDS = new KeywordSet(['cvv', 'Prüfnummer', 'código de seguridad', 'kod bezpieczeństwa', 'security #', '3 digits', 'numbers on the back', '3 numbers on the back', 'säkerhetskod'])

function cursorOf(text: string, final = true): Cursor {
  const cursor = new Cursor()
  cursor.text = text
  cursor.final = final
  return cursor
}

/** Is there a keyword before the number that `marker` ("123") starts? */
function before(text: string, marker = '123'): boolean {
  const start = text.indexOf(marker)
  return hasKeywordBefore(cursorOf(text), start, KEYWORDS, MASK)
}

/** Is there a keyword after the number that `marker` ("123") ends? */
function after(text: string, marker = '123'): boolean {
  const end = text.indexOf(marker) + marker.length
  return hasKeywordAfter(cursorOf(text), end, KEYWORDS, MASK)
}

describe('context: words with letters beyond ASCII, matched folded', () => {
  it.each([
    ['accented, as written', 'Prüfnummer 123'],
    ['without the accent', 'prufnummer 123'],
    ['upper case', 'PRÜFNUMMER: 123'],
    ['upper case without accents', 'CODIGO DE SEGURIDAD 123'],
    ['accents decomposed (NFD, as macOS sends them)', 'co\u0301digo de seguridad 123'],
    ['Polish letters', 'kod bezpieczeństwa 123'],
    ['Polish, folded', 'kod bezpieczenstwa 123'],
    ['Swedish å, ä, ö', 'Säkerhetskod 123'],
    ['a "#" phrase', 'security # 123'],
    ['a numeral starting the phrase', 'the 3 digits 123'],
  ])('keyword before: %s', (_name, text) => {
    expect(before(text)).toBe(true)
  })

  it.each([
    ['as written', '123 ist die Prüfnummer', 'Prüfnummer'],
    ['folded', '123 es el codigo de seguridad', 'codigo de seguridad'],
    ['the longest phrase wins: a numeral after a linking word', '123 are the 3 numbers on the back', '3 numbers on the back'],
  ])('keyword after: %s', (_name, text) => {
    expect(after(text)).toBe(true)
  })

  it.each([
    ['a word that only ends in a keyword', 'abcvv 123'],
    ['a keyword that belongs to an earlier number', 'cvv 5 days, room 123'],
    ['a numeral with no phrase of its own', 'cvv 3 days, room 123'],
    ['an accented letter glued in front', 'écvv 123'],
  ])('no keyword before: %s', (_name, text) => {
    expect(before(text)).toBe(false)
  })

  it('a word cut by the look-behind window is only its tail, and no keyword', () => {
    const text = `x${'cvv'}${' '.repeat(CONTEXT_BEFORE_CHARS - 3)}123`
    expect(text.indexOf('123') - text.indexOf('cvv')).toBe(CONTEXT_BEFORE_CHARS)
    expect(before(text)).toBe(false)
    expect(before(text.slice(1))).toBe(true)
  })

  it('the look-ahead stops early on a word that starts no keyword, accented or not', () => {
    // Reading past the limit throws in a stream: a stop before it proves the early exit.
    for (const tail of [' thanks', ' über', ' żółw', ' 45']) {
      const cursor = cursorOf(`123${tail}`, false)
      expect(hasKeywordAfter(cursor, 3, KEYWORDS, MASK)).toBe(false)
    }
  })

  it('reads no further than CONTEXT_AFTER_CHARS', () => {
    const text = `123 is${' the'.repeat(CONTEXT_AFTER_CHARS)} cvv`
    expect(after(text)).toBe(false)
  })

  it('wordsBetween reads a message into folded words, numerals and "#" included', () => {
    const cursor = cursorOf('Código de Seguridad: the 3 digits, security # (it’s CVV2)')
    expect(wordsBetween(cursor, 0, cursor.text.length)).toEqual(['codigo', 'de', 'seguridad', 'the', '3', 'digits', 'security', '#', "it's", 'cvv2'])
  })

  it('any casing and folding of a phrase reads as the same words', () => {
    const phrases = ['Prüfnummer', 'código de seguridad', 'kod bezpieczeństwa', 'säkerhetskod']
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), fc.boolean(), (phrase, upper, fold) => {
        const written = [...(fold ? phrase.normalize('NFD').replace(/\p{M}/gu, '') : phrase)]
          .map((char, index) => (upper[index % upper.length] === true ? char.toUpperCase() : char))
          .join('')
        expect(before(`${written} 123`)).toBe(true)
        expect(after(`123 ${written}`)).toBe(true)
      }),
    )
  })
})

describe('KeywordSet.mayEndPhraseIn(): the quick check never hides a keyword', () => {
  it('every phrase of every table, in any case, before a number, is still found', async () => {
    const tables = await import('../../src/data/context-keywords.js')
    const { PHONE_KEYWORD_PHRASES } = await import('../../src/data/pii-keywords.js')
    const phraseLists = [tables.CVV_KEYWORD_PHRASES, tables.EXPIRY_KEYWORD_PHRASES, tables.CARD_KEYWORD_PHRASES, PHONE_KEYWORD_PHRASES]
    for (const phrases of phraseLists) {
      const keywords = new KeywordSet(phrases)
      for (const phrase of phrases) {
        for (const written of [phrase, phrase.toUpperCase(), phrase.charAt(0).toUpperCase() + phrase.slice(1)]) {
          const cursor = new Cursor()
          cursor.text = `${written}: 123`
          cursor.final = true
          const start = cursor.text.length - 3
          if (!hasKeywordBefore(cursor, start, keywords, '*')) throw new Error(`a keyword phrase was not found before a number (list of ${phrases.length}, phrase #${phrases.indexOf(phrase)})`)
        }
      }
    }
  })
})

describe('KeywordSet: a long word of a phrase may carry one typo', () => {
  it('every phrase whose earlier word has 7+ letters is still found with a letter dropped, doubled or swapped', async () => {
    const { CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES } = await import('../../src/data/context-keywords.js')
    for (const phrases of [CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES]) {
      const keywords = new KeywordSet(phrases)
      fc.assert(
        fc.property(fc.constantFrom(...phrases.filter((phrase) => /^[a-z]{7,} [a-z]/.test(phrase))), fc.nat(), fc.constantFrom('drop', 'double', 'swap'), (phrase, at, edit) => {
          const [word, ...rest] = phrase.split(' ') as [string, ...string[]]
          const i = at % word.length
          const typo = edit === 'drop' ? word.slice(0, i) + word.slice(i + 1) : edit === 'double' ? word.slice(0, i) + word[i] + word.slice(i) : word.slice(0, i) + (word[i] === 'x' ? 'y' : 'x') + word.slice(i + 1)
          const cursor = new Cursor()
          cursor.text = `${[typo, ...rest].join(' ')} 123`
          cursor.final = true
          expect(hasKeywordBefore(cursor, cursor.text.length - 3, keywords, '*')).toBe(true)
        }),
      )
    }
  })

  it('short words and a phrase’s last word must match exactly', () => {
    const keywords = new KeywordSet(['security code'])
    for (const text of ['security cod 123', 'security node 123', 'secrity mode 123']) {
      const cursor = new Cursor()
      cursor.text = text
      cursor.final = true
      expect(hasKeywordBefore(cursor, text.length - 3, keywords, '*')).toBe(false)
    }
  })
})
