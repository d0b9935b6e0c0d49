import { describe, expect, it } from 'vitest'
import {
  CARD_KEYWORD_PHRASES,
  CARD_WORDS_GLUED_BEFORE,
  CVV_KEYWORD_PHRASES,
  CVV_WORDS_GLUED,
  EXPIRY_KEYWORD_PHRASES,
  EXPIRY_WORDS_GLUED,
  LINKING_WORDS,
  MONTH_NAMES,
  VOCABULARIES,
} from '../../src/data/context-keywords.js'
import { foldText } from '../../src/data/latin-letters.js'
import {
  CONTEXT_AFTER_CHARS,
  CONTEXT_BEFORE_CHARS,
  LOOKBEHIND_CHARS,
  MAX_GLUED_WORD_AFTER_CHARS,
  MAX_GLUED_WORD_CHARS,
  MAX_MONTH_NAME_CHARS,
  MONTH_NAME_SPAN_CHARS,
} from '../../src/data/limits.js'

/** The languages the issue asks for, each with its own table. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv']

/** CLDR regional variants whose month names the tables also carry (de_AT "Jänner", es_PE "setiembre", fr_CA "juill."). */
const REGIONAL_LOCALES: Readonly<Record<string, readonly string[]>> = { de: ['de-AT'], es: ['es-PE'], fr: ['fr-CA'] }

/** Does this Node carry CLDR data for `locale` (full ICU), or only English? */
function hasCldrData(locale: string): boolean {
  const january = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 0, 15)))
  return locale.startsWith('en') || january !== 'January'
}

/** CLDR's month names for `locale` via Intl: wide and abbreviated, format and stand-alone, without a trailing dot. */
function cldrMonthNames(locale: string, month: number): string[] {
  const date = new Date(Date.UTC(2027, month, 15))
  const names: string[] = []
  for (const width of ['long', 'short'] as const) {
    names.push(new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(date))
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, timeZone: 'UTC' }).formatToParts(date)
    const part = parts.find((candidate) => candidate.type === 'month')
    if (part !== undefined) names.push(part.value)
  }
  // pt-PT's abbreviated stand-alone form comes back as "01/jan.": keep only words.
  return names.map((name) => name.replace(/\.$/, '')).filter((name) => /^\p{L}+$/u.test(name))
}

describe('vocabulary tables: one per language', () => {
  it('covers every language of the issue, each with card, expiry and CVV phrases and 12 months', () => {
    expect(VOCABULARIES.map((vocabulary) => vocabulary.language)).toEqual(LANGUAGES)
    for (const vocabulary of VOCABULARIES) {
      expect(vocabulary.card.length).toBeGreaterThan(0)
      expect(vocabulary.expiry.length).toBeGreaterThan(0)
      expect(vocabulary.cvv.length).toBeGreaterThan(0)
      expect(vocabulary.months).toHaveLength(12)
    }
  })

  it.each(LANGUAGES)('%s: month names include every CLDR form (wide, abbreviated, format, stand-alone)', (language) => {
    const vocabulary = VOCABULARIES.find((candidate) => candidate.language === language)
    if (vocabulary === undefined) throw new Error(`no table for ${language}`)
    for (const locale of [language, ...(REGIONAL_LOCALES[language] ?? [])]) {
      if (!hasCldrData(locale)) continue
      for (let month = 0; month < 12; month++) {
        const table = (vocabulary.months[month] ?? []).map((name) => name.toLowerCase())
        for (const name of cldrMonthNames(locale, month)) expect(table).toContain(name.toLowerCase())
      }
    }
  })

  it('no folded month name stands for two months', () => {
    const seen = new Map<string, number>()
    MONTH_NAMES.forEach((names, month) => {
      for (const name of names) {
        expect(seen.get(name) ?? month).toBe(month)
        seen.set(name, month)
      }
    })
  })

  it('the merged lists hold every table phrase, without duplicates', () => {
    for (const [merged, pick] of [
      [CARD_KEYWORD_PHRASES, 'card'],
      [EXPIRY_KEYWORD_PHRASES, 'expiry'],
      [CVV_KEYWORD_PHRASES, 'cvv'],
    ] as const) {
      expect(new Set(merged).size).toBe(merged.length)
      for (const vocabulary of VOCABULARIES) for (const phrase of vocabulary[pick]) expect(merged).toContain(phrase)
    }
  })

  it('glued forms are the one-word phrases, folded; the card list adds two-word phrases run together and brand names', () => {
    expect(CVV_WORDS_GLUED).toEqual(expect.arrayContaining(['cvv', 'cvc', 'ccv', 'prufnummer', 'sakerhetskod', 'cryptogramme']))
    expect(EXPIRY_WORDS_GLUED).toEqual(expect.arrayContaining(['exp', 'expiry', 'vencimiento', 'scadenza', 'vervaldatum', 'utgangsdatum']))
    expect(CARD_WORDS_GLUED_BEFORE).toEqual(expect.arrayContaining(['card', 'cardnumber', 'tarjeta', 'karte', 'cartao', 'visa']))
    for (const word of [...CVV_WORDS_GLUED, ...EXPIRY_WORDS_GLUED, ...CARD_WORDS_GLUED_BEFORE]) expect(word).toMatch(/^[a-z]+$/)
  })

  it('linking words are folded, and none is "and" in a table language (it would lend a keyword to the number before it)', () => {
    for (const word of LINKING_WORDS) expect(foldText(word)).toBe(word)
    for (const and of ['and', 'e', 'y', 'und', 'en', 'et', 'och', 'i', 'oraz']) expect(LINKING_WORDS).not.toContain(and)
  })

  it('the bounds derived from the tables are what the tables need', () => {
    const all = [...CARD_WORDS_GLUED_BEFORE, ...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED]
    expect(MAX_GLUED_WORD_CHARS).toBe(Math.max(...all.map((word) => word.length)))
    expect(MAX_GLUED_WORD_AFTER_CHARS).toBe(Math.max(...[...EXPIRY_WORDS_GLUED, ...CVV_WORDS_GLUED].map((word) => word.length)))
    expect(MAX_MONTH_NAME_CHARS).toBe(Math.max(...MONTH_NAMES.flat().map((name) => name.length)))
    expect(MONTH_NAME_SPAN_CHARS).toBe(MAX_MONTH_NAME_CHARS + '. '.length)
    // A month-name expiry reads its keyword before the month: inside what a stream keeps.
    expect(CONTEXT_BEFORE_CHARS + MONTH_NAME_SPAN_CHARS).toBeLessThan(LOOKBEHIND_CHARS)
    // Every CVV and expiry phrase fits after a number with a linking word before it ("737 is the card verification value").
    for (const phrase of [...CVV_KEYWORD_PHRASES, ...EXPIRY_KEYWORD_PHRASES]) expect(` is the ${phrase}`.length).toBeLessThanOrEqual(CONTEXT_AFTER_CHARS)
  })
})
