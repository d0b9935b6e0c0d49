/**
 * Card-number families of issue 12: every row of the issuer table, unlisted
 * schemes in card context (fail closed), mixed, weak and unusual separators,
 * parentheses, commas, dumps, URLs, and digits outside ASCII (above U+FFFF,
 * circled, keycap). Every card is generated from the issuer table
 * (`test/helpers/cards.ts`), never a real one.
 */
import fc from 'fast-check'
import { IIN_RANGES } from '../../../src/data/iin-ranges.js'
import { VOCABULARIES } from '../../../src/data/context-keywords.js'
import { cardBrandOf } from '../../../src/validators/index.js'
import { completeWithLuhn, panInRangeArbitrary, validPanArbitrary, type FormattedPan } from '../../../test/helpers/cards.js'
import {
  cardPiece,
  cases,
  commonFormattedPanArbitrary,
  cvvPiece,
  digitString,
  expiryPiece,
  futureMonthArbitrary,
  grouped,
  LEAD_AND_TRAIL,
  pad,
  sample,
  type CategorySpec,
} from '../building-blocks.js'
import { compose, UNLISTED_BRAND, type EvalCase, type EvalMessage, type Piece } from '../labels.js'
import { evalLanguage } from './languages.js'

const CLASSIC_GROUP = 4

/** Group sizes people print a PAN of `length` digits in: 4-6-5 (Amex) and 4-6-4 (Diners), else fours. */
function printedGroups(length: number): number[] {
  if (length === 15) return [4, 6, 5]
  if (length === 14) return [4, 6, 4]
  const groups: number[] = []
  for (let left = length; left > 0; left -= CLASSIC_GROUP) groups.push(Math.min(CLASSIC_GROUP, left))
  return groups
}

/** `digits` cut into `groups` and joined by `gaps` (one per boundary). */
function joinGroups(digits: readonly string[], groups: readonly number[], gaps: readonly string[]): string {
  let text = ''
  let offset = 0
  groups.forEach((size, index) => {
    if (index > 0) text += gaps[index - 1] ?? ''
    text += digits.slice(offset, offset + size).join('')
    offset += size
  })
  return text
}

/** A PAN printed in its usual groups with the given gaps. */
function withGaps(pan: { readonly digits: string }, gaps: readonly string[]): string {
  return joinGroups([...pan.digits], printedGroups(pan.digits.length), gaps)
}

function gapCount(pan: { readonly digits: string }): number {
  return printedGroups(pan.digits.length).length - 1
}

// ---------------------------------------------------------------------------
// Every row of the issuer table

/** Every (row, length) the issuer table issues. */
const ROW_LENGTHS = IIN_RANGES.flatMap((range) => range.lengths.map((length) => ({ range, length })))

/** Draws tried per (row, length) for a number the row itself owns (a nested row of another brand may claim some). */
const DRAWS_PER_ROW = 40

/**
 * One or more cards of every (row, length) of the issuer table (an evenly
 * spread subset of rows when `count` is smaller), so every range is tested,
 * not only every brand; printed contiguous, in groups with spaces or hyphens.
 */
function buildIssuerRows(seed: number, count: number): EvalCase[] {
  const perRow = Math.max(1, Math.round(count / ROW_LENGTHS.length))
  const step = Math.max(1, Math.floor(ROW_LENGTHS.length / count))
  const messages: EvalMessage[][] = []
  const facets: Record<string, string>[] = []
  ROW_LENGTHS.forEach(({ range, length }, index) => {
    if (index % step !== 0) return
    const owned = sample(panInRangeArbitrary(range, length), seed + index, DRAWS_PER_ROW).filter((digits) => cardBrandOf(digits) === range.brand)
    const styles = sample(fc.tuple(fc.constantFrom<readonly string[]>([''], [' '], ['-']), LEAD_AND_TRAIL), seed - index, perRow)
    owned.slice(0, perRow).forEach((digits, drawn) => {
      const [[gap], [lead, trail]] = styles[drawn] ?? [[''], ['', '']]
      const text = gap === '' ? digits : withGaps({ digits }, Array.from({ length: gapCount({ digits }) }, () => gap ?? ' '))
      const pan: FormattedPan = { text, digits, brand: range.brand }
      messages.push([compose([lead, cardPiece(pan), trail])])
      facets.push({ brand: range.brand, length: `${length} digits`, prefix: `${range.start.length}-digit prefix` })
    })
  })
  return cases('card_issuer_rows', messages, facets)
}

// ---------------------------------------------------------------------------
// Unlisted schemes in card context

/** First digits at which the issuer table has no row for some lengths (0 and 7 for none). */
const UNLISTED_FIRST_DIGITS = ['0', '1', '7', '8', '9'] as const
const MIN_CARD_DIGITS = 12
const MAX_CARD_DIGITS = 19

/** A Luhn-valid 12–19 digit number that no row of the issuer table holds. */
export const unlistedPanArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...UNLISTED_FIRST_DIGITS), fc.integer({ min: MIN_CARD_DIGITS, max: MAX_CARD_DIGITS }))
  .chain(([first, length]) => digitString(length - 2).map((body) => completeWithLuhn(first + body)))
  .filter((digits) => cardBrandOf(digits) === undefined)

/** A card of an unlisted scheme as a label (its whole PAN). */
export function unlistedCardPiece(text: string, digits: string): Piece {
  return { text, label: { type: 'card_number', digits, card: { pan: digits, brand: UNLISTED_BRAND, firstDigit: 0, format: 'unlisted scheme' } } }
}

/**
 * "card 7000 …": a Luhn-valid number of no listed scheme after a card word of
 * one of the nine languages: half from the language's table, half written for
 * the evaluation (`languages.ts`). In card context a card is a card whatever
 * its prefix (issue 12: fail closed).
 */
function buildUnlistedInContext(seed: number, count: number): EvalCase[] {
  const each = Math.max(1, Math.round(count / VOCABULARIES.length))
  const messages: EvalMessage[][] = []
  const facets: Record<string, string>[] = []
  VOCABULARIES.forEach((vocabulary, index) => {
    const tableLead = fc.constantFrom(...vocabulary.card).map((phrase) => ({ lead: `${phrase} `, source: 'vocabulary table' }))
    const writtenLead = fc.constantFrom(...evalLanguage(vocabulary.language).cardWritten).map((phrase) => ({ lead: `${phrase}: `, source: 'written for the eval' }))
    const drawn = sample(fc.tuple(unlistedPanArbitrary, fc.oneof(tableLead, writtenLead), fc.constantFrom('', ' ', '-'), fc.constantFrom('', ' please', '.', ' thanks')), seed + index, each)
    for (const [digits, { lead, source }, gap, trail] of drawn) {
      const text = gap === '' ? digits : grouped(digits, CLASSIC_GROUP, gap)
      messages.push([compose([lead, unlistedCardPiece(text, digits), trail])])
      facets.push({ language: vocabulary.language, source, length: `${digits.length} digits`, grouping: gap === '' ? 'contiguous' : 'groups of 4' })
    }
  })
  return cases('card_unlisted_context', messages, facets)
}

// ---------------------------------------------------------------------------
// Separators

/** Separators people mix inside one number ("3583.9426 3345-0194", "2204.8942 1028 - 3293"). */
const MIXABLE_SEPARATORS = [' ', '-', '.', ' - ', '–', ' – ', '  '] as const

/** Any mix of accepted separators in one card: at least two different gaps. */
function buildMixedSeparators(seed: number, count: number): EvalCase[] {
  const drawn = sample(
    validPanArbitrary()
      .chain((pan) => fc.tuple(fc.constant(pan), fc.array(fc.constantFrom(...MIXABLE_SEPARATORS), { minLength: gapCount(pan), maxLength: gapCount(pan) })))
      .filter(([, gaps]) => new Set(gaps).size >= 2)
      .chain(([pan, gaps]) => fc.tuple(fc.constant(pan), fc.constant(gaps), LEAD_AND_TRAIL)),
    seed,
    count,
  )
  return cases(
    'card_mixed_separators',
    drawn.map(([pan, gaps, [lead, trail]]) => [compose([lead, cardPiece({ ...pan, text: withGaps(pan, gaps) }), trail])]),
    drawn.map(([pan, gaps]) => ({ brand: pan.brand, mix: [...new Set(gaps)].map((gap) => JSON.stringify(gap)).sort().join(' + ') })),
  )
}

/** Weaker separators: form encoding, CSV, slashes, pipes, underscores, double dashes, one stray dot. */
const WEAK_SEPARATORS: readonly (readonly [string, (count: number) => string[]])[] = [
  ['/', (count) => Array.from({ length: count }, () => '/')],
  [' / ', (count) => Array.from({ length: count }, () => ' / ')],
  [',', (count) => Array.from({ length: count }, () => ',')],
  [', ', (count) => Array.from({ length: count }, () => ', ')],
  ['_', (count) => Array.from({ length: count }, () => '_')],
  ['|', (count) => Array.from({ length: count }, () => '|')],
  [' | ', (count) => Array.from({ length: count }, () => ' | ')],
  ['+ (form encoding)', (count) => Array.from({ length: count }, () => '+')],
  ['--', (count) => Array.from({ length: count }, () => '--')],
  [' -- ', (count) => Array.from({ length: count }, () => ' -- ')],
  ['a single stray dot', (count) => Array.from({ length: count }, (_, index) => (index === Math.floor(count / 2) ? '.' : ' '))],
]

function buildWeakSeparators(seed: number, count: number): EvalCase[] {
  const drawn = sample(fc.tuple(validPanArbitrary(), fc.constantFrom(...WEAK_SEPARATORS), LEAD_AND_TRAIL), seed, count)
  return cases(
    'card_weak_separators',
    drawn.map(([pan, [, gaps], [lead, trail]]) => [compose([lead, cardPiece({ ...pan, text: withGaps(pan, gaps(gapCount(pan))) }), trail])]),
    drawn.map(([pan, [name]]) => ({ separator: name, brand: pan.brand })),
  )
}

/** Gaps wider or stranger than a space: 4+ spaces, invisible characters, Unicode separators and marks. */
const UNUSUAL_GAPS: readonly (readonly [string, string])[] = [
  ['4 spaces', '    '],
  ['6 spaces', '      '],
  ['8 spaces', '        '],
  ['2 tabs', '\t\t'],
  ['zero-width space', '\u200b'],
  ['space + zero-width space + space', ' \u200b '],
  ['zero-width joiner', '\u200d'],
  ['word joiner ×2', '\u2060\u2060'],
  ['soft hyphen', '\u00ad'],
  ['invisible separator (U+2063)', '\u2063'],
  ['invisible times (U+2062)', '\u2062'],
  ['byte order mark', '\ufeff'],
  ['line separator (U+2028)', '\u2028'],
  ['paragraph separator (U+2029)', '\u2029'],
  ['next line (U+0085)', '\u0085'],
  ['ideographic full stop', '。'],
  ['middle dot', '·'],
  ['katakana middle dot', '・'],
  ['bullet', '•'],
  ['Hangul filler (U+3164)', '\u3164'],
  ['variation selector (U+FE0F)', '\ufe0f'],
]

function buildUnusualGaps(seed: number, count: number): EvalCase[] {
  const drawn = sample(fc.tuple(validPanArbitrary(), fc.constantFrom(...UNUSUAL_GAPS), LEAD_AND_TRAIL), seed, count)
  return cases(
    'card_unusual_gaps',
    drawn.map(([pan, [, gap], [lead, trail]]) => [compose([lead, cardPiece({ ...pan, text: withGaps(pan, Array.from({ length: gapCount(pan) }, () => gap)) }), trail])]),
    drawn.map(([, [name]]) => ({ gap: name })),
  )
}

/** The card, or its first group, in brackets. */
const BRACKETS: readonly (readonly [string, (pan: FormattedPan) => Piece[]])[] = [
  [
    '(first group) rest',
    (pan) => {
      const [first = CLASSIC_GROUP, ...rest] = printedGroups(pan.digits.length)
      const tail = joinGroups([...pan.digits.slice(first)], rest, rest.map(() => ' '))
      return ['(', cardPiece({ ...pan, text: `${pan.digits.slice(0, first)}) ${tail}` })]
    },
  ],
  ['(whole number)', (pan) => ['(', cardPiece({ ...pan, text: withGaps(pan, Array.from({ length: gapCount(pan) }, () => ' ')) }), ')']],
  ['(whole-number-hyphens)', (pan) => ['(', cardPiece({ ...pan, text: withGaps(pan, Array.from({ length: gapCount(pan) }, () => '-')) }), ')']],
  ['[whole number]', (pan) => ['[', cardPiece({ ...pan, text: withGaps(pan, Array.from({ length: gapCount(pan) }, () => ' ')) }), ']']],
  ['<contiguous>', (pan) => ['<', cardPiece({ ...pan, text: pan.digits }), '>']],
  ['(contiguous)', (pan) => ['(', cardPiece({ ...pan, text: pan.digits }), ')']],
]

function buildParentheses(seed: number, count: number): EvalCase[] {
  const drawn = sample(fc.tuple(validPanArbitrary(), fc.constantFrom(...BRACKETS), LEAD_AND_TRAIL), seed, count)
  return cases(
    'card_parentheses',
    drawn.map(([pan, [, write], [lead, trail]]) => [compose([lead, ...write({ ...pan, text: pan.digits }), trail])]),
    drawn.map(([, [name]]) => ({ form: name })),
  )
}

// ---------------------------------------------------------------------------
// Commas, dumps, URLs

/** A future expiry in one of the numeric formats, with its month and year apart. */
const numericExpiryArbitrary = futureMonthArbitrary.map(({ month, year }) => ({ month: pad(month), year: pad(year % 100), fullYear: String(year) }))

type Expiry = { readonly month: string; readonly year: string; readonly fullYear: string }

/** A card, its expiry and code in one of the comma forms; or two cards with a comma between. */
const COMMA_FORMS: readonly (readonly [string, (pan: FormattedPan, expiry: Expiry, cvv: string, other: FormattedPan) => Piece[]])[] = [
  ['PAN,MM/YY,CVV', (pan, expiry, cvv) => [cardPiece(pan), ',', expiryPiece({ text: `${expiry.month}/${expiry.year}` }), ',', cvvPiece(cvv)]],
  ['PAN, MM/YY, CVV', (pan, expiry, cvv) => [cardPiece(pan), ', ', expiryPiece({ text: `${expiry.month}/${expiry.year}` }), ', ', cvvPiece(cvv)]],
  ['PAN,MMYY,CVV', (pan, expiry, cvv) => [cardPiece(pan), ',', expiryPiece({ text: `${expiry.month}${expiry.year}` }), ',', cvvPiece(cvv)]],
  ['card PAN,CVV', (pan, _expiry, cvv) => ['card ', cardPiece(pan), ',', cvvPiece(cvv)]],
  ['PAN,CVV', (pan, _expiry, cvv) => [cardPiece(pan), ',', cvvPiece(cvv)]],
  ['PAN,PAN', (pan, _expiry, _cvv, other) => [cardPiece(pan), ',', cardPiece(other)]],
  ['PAN, PAN', (pan, _expiry, _cvv, other) => [cardPiece(pan), ', ', cardPiece(other)]],
  ['card PAN, exp MM/YY, cvv CVV', (pan, expiry, cvv) => ['card ', cardPiece(pan), ', exp ', expiryPiece({ text: `${expiry.month}/${expiry.year}` }), ', cvv ', cvvPiece(cvv)]],
]

/** CVV digits for a brand: four for Amex, three otherwise. */
function cvvArbitrary(pan: { readonly brand: string }): fc.Arbitrary<string> {
  return digitString(pan.brand === 'amex' ? 4 : 3)
}

function buildCommas(seed: number, count: number): EvalCase[] {
  const drawn = sample(
    fc
      .tuple(commonFormattedPanArbitrary(), numericExpiryArbitrary, fc.constantFrom(...COMMA_FORMS), commonFormattedPanArbitrary(), fc.constantFrom('', 'here: ', 'ok '), fc.constantFrom('', ' thanks', '.'))
      .chain((parts) => fc.tuple(fc.constant(parts), cvvArbitrary(parts[0]))),
    seed,
    count,
  )
  return cases(
    'card_commas',
    drawn.map(([[pan, expiry, [, write], other, lead, trail], cvv]) => [compose([lead, ...write(pan, expiry, cvv, other), trail])]),
    drawn.map(([[pan, , [name]]]) => ({ form: name, brand: pan.brand })),
  )
}

/** Card dumps as carders and badly written logs print them: fields joined by one delimiter. */
const DUMP_FORMS: readonly (readonly [string, (pan: FormattedPan, expiry: Expiry, cvv: string) => Piece[]])[] = [
  ['PAN/MM/YY/CVV', (pan, e, cvv) => [cardPiece(pan), '/', expiryPiece({ text: `${e.month}/${e.year}` }), '/', cvvPiece(cvv)]],
  ['PAN|MMYY|CVV', (pan, e, cvv) => [cardPiece(pan), '|', expiryPiece({ text: `${e.month}${e.year}` }), '|', cvvPiece(cvv)]],
  ['PAN;MM;YY;CVV', (pan, e, cvv) => [cardPiece(pan), ';', expiryPiece({ text: `${e.month};${e.year}` }), ';', cvvPiece(cvv)]],
  ['PAN|MM|YY|CVV', (pan, e, cvv) => [cardPiece(pan), '|', expiryPiece({ text: `${e.month}|${e.year}` }), '|', cvvPiece(cvv)]],
  ['PAN|MM|YYYY|CVV', (pan, e, cvv) => [cardPiece(pan), '|', expiryPiece({ text: `${e.month}|${e.fullYear}` }), '|', cvvPiece(cvv)]],
  ['PAN|MM/YY|CVV', (pan, e, cvv) => [cardPiece(pan), '|', expiryPiece({ text: `${e.month}/${e.year}` }), '|', cvvPiece(cvv)]],
  ['PAN:MM:YY:CVV', (pan, e, cvv) => [cardPiece(pan), ':', expiryPiece({ text: `${e.month}:${e.year}` }), ':', cvvPiece(cvv)]],
  ['PAN,MM,YY,CVV', (pan, e, cvv) => [cardPiece(pan), ',', expiryPiece({ text: `${e.month},${e.year}` }), ',', cvvPiece(cvv)]],
  ['PAN MMYY CVV', (pan, e, cvv) => [cardPiece(pan), ' ', expiryPiece({ text: `${e.month}${e.year}` }), ' ', cvvPiece(cvv)]],
  ['PAN exp1229 cvv123', (pan, e, cvv) => [cardPiece(pan), ' exp', expiryPiece({ text: `${e.month}${e.year}` }), ' cvv', cvvPiece(cvv)]],
  ['PAN;MMYY;CVV', (pan, e, cvv) => [cardPiece(pan), ';', expiryPiece({ text: `${e.month}${e.year}` }), ';', cvvPiece(cvv)]],
  ['PAN\\tMM/YY\\tCVV (tabs)', (pan, e, cvv) => [cardPiece(pan), '\t', expiryPiece({ text: `${e.month}/${e.year}` }), '\t', cvvPiece(cvv)]],
]

function buildDumps(seed: number, count: number): EvalCase[] {
  const drawn = sample(
    fc.tuple(validPanArbitrary(), numericExpiryArbitrary, fc.constantFrom(...DUMP_FORMS), fc.constantFrom('', 'dump: ', 'card ', 'fullz '), fc.constantFrom('', ' ok', '\n')).chain((parts) => fc.tuple(fc.constant(parts), cvvArbitrary(parts[0]))),
    seed,
    count,
  )
  return cases(
    'card_dumps',
    drawn.map(([[pan, expiry, [, write], lead, trail], cvv]) => [compose([lead, ...write({ ...pan, text: pan.digits }, expiry, cvv), trail])]),
    drawn.map(([[, , [name]]]) => ({ form: name })),
  )
}

/** Card data in a URL's query, path or fragment; the URL's other parts digit-free. */
const URL_FORMS: readonly (readonly [string, string, (pan: FormattedPan, expiry: Expiry, cvv: string) => Piece[]])[] = [
  ['query', 'card & cvv', (pan, _e, cvv) => ['https://pay.example.com/checkout?card=', cardPiece(pan), '&cvv=', cvvPiece(cvv)]],
  ['query', 'cc & exp & cvc', (pan, e, cvv) => ['https://pay.example.com/checkout?cc=', cardPiece(pan), '&exp=', expiryPiece({ text: `${e.month}${e.year}` }), '&cvc=', cvvPiece(cvv), '&lang=en']],
  ['query', 'number & expiry=MM/YY', (pan, e) => ['https://shop.example.org/pay?number=', cardPiece(pan), '&expiry=', expiryPiece({ text: `${e.month}/${e.year}` })]],
  ['query', 'form-encoded groups (+)', (pan) => ['https://pay.example.com/checkout?card_number=', cardPiece({ ...pan, text: withGaps(pan, Array.from({ length: gapCount(pan) }, () => '+')) }), '&submit=pay']],
  ['path', '/cards/PAN/verify', (pan) => ['https://api.example.com/cards/', cardPiece(pan), '/verify']],
  ['path', '/pay/PAN/CVV', (pan, _e, cvv) => ['https://pay.example.com/pay/', cardPiece(pan), '/', cvvPiece(cvv)]],
  ['fragment', '#card=PAN&cvv=CVV', (pan, _e, cvv) => ['https://pay.example.com/#card=', cardPiece(pan), '&cvv=', cvvPiece(cvv)]],
  ['fragment', '#PAN', (pan) => ['https://example.com/pay#', cardPiece(pan)]],
]

function buildUrls(seed: number, count: number): EvalCase[] {
  const drawn = sample(
    fc.tuple(validPanArbitrary(), numericExpiryArbitrary, fc.constantFrom(...URL_FORMS), fc.constantFrom('', 'open ', 'the link is ', 'I got this link: '), fc.constantFrom('', ' ', ' thanks')).chain((parts) => fc.tuple(fc.constant(parts), cvvArbitrary(parts[0]))),
    seed,
    count,
  )
  return cases(
    'card_urls',
    drawn.map(([[pan, expiry, [, , write], lead, trail], cvv]) => [compose([lead, ...write({ ...pan, text: pan.digits }, expiry, cvv), trail])]),
    drawn.map(([[, , [part, form]]]) => ({ part, form })),
  )
}

// ---------------------------------------------------------------------------
// Digits outside ASCII

const KEYCAP = '\ufe0f\u20e3'

/** Ways to write a digit that a reader still reads as that digit; each maps an ASCII digit string. */
export const DECORATED_DIGIT_WRITERS: Readonly<Record<string, (digits: string) => string>> = {
  'mathematical bold (U+1D7CE)': (digits) => shifted(digits, 0x1d7ce),
  'mathematical double-struck (U+1D7D8)': (digits) => shifted(digits, 0x1d7d8),
  'mathematical sans-serif bold (U+1D7EC)': (digits) => shifted(digits, 0x1d7ec),
  'mathematical monospace (U+1D7F6)': (digits) => shifted(digits, 0x1d7f6),
  'full-width (U+FF10)': (digits) => shifted(digits, 0xff10),
  'circled (①, ⓪)': (digits) => [...digits].map((digit) => (digit === '0' ? '\u24ea' : String.fromCodePoint(0x2460 + Number(digit) - 1))).join(''),
  'negative circled (❶, ⓿)': (digits) => [...digits].map((digit) => (digit === '0' ? '\u24ff' : String.fromCodePoint(0x2776 + Number(digit) - 1))).join(''),
  'keycap (4️⃣)': (digits) => [...digits].map((digit) => digit + KEYCAP).join(''),
  'superscript (⁴¹¹¹)': (digits) => [...digits].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join(''),
}

function shifted(digits: string, zero: number): string {
  return [...digits].map((digit) => String.fromCodePoint(zero + Number(digit))).join('')
}

const DECORATED_NAMES = Object.keys(DECORATED_DIGIT_WRITERS)

function decorate(name: string, digits: string): string {
  return (DECORATED_DIGIT_WRITERS[name] as (value: string) => string)(digits)
}

/** Cards in decorated digits: contiguous, or in groups with spaces. */
function buildDecoratedCards(seed: number, count: number): EvalCase[] {
  const drawn = sample(fc.tuple(commonFormattedPanArbitrary(), fc.constantFrom(...DECORATED_NAMES), fc.boolean(), LEAD_AND_TRAIL), seed, count)
  return cases(
    'card_decorated_digits',
    drawn.map(([pan, script, spaced, [lead, trail]]) => {
      const digits = [...pan.digits].map((digit) => decorate(script, digit))
      const text = spaced ? joinGroups(digits, printedGroups(pan.digits.length), Array.from({ length: gapCount(pan) }, () => ' ')) : digits.join('')
      return [compose([lead, cardPiece({ ...pan, text }), trail])]
    }),
    drawn.map(([pan, script]) => ({ script, brand: pan.brand })),
  )
}

/** CVVs and expiry dates in decorated digits, with a keyword or after an ASCII card. */
function buildDecoratedDetails(seed: number, count: number): EvalCase[] {
  const drawn = sample(fc.tuple(commonFormattedPanArbitrary(), futureMonthArbitrary, digitString(3), fc.constantFrom(...DECORATED_NAMES), fc.constantFrom('cvv', 'expiry', 'card + expiry + cvv')), seed, count)
  return cases(
    'details_decorated_digits',
    drawn.map(([pan, { month, year }, cvv, script, shape]) => {
      const expiry = expiryPiece({ text: decorate(script, pad(month)) + '/' + decorate(script, pad(year % 100)) })
      const code = cvvPiece(decorate(script, cvv))
      if (shape === 'cvv') return [compose(['cvv ', code])]
      if (shape === 'expiry') return [compose(['exp ', expiry])]
      return [compose(['card ', cardPiece(pan), ' exp ', expiry, ' cvv ', code])]
    }),
    drawn.map(([, , , script, shape]) => ({ script, value: shape })),
  )
}

export const CARD_FAMILIES: readonly CategorySpec[] = [
  { id: 'card_issuer_rows', title: 'Card numbers, every row and length of the issuer table', kind: 'positive', count: 600, build: buildIssuerRows },
  { id: 'card_unlisted_context', title: 'Unlisted-scheme Luhn-valid numbers after a card word, 9 languages (fail closed)', kind: 'positive', count: 270, build: buildUnlistedInContext },
  { id: 'card_mixed_separators', title: 'Cards with mixed separators (3583.9426 3345-0194)', kind: 'positive', count: 200, build: buildMixedSeparators },
  { id: 'card_weak_separators', title: 'Cards with weak separators (/ , _ | + -- , a stray dot)', kind: 'positive', count: 220, build: buildWeakSeparators },
  { id: 'card_unusual_gaps', title: 'Cards with wide or invisible gaps (4+ spaces, U+200B, U+2028, bullets, …)', kind: 'positive', count: 210, build: buildUnusualGaps },
  { id: 'card_parentheses', title: 'Cards in parentheses or brackets', kind: 'positive', count: 120, build: buildParentheses },
  { id: 'card_commas', title: 'Card, expiry, CVV joined by commas; two cards with a comma', kind: 'positive', count: 160, build: buildCommas },
  { id: 'card_dumps', title: 'Card dumps (PAN/MM/YY/CVV, PAN|MMYY|CVV, PAN;MM;YY;CVV, …)', kind: 'positive', count: 240, build: buildDumps },
  { id: 'card_urls', title: 'Card data in URLs (query, path, fragment)', kind: 'positive', count: 160, build: buildUrls },
  { id: 'card_decorated_digits', title: 'Cards in mathematical, full-width, circled, keycap, superscript digits', kind: 'positive', count: 180, build: buildDecoratedCards },
  { id: 'details_decorated_digits', title: 'CVVs and expiry dates in mathematical, full-width, circled, keycap digits', kind: 'positive', count: 180, build: buildDecoratedDetails },
]
