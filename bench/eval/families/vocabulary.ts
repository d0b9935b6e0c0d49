/**
 * Vocabulary families of issue 12: CVV and expiry keywords in the nine
 * languages of chatmask's vocabulary tables, misspelled, glued to the value,
 * and expiry dates written with month names.
 *
 * Two sources of words, each a facet, so a figure never rests only on the
 * tables the detectors read: the tables themselves (`VOCABULARIES`, imported),
 * and the words written for the evaluation in `languages.ts`. Month names come
 * from the JavaScript engine's CLDR data (`Intl.DateTimeFormat`), not from the
 * tables' month lists.
 */
import fc from 'fast-check'
import { VOCABULARIES } from '../../../src/data/context-keywords.js'
import type { Vocabulary } from '../../../src/data/vocabulary/vocabulary.js'
import { cardPiece, cases, commonFormattedPanArbitrary, cvvPiece, digitString, EXPIRY_FORMATS, expiryPiece, futureMonthArbitrary, pad, sample, type CategorySpec } from '../building-blocks.js'
import { asciiDigitsOf } from '../digits.js'
import { compose, type EvalCase, type Piece } from '../labels.js'
import { evalLanguage, type EvalLanguage, type Frame } from './languages.js'

type KeywordSource = 'vocabulary table' | 'written for the eval' | 'misspelled'

interface Keyword {
  readonly phrase: string
  readonly language: string
  readonly source: KeywordSource
}

/** Digit-free phrases only: a digit outside a label would be read as leaked by black-box scoring of a peer. */
function digitFree(phrase: string): boolean {
  return asciiDigitsOf(phrase) === '' || /^[a-z]+2$/i.test(phrase)
}

function keywordsOf(pick: (vocabulary: Vocabulary) => readonly string[], written: (language: EvalLanguage) => readonly string[], misspelled?: (language: EvalLanguage) => readonly string[]): Keyword[] {
  return VOCABULARIES.flatMap((vocabulary) => {
    const language = evalLanguage(vocabulary.language)
    return [
      ...pick(vocabulary).filter(digitFree).map((phrase): Keyword => ({ phrase, language: vocabulary.language, source: 'vocabulary table' })),
      ...written(language).map((phrase): Keyword => ({ phrase, language: vocabulary.language, source: 'written for the eval' })),
      ...(misspelled?.(language) ?? []).map((phrase): Keyword => ({ phrase, language: vocabulary.language, source: 'misspelled' })),
    ]
  })
}

const CVV_KEYWORDS = keywordsOf((vocabulary) => vocabulary.cvv, (language) => language.cvvWritten)
const EXPIRY_KEYWORDS = keywordsOf((vocabulary) => vocabulary.expiry, (language) => language.expiryWritten)
const MISSPELLED_CVV = keywordsOf(() => [], () => [], (language) => language.cvvMisspelled)
const MISSPELLED_EXPIRY = keywordsOf(() => [], () => [], (language) => language.expiryMisspelled)

/** The languages in table order. */
const LANGUAGES = VOCABULARIES.map((vocabulary) => vocabulary.language)

/** How a keyword is cased: as written, lower, upper, or capitalised. */
const CASINGS: Readonly<Record<string, (text: string) => string>> = {
  'as written': (text) => text,
  lower: (text) => text.toLowerCase(),
  upper: (text) => text.toUpperCase(),
  capitalised: (text) => text.charAt(0).toUpperCase() + text.slice(1),
}

/** A code's length as the keyword implies it: 4 for Amex's CID, 3 otherwise. */
function cvvLength(phrase: string): number {
  return /\b(cid|amex|four|vier|quatre|cuatro|quattro|vier|fyra|cztery)\b/i.test(phrase) ? 4 : 3
}

/** Equal numbers of cases per language: draws keywords of one language at a time. */
function perLanguage<T>(keywords: readonly Keyword[], count: number, seed: number, draw: (keyword: fc.Arbitrary<Keyword>, language: EvalLanguage) => fc.Arbitrary<T>): { value: T; language: string }[] {
  const each = Math.max(1, Math.round(count / LANGUAGES.length))
  return LANGUAGES.flatMap((language, index) => {
    const own = keywords.filter((keyword) => keyword.language === language)
    if (own.length === 0) return []
    // Each source equally often: the tables hold many more phrases than the words written here.
    const sources = [...new Set(own.map((keyword) => keyword.source))].map((source) => fc.constantFrom(...own.filter((keyword) => keyword.source === source)))
    return sample(draw(fc.oneof(...sources), evalLanguage(language)), seed + index, each).map((value) => ({ value, language }))
  })
}

function framed(frame: Frame, keyword: string, value: Piece): Piece[] {
  const [before, middle, after] = frame
  return [before, keyword, middle, value, after]
}

// ---------------------------------------------------------------------------

/** "Prüfnummer 123", "code de sécurité : 123", "mi código CVV es 123": keyword, then the code. */
function buildCvvKeywords(keywords: readonly Keyword[], id: string) {
  return (seed: number, count: number): EvalCase[] => {
    const drawn = perLanguage(keywords, count, seed, (keyword, language) =>
      fc.tuple(keyword, fc.constantFrom(...language.frames), fc.constantFrom(...Object.keys(CASINGS))).chain(([chosen, frame, casing]) => fc.tuple(fc.constant(chosen), fc.constant(frame), fc.constant(casing), digitString(cvvLength(chosen.phrase)))),
    )
    return cases(
      id,
      drawn.map(({ value: [keyword, frame, casing, code] }) => [compose(framed(frame, (CASINGS[casing] as (text: string) => string)(keyword.phrase), cvvPiece(code)))]),
      drawn.map(({ value: [keyword, , casing] }) => ({ language: keyword.language, source: keyword.source, casing, keyword: `${keyword.language}: ${keyword.phrase}` })),
    )
  }
}

/** Numeric expiry formats (the month-name ones are their own family). */
const NUMERIC_EXPIRY_FORMATS = ['MM/YY', 'MM/YYYY', 'MM-YY', 'M/YY', 'MMYY', 'MM / YY']

/** "gültig bis 12/29", "fecha de caducidad: 12/2029", "la scadenza è 1229". */
function buildExpiryKeywords(keywords: readonly Keyword[], id: string) {
  return (seed: number, count: number): EvalCase[] => {
    const drawn = perLanguage(keywords, count, seed, (keyword, language) => fc.tuple(keyword, fc.constantFrom(...language.frames), fc.constantFrom(...Object.keys(CASINGS)), futureMonthArbitrary, fc.constantFrom(...NUMERIC_EXPIRY_FORMATS)))
    return cases(
      id,
      drawn.map(({ value: [keyword, frame, casing, { month, year }, format] }) => {
        const text = (EXPIRY_FORMATS[format] as (m: number, y: number) => string)(month, year)
        return [compose(framed(frame, (CASINGS[casing] as (text: string) => string)(keyword.phrase), expiryPiece({ text })))]
      }),
      drawn.map(({ value: [keyword, , casing, , format] }) => ({ language: keyword.language, source: keyword.source, casing, format, keyword: `${keyword.language}: ${keyword.phrase}` })),
    )
  }
}

// ---------------------------------------------------------------------------
// Month names

/** A month's names in a language, from the engine's CLDR data: abbreviated and wide, stand-alone. */
function monthNames(language: string, month: number): { short: string; long: string } {
  const date = new Date(Date.UTC(2026, month - 1, 15))
  const name = (style: 'short' | 'long') => new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' }).format(date)
  return { short: name('short'), long: name('long') }
}

/** "Dec 2029", "déc. 2029", "Dez. 2029", "dic 2029", "grudzień 2029": after an expiry keyword of the language or after a card. */
function buildMonthNames(seed: number, count: number): EvalCase[] {
  const drawn = perLanguage(EXPIRY_KEYWORDS, count, seed, (keyword) =>
    fc.tuple(keyword, futureMonthArbitrary, fc.constantFrom('short (CLDR)', 'short with a dot', 'short, no dot', 'short, capitalised', 'long'), fc.constantFrom('keyword', 'after a card'), commonFormattedPanArbitrary()),
  )
  return cases(
    'vocab_month_names',
    drawn.map(({ language, value: [keyword, { month, year }, style, context, pan] }) => {
      const names = monthNames(language, month)
      let name = style === 'long' ? names.long : names.short
      if (style === 'short, no dot') name = name.replace(/\.$/, '')
      if (style === 'short with a dot') name = `${name.replace(/\.$/, '')}.`
      if (style === 'short, capitalised') name = name.charAt(0).toUpperCase() + name.slice(1)
      const monthWord = name.replace(/\.$/, '')
      const expiry = expiryPiece({ text: `${name} ${year}`, monthWord })
      return [compose(context === 'keyword' ? [keyword.phrase, ' ', expiry] : ['card ', cardPiece(pan), ' ', expiry])]
    }),
    drawn.map(({ language, value: [, , style, context] }) => ({ language, style, context })),
  )
}

// ---------------------------------------------------------------------------
// Glued forms

/** One-word keywords of letters only (not "cvv2", whose digit would run into the code): the ones a customer glues to a number. */
function oneWord(keywords: readonly Keyword[]): Keyword[] {
  return keywords.filter((keyword) => /^\p{L}+$/u.test(keyword.phrase))
}

const GLUED_CVV = oneWord(CVV_KEYWORDS)
const GLUED_EXPIRY = oneWord(EXPIRY_KEYWORDS)
/** The networks' own names for the code, used in every language. */
const INTERNATIONAL_CVV_WORDS = ['cvv', 'cvc', 'CVV']

/** Glued forms: `cvv123`, `exp12/29`, `4111…cvv123`, `4111…exp12/29`, `exp12/29cvv123`, `4111…exp1229cvv123`. */
const GLUED_FORMS: readonly (readonly [string, (parts: { pan: Piece; cvvWord: string; expiryWord: string; cvv: Piece; expiry: Piece; compactExpiry: Piece }) => Piece[]])[] = [
  ['cvv123', ({ cvvWord, cvv }) => [cvvWord, cvv]],
  ['CVV:123', ({ cvvWord, cvv }) => [cvvWord.toUpperCase(), ':', cvv]],
  ['exp12/29', ({ expiryWord, expiry }) => [expiryWord, expiry]],
  ['exp1229', ({ expiryWord, compactExpiry }) => [expiryWord, compactExpiry]],
  ['4111…cvv123', ({ pan, cvvWord, cvv }) => [pan, cvvWord, cvv]],
  ['4111…exp12/29', ({ pan, expiryWord, expiry }) => [pan, expiryWord, expiry]],
  ['exp12/29cvv123', ({ expiryWord, expiry, cvvWord, cvv }) => [expiryWord, expiry, cvvWord, cvv]],
  ['4111…exp1229cvv123', ({ pan, expiryWord, compactExpiry, cvvWord, cvv }) => [pan, expiryWord, compactExpiry, cvvWord, cvv]],
  ['4111… exp12/29 cvv123', ({ pan, expiryWord, expiry, cvvWord, cvv }) => [pan, ' ', expiryWord, expiry, ' ', cvvWord, cvv]],
]

function buildGlued(seed: number, count: number): EvalCase[] {
  const each = Math.max(1, Math.round(count / LANGUAGES.length))
  const drawn = LANGUAGES.flatMap((language, index) => {
    // A language without a one-word code name (Spanish "código de seguridad") glues the international "cvv".
    const ownCvvWords = GLUED_CVV.filter((keyword) => keyword.language === language)
    const cvvWords = ownCvvWords.length > 0 ? ownCvvWords : INTERNATIONAL_CVV_WORDS.map((phrase): Keyword => ({ phrase, language, source: 'written for the eval' }))
    const expiryWords = GLUED_EXPIRY.filter((keyword) => keyword.language === language)
    if (expiryWords.length === 0) return []
    return sample(fc.tuple(fc.constantFrom(...cvvWords), fc.constantFrom(...expiryWords), fc.constantFrom(...GLUED_FORMS), commonFormattedPanArbitrary(), futureMonthArbitrary, digitString(3)), seed + index, each).map((value) => ({ language, value }))
  })
  return cases(
    'vocab_glued',
    drawn.map(({ value: [cvvWord, expiryWord, [, write], pan, { month, year }, code] }) => [
      compose(
        write({
          pan: cardPiece({ ...pan, text: pan.digits }),
          cvvWord: cvvWord.phrase,
          expiryWord: expiryWord.phrase,
          cvv: cvvPiece(code),
          expiry: expiryPiece({ text: `${pad(month)}/${pad(year % 100)}` }),
          compactExpiry: expiryPiece({ text: `${pad(month)}${pad(year % 100)}` }),
        }),
      ),
    ]),
    drawn.map(({ language, value: [, , [form]] }) => ({ language, form })),
  )
}

// ---------------------------------------------------------------------------

function buildMisspelled(seed: number, count: number): EvalCase[] {
  const half = Math.max(1, Math.round(count / 2))
  const cvvCases = buildCvvKeywords(MISSPELLED_CVV, 'vocab_misspelled')(seed, half)
  const expiryCases = buildExpiryKeywords(MISSPELLED_EXPIRY, 'vocab_misspelled')(seed + 1, half)
  return [...cvvCases.map((testCase) => ({ ...testCase, facets: { ...testCase.facets, value: 'cvv' } })), ...expiryCases.map((testCase) => ({ ...testCase, facets: { ...testCase.facets, value: 'expiry' } }))].map((testCase, index) => ({ ...testCase, id: `vocab_misspelled#${index}` }))
}

export const VOCABULARY_FAMILIES: readonly CategorySpec[] = [
  { id: 'vocab_cvv', title: 'CVV keywords, 9 languages (tables and words written for the eval)', kind: 'positive', count: 450, build: buildCvvKeywords(CVV_KEYWORDS, 'vocab_cvv') },
  { id: 'vocab_expiry', title: 'Expiry keywords, 9 languages (tables and words written for the eval)', kind: 'positive', count: 450, build: buildExpiryKeywords(EXPIRY_KEYWORDS, 'vocab_expiry') },
  { id: 'vocab_misspelled', title: 'Misspelled CVV and expiry keywords, 9 languages', kind: 'positive', count: 300, build: buildMisspelled },
  { id: 'vocab_glued', title: 'Keywords glued to the value or the card (cvv123, exp12/29, 4111…cvv123), 9 languages', kind: 'positive', count: 270, build: buildGlued },
  { id: 'vocab_month_names', title: 'Expiry with a month name (Dec 2029, déc. 2029, Dez. 2029), 9 languages', kind: 'positive', count: 360, build: buildMonthNames },
]

/** For tests: the keyword lists the families draw from. */
export const VOCABULARY_KEYWORDS = { cvv: CVV_KEYWORDS, expiry: EXPIRY_KEYWORDS, misspelledCvv: MISSPELLED_CVV, misspelledExpiry: MISSPELLED_EXPIRY } as const

