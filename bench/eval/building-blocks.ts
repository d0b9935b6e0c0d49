/**
 * Building blocks shared by every family of the labelled set: the clock and
 * seed, how a category draws its cases, card numbers as people write them,
 * expiry dates, and the labelled pieces a message is composed of.
 */
import fc from 'fast-check'
import { formattedPanArbitrary, validPanArbitrary, type FormattedPan } from '../../test/helpers/cards.js'
import type { CardBrand } from '../../src/types.js'
import { asciiDigitsOf } from './digits.js'
import type { CategoryKind, EvalCase, EvalMessage, Piece } from './labels.js'

/** The clock the evaluation runs at: expiry dates are generated relative to it, and chatmask is given it. */
export const EVAL_NOW = new Date('2026-11-24T12:00:00Z')
export const DEFAULT_EVAL_SEED = 20261124

export interface CategorySpec {
  readonly id: string
  readonly title: string
  readonly kind: CategoryKind
  /** Cases at scale 1. */
  readonly count: number
  /** Builds `count` cases from a seed. */
  readonly build: (seed: number, count: number) => EvalCase[]
}

// ---------------------------------------------------------------------------
// Helpers

/** FNV-1a of the category id mixed with the seed: each category draws its own stream. */
export function categorySeed(seed: number, id: string): number {
  let hash = 0x811c9dc5 ^ seed
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash | 0
}

export function sample<T>(arbitrary: fc.Arbitrary<T>, seed: number, count: number): T[] {
  return count <= 0 ? [] : fc.sample(arbitrary, { seed, numRuns: count })
}

export function digitString(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
}

/**
 * Digits from a pattern: `d` any digit, `n` 2–9, `m` 1–9, anything else literal.
 * Used for national phone-number shapes.
 */
export function patternDigits(pattern: string): fc.Arbitrary<string> {
  const units = [...pattern].map((symbol) => {
    if (symbol === 'd') return fc.constantFrom(...'0123456789')
    if (symbol === 'n') return fc.constantFrom(...'23456789')
    if (symbol === 'm') return fc.constantFrom(...'123456789')
    return fc.constant(symbol)
  })
  return fc.tuple(...units).map((parts) => parts.join(''))
}

export function cases(category: string, messagesList: readonly (readonly EvalMessage[])[], facets: readonly Record<string, string>[], input: EvalCase['input'] = 'messages'): EvalCase[] {
  return messagesList.map((messages, index) => ({
    id: `${category}#${index}`,
    category,
    input,
    messages,
    facets: facets[index] ?? {},
  }))
}

export const LEAD_AND_TRAIL = fc.tuple(
  fc.constantFrom('', 'my card is ', 'card number: ', 'Card: ', 'here you go ', 'its ', 'pls use ', 'the long number is ', 'ok the card number is ', 'visa '),
  fc.constantFrom('', ' thanks', '.', '!', ' please', ' - thanks', ' ok?'),
)

// ---------------------------------------------------------------------------
// Card numbers

export type DigitScriptName = 'ascii' | 'full-width' | 'arabic-indic' | 'devanagari' | 'above U+FFFF' | 'decorated (circled, keycap, …)' | 'other'

/** The script of the first digit of `text`. */
export function scriptOf(text: string): DigitScriptName {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (code >= 0x30 && code <= 0x39) return 'ascii'
    if (code >= 0xff10 && code <= 0xff19) return 'full-width'
    if (code >= 0x0660 && code <= 0x0669) return 'arabic-indic'
    if (code >= 0x0966 && code <= 0x096f) return 'devanagari'
    if (asciiDigitsOf(character) === '') continue
    if (code > 0xffff) return 'above U+FFFF'
    if (/\p{No}/u.test(character)) return 'decorated (circled, keycap, …)'
    return 'other'
  }
  return 'other'
}

/** How a formatted PAN is written: grouping, separators and digit script. */
export function cardFormatFacets(text: string): { grouping: string; separators: string; digits: string } {
  const groups: number[] = []
  const gaps: string[] = []
  let run = 0
  let gap = ''
  for (const character of text) {
    if (asciiDigitsOf(character) !== '') {
      if (gap !== '' && run === 0 && groups.length > 0) gaps.push(gap)
      gap = ''
      run++
    } else {
      if (run > 0) groups.push(run)
      run = 0
      gap += character
    }
  }
  if (run > 0) groups.push(run)
  let grouping: string
  if (groups.length === 1) grouping = 'contiguous'
  else if (groups.every((size) => size === 1)) grouping = 'digit by digit'
  else if (groups.slice(0, -1).every((size) => size === 4) && (groups[groups.length - 1] ?? 0) <= 4) grouping = '4-4-4-4'
  else if (groups.length === 3 && groups[0] === 4 && groups[1] === 6) grouping = '4-6-5 / 4-6-4'
  else grouping = 'irregular'
  let separators: string
  if (gaps.length === 0) separators = 'none'
  else if (gaps.every((item) => item === ' ')) separators = 'single spaces'
  else if (gaps.every((item) => item === '-')) separators = 'hyphens'
  else if (gaps.every((item) => item === '.')) separators = 'dots'
  else if (gaps.every((item) => /^[ -]+$/.test(item))) separators = 'ASCII spaces/hyphens, mixed or repeated'
  else if (gaps.some((item) => /[\r\n]/.test(item))) separators = 'wrapped at a line break'
  else if (gaps.some((item) => /[\t\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/.test(item))) separators = 'tabs or invisible characters'
  else separators = 'Unicode spaces/dashes'
  return { grouping, separators, digits: scriptOf(text) }
}

/** Groups of `size` digits joined by `separator`. */
export function grouped(digits: string, size: number, separator: string): string {
  return (digits.match(new RegExp(`.{1,${size}}`, 'g')) ?? [digits]).join(separator)
}

/**
 * A valid PAN the way most people type one: contiguous, in groups of four with
 * spaces or hyphens, or 4-6-5 / 4-6-4 for 15- and 14-digit cards.
 */
export function commonFormattedPanArbitrary(brand?: CardBrand): fc.Arbitrary<FormattedPan> {
  return validPanArbitrary(brand).chain((pan) => {
    const styles = [pan.digits, grouped(pan.digits, 4, ' '), grouped(pan.digits, 4, '-')]
    if (pan.digits.length === 15 || pan.digits.length === 14) styles.push(`${pan.digits.slice(0, 4)} ${pan.digits.slice(4, 10)} ${pan.digits.slice(10)}`)
    return fc.constantFrom(...styles).map((text): FormattedPan => ({ text, digits: pan.digits, brand: pan.brand }))
  })
}

/**
 * Half common formats, half everything `formattedPanArbitrary` writes (irregular
 * groups, Unicode separators, dots, one digit at a time, non-ASCII digits).
 */
export function evalPanArbitrary(brand?: CardBrand): fc.Arbitrary<FormattedPan & { readonly style: string }> {
  return fc.oneof(
    commonFormattedPanArbitrary(brand).map((pan) => ({ ...pan, style: 'common formats' })),
    formattedPanArbitrary(brand).map((pan) => ({ ...pan, style: 'any format (formattedPanArbitrary)' })),
  )
}

export function cardPiece(pan: FormattedPan): Piece {
  const facets = cardFormatFacets(pan.text)
  return {
    text: pan.text,
    label: {
      type: 'card_number',
      digits: pan.digits,
      card: { pan: pan.digits, brand: pan.brand, firstDigit: 0, format: `${facets.grouping} · ${facets.separators} · ${facets.digits}` },
    },
  }
}

export function cardFacets(pan: FormattedPan & { readonly style?: string }): Record<string, string> {
  return { brand: pan.brand, style: pan.style ?? 'any format (formattedPanArbitrary)', ...cardFormatFacets(pan.text) }
}

// ---------------------------------------------------------------------------
// Expiry dates and CVVs

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** A month from next month to eight years ahead of {@link EVAL_NOW}: a card that is still valid. */
export const futureMonthArbitrary = fc.integer({ min: 1, max: 8 * 12 }).map((ahead) => {
  const index = EVAL_NOW.getUTCFullYear() * 12 + EVAL_NOW.getUTCMonth() + ahead
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
})

export const EXPIRY_FORMATS: Readonly<Record<string, (month: number, year: number) => string>> = {
  'MM/YY': (month, year) => `${pad(month)}/${pad(year % 100)}`,
  'MM/YYYY': (month, year) => `${pad(month)}/${year}`,
  'MM-YY': (month, year) => `${pad(month)}-${pad(year % 100)}`,
  'MM / YY': (month, year) => `${pad(month)} / ${pad(year % 100)}`,
  'M/YY': (month, year) => `${month}/${pad(year % 100)}`,
  MMYY: (month, year) => `${pad(month)}${pad(year % 100)}`,
  'Mon YYYY': (month, year) => `${MONTH_ABBREVIATIONS[month - 1]} ${year}`,
  'Month YYYY': (month, year) => `${MONTH_NAMES[month - 1]} ${year}`,
}

export function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** An expiry date as written, its format's name, and its month name when it has one ("Dec" in "Dec 2029"). */
export interface ExpiryValue {
  readonly text: string
  readonly format: string
  readonly monthWord?: string
}

export const expiryValueArbitrary: fc.Arbitrary<ExpiryValue> = fc
  .tuple(futureMonthArbitrary, fc.constantFrom(...Object.keys(EXPIRY_FORMATS)))
  .map(([{ month, year }, format]) => {
    const text = (EXPIRY_FORMATS[format] as (m: number, y: number) => string)(month, year)
    if (format === 'Mon YYYY') return { text, format, monthWord: MONTH_ABBREVIATIONS[month - 1] as string }
    if (format === 'Month YYYY') return { text, format, monthWord: MONTH_NAMES[month - 1] as string }
    return { text, format }
  })

/** A labelled expiry date. */
export function expiryPiece(value: { readonly text: string; readonly monthWord?: string }): Piece {
  const label = { type: 'expiry_date' as const, digits: asciiDigitsOf(value.text) }
  return { text: value.text, label: value.monthWord === undefined ? label : { ...label, monthWord: value.monthWord } }
}

/** A labelled CVV, written in any digits. */
export function cvvPiece(text: string): Piece {
  return { text, label: { type: 'cvv', digits: asciiDigitsOf(text) } }
}
