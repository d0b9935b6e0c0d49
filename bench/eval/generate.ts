/**
 * The labelled evaluation set, generated from one seed: the same seed always
 * gives the same cases (fast-check's `fc.sample` with a seed derived per
 * category). Every card number is generated (never a real card); phone numbers
 * are random numbers that libphonenumber-js (max metadata) accepts as valid for
 * their region; IBANs carry correct MOD 97-10 check digits.
 *
 * Positive messages hold exactly the labelled values and digit-free words around
 * them, so every digit left in an output comes from a labelled value (or from a
 * peer's placeholder counter, which scoring removes): that is what lets scoring
 * stay black-box. Negative messages hold one harmless number each.
 */
import fc from 'fast-check'
import { isValidPhoneNumber, parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import {
  BRANDS_IN_TABLE,
  completeWithLuhn,
  containsValidPan,
  formattedPanArbitrary,
  nearMissPanArbitrary,
  validPanArbitrary,
  type FormattedPan,
} from '../../test/helpers/cards.js'
import type { CardBrand } from '../../src/types.js'
import { asciiDigitsOf } from './digits.js'
import { compose, type CategoryKind, type EvalCase, type EvalMessage, type NegativeKind, type Piece } from './labels.js'

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

function sample<T>(arbitrary: fc.Arbitrary<T>, seed: number, count: number): T[] {
  return count <= 0 ? [] : fc.sample(arbitrary, { seed, numRuns: count })
}

function digitString(length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
}

/**
 * Digits from a pattern: `d` any digit, `n` 2–9, `m` 1–9, anything else literal.
 * Used for national phone-number shapes.
 */
function patternDigits(pattern: string): fc.Arbitrary<string> {
  const units = [...pattern].map((symbol) => {
    if (symbol === 'd') return fc.constantFrom(...'0123456789')
    if (symbol === 'n') return fc.constantFrom(...'23456789')
    if (symbol === 'm') return fc.constantFrom(...'123456789')
    return fc.constant(symbol)
  })
  return fc.tuple(...units).map((parts) => parts.join(''))
}

function cases(category: string, messagesList: readonly (readonly EvalMessage[])[], facets: readonly Record<string, string>[], input: EvalCase['input'] = 'messages'): EvalCase[] {
  return messagesList.map((messages, index) => ({
    id: `${category}#${index}`,
    category,
    input,
    messages,
    facets: facets[index] ?? {},
  }))
}

const LEAD_AND_TRAIL = fc.tuple(
  fc.constantFrom('', 'my card is ', 'card number: ', 'Card: ', 'here you go ', 'its ', 'pls use ', 'the long number is ', 'ok the card number is ', 'visa '),
  fc.constantFrom('', ' thanks', '.', '!', ' please', ' - thanks', ' ok?'),
)

// ---------------------------------------------------------------------------
// Card numbers

export type DigitScriptName = 'ascii' | 'full-width' | 'arabic-indic' | 'devanagari' | 'other'

function scriptOf(text: string): DigitScriptName {
  for (const character of text) {
    const code = character.charCodeAt(0)
    if (code >= 0x30 && code <= 0x39) return 'ascii'
    if (code >= 0xff10 && code <= 0xff19) return 'full-width'
    if (code >= 0x0660 && code <= 0x0669) return 'arabic-indic'
    if (code >= 0x0966 && code <= 0x096f) return 'devanagari'
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
function grouped(digits: string, size: number, separator: string): string {
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

function cardPiece(pan: FormattedPan): Piece {
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

function cardFacets(pan: FormattedPan & { readonly style?: string }): Record<string, string> {
  return { brand: pan.brand, style: pan.style ?? 'any format (formattedPanArbitrary)', ...cardFormatFacets(pan.text) }
}

/** Every brand in the issuer table, the same number of cards each, in every format `formattedPanArbitrary` writes. */
function buildCards(seed: number, count: number): EvalCase[] {
  const perBrand = Math.max(1, Math.round(count / BRANDS_IN_TABLE.length))
  const messages: EvalMessage[][] = []
  const facets: Record<string, string>[] = []
  BRANDS_IN_TABLE.forEach((brand: CardBrand, index) => {
    const drawn = sample(fc.tuple(evalPanArbitrary(brand), LEAD_AND_TRAIL), seed + index, perBrand)
    for (const [pan, [lead, trail]] of drawn) {
      messages.push([compose([lead, cardPiece(pan), trail])])
      facets.push(cardFacets(pan))
    }
  })
  return cases('card', messages, facets)
}

/**
 * How chat formats a card beside the number itself: Markdown emphasis (chat
 * apps and LLM replies), a bullet, code spans, and card words typed without a
 * space on a phone keyboard.
 */
const CARD_MARKUP = fc.constantFrom<readonly [string, string]>(
  ['**', '**'],
  ['*', '*'],
  ['_', '_'],
  ['__', '__'],
  ['`', '`'],
  ['* **', '**'],
  ['card', ''],
  ['cc', ''],
  ['visa', ''],
  ['', 'exp'],
  ['', 'cvv'],
)

/** Cards of every brand and format inside chat formatting (see {@link CARD_MARKUP}). */
function buildMarkedUpCards(seed: number, count: number): EvalCase[] {
  const drawn = sample(fc.tuple(evalPanArbitrary(), CARD_MARKUP, LEAD_AND_TRAIL), seed, count)
  const messages = drawn.map(([pan, [before, after], [lead, trail]]) => [compose([lead, before, cardPiece(pan), after, trail])])
  const facets = drawn.map(([, [before, after]]) => ({ markup: `${before}…${after}` }))
  return cases('card_markup', messages, facets)
}

// ---------------------------------------------------------------------------
// Expiry dates and CVVs

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** A month from next month to eight years ahead of {@link EVAL_NOW}: a card that is still valid. */
const futureMonthArbitrary = fc.integer({ min: 1, max: 8 * 12 }).map((ahead) => {
  const index = EVAL_NOW.getUTCFullYear() * 12 + EVAL_NOW.getUTCMonth() + ahead
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
})

const EXPIRY_FORMATS: Readonly<Record<string, (month: number, year: number) => string>> = {
  'MM/YY': (month, year) => `${pad(month)}/${pad(year % 100)}`,
  'MM/YYYY': (month, year) => `${pad(month)}/${year}`,
  'MM-YY': (month, year) => `${pad(month)}-${pad(year % 100)}`,
  'MM / YY': (month, year) => `${pad(month)} / ${pad(year % 100)}`,
  'M/YY': (month, year) => `${month}/${pad(year % 100)}`,
  MMYY: (month, year) => `${pad(month)}${pad(year % 100)}`,
  'Mon YYYY': (month, year) => `${MONTH_ABBREVIATIONS[month - 1]} ${year}`,
  'Month YYYY': (month, year) => `${MONTH_NAMES[month - 1]} ${year}`,
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

const expiryValueArbitrary = fc
  .tuple(futureMonthArbitrary, fc.constantFrom(...Object.keys(EXPIRY_FORMATS)))
  .map(([{ month, year }, format]) => ({ text: (EXPIRY_FORMATS[format] as (m: number, y: number) => string)(month, year), format }))

/** "exp 12/29", "valid thru 12/29", "12/29 is the expiry date". */
function buildExpiries(seed: number, count: number): EvalCase[] {
  const before = ['exp ', 'exp: ', 'Exp. ', 'EXP ', 'expiry ', 'expiry date ', 'expiry date is ', 'expires ', 'expiration date: ', 'exp date ', 'valid thru ', 'valid until ', 'good thru ', 'it expires ']
  const after = [' is the expiry date', ' is the exp', ' is when it expires']
  const drawn = sample(
    fc.tuple(expiryValueArbitrary, fc.oneof({ arbitrary: fc.constantFrom(...before).map((text) => ({ text, after: false })), weight: 4 }, { arbitrary: fc.constantFrom(...after).map((text) => ({ text, after: true })), weight: 1 }), fc.constantFrom('', '.', ' thanks', ', cheers')),
    seed,
    count,
  )
  return cases(
    'expiry',
    drawn.map(([value, keyword, trail]) => {
      const piece: Piece = { text: value.text, label: { type: 'expiry_date', digits: asciiDigitsOf(value.text) } }
      return [compose(keyword.after ? [piece, keyword.text, trail] : [keyword.text, piece, trail])]
    }),
    drawn.map(([value, keyword]) => ({ format: value.format, phrase: keyword.after ? `…${keyword.text}` : `${keyword.text.trim()} …` })),
  )
}

/** "cvv 123", "the three digits on the back are 123", "CID 1234" (Amex), "123 is the cvv". */
function buildCvvs(seed: number, count: number): EvalCase[] {
  const threeDigit = ['cvv ', 'CVV: ', 'cvc ', 'CVC2 ', 'cvv2: ', 'security code ', 'security code is ', 'the security code is ', 'the three digits on the back are ', 'code on the back is ', 'card verification code ', 'cvv is ']
  const fourDigit = ['CID ', 'amex security code ', 'the four digit code on the front is ']
  const after = [' is the cvv', ' is my security code', ' is the code on the back']
  const phrasing = fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...threeDigit), fc.constant(3), fc.constant(false)), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...fourDigit), fc.constant(4), fc.constant(false)), weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom(...after), fc.constant(3), fc.constant(true)), weight: 2 },
  )
  const drawn = sample(
    phrasing.chain(([keyword, length, isAfter]) => fc.tuple(fc.constant(keyword), fc.constant(isAfter), digitString(length), fc.constantFrom('', '.', ' thanks', '!'))),
    seed,
    count,
  )
  return cases(
    'cvv',
    drawn.map(([keyword, isAfter, digits, trail]) => {
      const piece: Piece = { text: digits, label: { type: 'cvv', digits } }
      return [compose(isAfter ? [piece, keyword, trail] : [keyword, piece, trail])]
    }),
    drawn.map(([keyword, isAfter, digits]) => ({ phrase: isAfter ? `…${keyword}` : `${keyword.trim()} …`, length: `${digits.length} digits` })),
  )
}

/** Card, expiry and CVV in one message: with keywords, or only next to each other. */
function buildCombos(withKeywords: boolean) {
  return (seed: number, count: number): EvalCase[] => {
    const joins = withKeywords
      ? [
          [' exp ', ' cvv '],
          [' expiry ', ' cvc '],
          [', exp: ', ', cvv: '],
          [' exp date ', ' security code '],
          [' valid thru ', ' cvv2 '],
        ]
      : [
          [' ', ' '],
          [', ', ', '],
          [' ', ', '],
          ['  ', '  '],
        ]
    const drawn = sample(
      fc.tuple(evalPanArbitrary(), expiryValueArbitrary.filter((value) => ['MM/YY', 'MM/YYYY', 'MM-YY', 'M/YY'].includes(value.format)), fc.constantFrom(...joins), LEAD_AND_TRAIL).chain(
        ([pan, expiry, join, leadTrail]) => fc.tuple(fc.constant(pan), fc.constant(expiry), fc.constant(join), fc.constant(leadTrail), digitString(pan.brand === 'amex' ? 4 : 3)),
      ),
      seed,
      count,
    )
    return cases(
      withKeywords ? 'combo_keywords' : 'combo_adjacent',
      drawn.map(([pan, expiry, [join1, join2], [lead, trail], cvv]) => [
        compose([
          lead,
          cardPiece(pan),
          join1 ?? ' ',
          { text: expiry.text, label: { type: 'expiry_date', digits: asciiDigitsOf(expiry.text) } },
          join2 ?? ' ',
          { text: cvv, label: { type: 'cvv', digits: cvv } },
          trail,
        ]),
      ]),
      drawn.map(([pan]) => cardFacets(pan)),
    )
  }
}

// ---------------------------------------------------------------------------
// Phone numbers

interface PhoneRegion {
  readonly region: CountryCode
  /** National significant number shapes (see {@link patternDigits}). */
  readonly shapes: readonly string[]
}

/** Regions and number shapes: mobiles and big-city landlines; the generator keeps only numbers the metadata calls valid. */
const PHONE_REGIONS: readonly PhoneRegion[] = [
  { region: 'US', shapes: ['nddndddddd'] },
  { region: 'GB', shapes: ['7ndddddddd', '20nddddddd', '1ddndddddd'] },
  { region: 'DE', shapes: ['15ddddddddd', '17dddddddd', '30dddddddd', '89ddddddd'] },
  { region: 'FR', shapes: ['mdddddddd', '6dddddddd', '7dddddddd'] },
  { region: 'IN', shapes: ['9ddddddddd', '8ddddddddd', '7ddddddddd'] },
  { region: 'AU', shapes: ['4dddddddd', '2nddddddd', '3nddddddd'] },
  { region: 'BR', shapes: ['mm9dddddddd', 'mmnddddddd'] },
]

/** Regions whose national numbers chatmask recognises without "+" by default (`phoneRegions`). */
export const DEFAULT_NATIONAL_REGIONS: readonly string[] = ['US', 'GB']

type PhoneFormat = 'international' | 'e164' | 'national' | 'us-dashes' | 'us-dots'

function phoneArbitrary(region: PhoneRegion): fc.Arbitrary<string> {
  return fc
    .constantFrom(...region.shapes)
    .chain(patternDigits)
    .filter((digits) => isValidPhoneNumber(digits, region.region))
}

function formatPhone(nationalNumber: string, region: CountryCode, format: PhoneFormat): { text: string; countryCode?: string } {
  const parsed = parsePhoneNumber(nationalNumber, region)
  switch (format) {
    case 'international':
      return { text: parsed.format('INTERNATIONAL'), countryCode: parsed.countryCallingCode }
    case 'e164':
      return { text: parsed.format('E.164'), countryCode: parsed.countryCallingCode }
    case 'national':
      return { text: parsed.format('NATIONAL') }
    case 'us-dashes':
      return { text: `${nationalNumber.slice(0, 3)}-${nationalNumber.slice(3, 6)}-${nationalNumber.slice(6)}` }
    case 'us-dots':
      return { text: `${nationalNumber.slice(0, 3)}.${nationalNumber.slice(3, 6)}.${nationalNumber.slice(6)}` }
  }
}

const PHONE_CONTEXT = fc.tuple(
  fc.constantFrom('call me at ', 'my number is ', 'phone: ', 'reach me on ', 'text me at ', 'mobile ', 'you can call ', 'tel ', ''),
  fc.constantFrom('', '.', ' thanks', ' in the evening', '!'),
)

function buildPhones(category: 'phone_international' | 'phone_national_default' | 'phone_national_other') {
  return (seed: number, count: number): EvalCase[] => {
    const regions = PHONE_REGIONS.filter((region) =>
      category === 'phone_international' ? true : category === 'phone_national_default' ? DEFAULT_NATIONAL_REGIONS.includes(region.region) : !DEFAULT_NATIONAL_REGIONS.includes(region.region),
    )
    const formats: PhoneFormat[] = category === 'phone_international' ? ['international', 'e164'] : ['national']
    const perRegion = Math.max(1, Math.round(count / regions.length))
    const messages: EvalMessage[][] = []
    const facets: Record<string, string>[] = []
    regions.forEach((region, index) => {
      const regionFormats: PhoneFormat[] = region.region === 'US' && category === 'phone_national_default' ? ['national', 'us-dashes', 'us-dots'] : formats
      const drawn = sample(fc.tuple(phoneArbitrary(region), fc.constantFrom(...regionFormats), PHONE_CONTEXT), seed + index, perRegion)
      for (const [nationalNumber, format, [lead, trail]] of drawn) {
        const written = formatPhone(nationalNumber, region.region, format)
        const label = written.countryCode === undefined
          ? { type: 'phone' as const, digits: asciiDigitsOf(written.text) }
          : { type: 'phone' as const, digits: asciiDigitsOf(written.text), countryCode: written.countryCode }
        messages.push([compose([lead, { text: written.text, label }, trail])])
        facets.push({ region: region.region, format })
      }
    })
    return cases(category, messages, facets)
  }
}

// ---------------------------------------------------------------------------
// Email addresses

const FIRST_NAMES = ['maria', 'james', 'aisha', 'chen', 'olga', 'pedro', 'fatima', 'liam', 'yuki', 'noura', 'oskar', 'priya']
const LAST_NAMES = ['kowalski', 'nguyen', 'okafor', 'schmidt', 'garcia', 'tanaka', 'dubois', 'haddad', 'lindqvist', 'moreau', 'patel', 'oconnor']
const DOMAINS = ['gmail.com', 'outlook.com', 'mail.example.co.uk', 'support.eu.example.org', 'example.io', 'post.example.de', 'students.example.ac.uk', 'example-shop.com', 'sub.mail.example.net']

/** Local parts such as maria.kowalski, okafor_aisha84, Pedro.Garcia+billing; domains with subdomains. */
function buildEmails(seed: number, count: number): EvalCase[] {
  const local = fc
    .tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES), fc.constantFrom('.', '_', '', '-'), fc.boolean(), fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }), fc.boolean())
    .map(([first, last, separator, lastFirst, number, capitalise]) => {
      const cap = (word: string) => (capitalise ? word.charAt(0).toUpperCase() + word.slice(1) : word)
      const base = lastFirst ? `${cap(last)}${separator}${cap(first)}` : `${cap(first)}${separator}${cap(last)}`
      return number === undefined ? base : `${base}${number}`
    })
  const drawn = sample(
    fc.tuple(
      local,
      fc.option(fc.constantFrom('+billing', '+shop', '+2026', '+chat'), { nil: undefined, freq: 3 }),
      fc.constantFrom(...DOMAINS),
      fc.constantFrom('email me at ', 'my email is ', 'email: ', 'send it to ', '', 'contact ', 'my address is '),
      fc.constantFrom('', '.', ', thanks', '!', '?'),
      fc.boolean(),
    ),
    seed,
    count,
  )
  return cases(
    'email',
    drawn.map(([identity, tag, domain, lead, trail, bracketed]) => {
      const address = `${identity}${tag ?? ''}@${domain}`
      const piece: Piece = { text: address, label: { type: 'email', digits: asciiDigitsOf(address), emailIdentity: identity } }
      return [compose(bracketed ? [lead, '<', piece, '>', trail] : [lead, piece, trail])]
    }),
    drawn.map(([, tag, domain]) => ({ tag: tag === undefined ? 'no +tag' : '+tag', domain: domain.split('.').length > 2 ? 'subdomain' : 'plain domain' })),
  )
}

// ---------------------------------------------------------------------------
// IBANs

interface IbanCountry {
  readonly country: string
  /** BBAN shape: `d` digit, `A` upper-case letter. */
  readonly bban: string
}

const IBAN_COUNTRIES: readonly IbanCountry[] = [
  { country: 'DE', bban: 'dddddddddddddddddd' },
  { country: 'GB', bban: 'AAAAdddddddddddddd' },
  { country: 'FR', bban: 'ddddddddddddddddddddddd' },
  { country: 'NL', bban: 'AAAAdddddddddd' },
  { country: 'ES', bban: 'dddddddddddddddddddd' },
  { country: 'IT', bban: 'Adddddddddddddddddddddd' },
]

const LETTER_A = 0x41

/** ISO 13616 check digits: 98 − (BBAN + country + "00", letters as 10–35) mod 97. */
export function ibanCheckDigits(country: string, bban: string): string {
  let remainder = 0
  for (const character of `${bban}${country}00`) {
    const code = character.charCodeAt(0)
    if (code >= LETTER_A) remainder = (remainder * 100 + (code - LETTER_A + 10)) % 97
    else remainder = (remainder * 10 + (code - 0x30)) % 97
  }
  return pad(98 - remainder)
}

function ibanArbitrary(country: IbanCountry): fc.Arbitrary<string> {
  const units = [...country.bban].map((symbol) => (symbol === 'A' ? fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : fc.constantFrom(...'0123456789')))
  return fc.tuple(...units).map((parts) => {
    const bban = parts.join('')
    return `${country.country}${ibanCheckDigits(country.country, bban)}${bban}`
  })
}

/** Printed in groups of four, or as one block. */
function buildIbans(seed: number, count: number): EvalCase[] {
  const drawn = sample(
    fc.tuple(fc.constantFrom(...IBAN_COUNTRIES).chain((country) => ibanArbitrary(country)), fc.boolean(), fc.constantFrom('my IBAN is ', 'IBAN: ', 'please refund to ', 'bank account ', ''), fc.constantFrom('', '.', ' thanks')),
    seed,
    count,
  )
  return cases(
    'iban',
    drawn.map(([iban, grouped, lead, trail]) => {
      const text = grouped ? (iban.match(/.{1,4}/g) ?? [iban]).join(' ') : iban
      return [compose([lead, { text, label: { type: 'iban', digits: asciiDigitsOf(text) } }, trail])]
    }),
    drawn.map(([iban, grouped]) => ({ country: iban.slice(0, 2), format: grouped ? 'groups of 4' : 'compact' })),
  )
}

// ---------------------------------------------------------------------------
// Harmless numbers (hard negatives)

function negative(kind: NegativeKind, lead: string, value: string, trail: string): EvalMessage {
  return compose([lead, { text: value, negative: kind }, trail])
}

/** A number that is no phone number of any region the evaluation draws phones from. */
function isNoPhone(digits: string): boolean {
  return !PHONE_REGIONS.some(({ region }) => isValidPhoneNumber(digits, region))
}

const ALPHANUMERIC = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'
const HEX = '0123456789abcdef'

function charsOf(alphabet: string, length: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length })
}

/** The ISBN-13 check digit (weights 1, 3, 1, 3, …). */
function isbn13(body: string): string {
  let sum = 0
  for (let index = 0; index < body.length; index++) sum += (body.charCodeAt(index) - 0x30) * (index % 2 === 0 ? 1 : 3)
  return body + String((10 - (sum % 10)) % 10)
}

const NEGATIVE_BUILDERS: Readonly<Record<NegativeKind, { title: string; arbitrary: fc.Arbitrary<EvalMessage> }>> = {
  order_number: {
    title: 'order numbers (6–9 digits)',
    arbitrary: fc
      .tuple(fc.integer({ min: 6, max: 9 }).chain(digitString), fc.constantFrom(['order #', ' has shipped'], ['your order number is ', ''], ['Order ', ' was cancelled'], ['ref ', ' please']))
      .map(([digits, [lead, trail]]) => negative('order_number', lead, digits, trail)),
  },
  card_shaped_reference: {
    title: 'card-shaped references (12–19 digits; wrong Luhn, unknown prefix or invalid length)',
    arbitrary: fc
      .tuple(nearMissPanArbitrary(), fc.constantFrom(['reference number ', ''], ['booking ref ', ' confirmed'], ['your case id is ', '.'], ['invoice ', ' attached']))
      .map(([digits, [lead, trail]]) => negative('card_shaped_reference', lead, digits, trail)),
  },
  tracking_ups: {
    title: 'UPS tracking numbers (1Z…)',
    arbitrary: fc
      .tuple(charsOf(ALPHANUMERIC, 6), digitString(2), digitString(8), fc.constantFrom(['tracking number ', ''], ['UPS ', ' out for delivery'], ['track it with ', '.']))
      .map(([shipper, service, parcel, [lead, trail]]) => negative('tracking_ups', lead, `1Z${shipper}${service}${parcel}`, trail)),
  },
  tracking_fedex: {
    title: 'FedEx tracking numbers (12, 15, 20, 22 digits)',
    arbitrary: fc
      .tuple(fc.constantFrom(12, 15, 20, 22).chain(digitString).filter((digits) => !containsValidPan(digits) && isNoPhone(digits)), fc.constantFrom(['FedEx tracking ', ''], ['tracking no. ', ' shows delivered'], ['fedex ', '']))
      .map(([digits, [lead, trail]]) => negative('tracking_fedex', lead, digits, trail)),
  },
  timestamp: {
    title: 'timestamps (ISO 8601, clock times, Unix seconds and milliseconds)',
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }),
        fc.constantFrom('iso', 'clock', 'unix', 'unix-ms'),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(['logged at ', ''], ['timestamp ', ' in the logs'], ['error at ', '']),
      )
      .map(([seconds, format, milliseconds, [lead, trail]]) => {
        const iso = new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
        const value = format === 'iso' ? iso : format === 'clock' ? iso.slice(11, 19) : format === 'unix' ? String(seconds) : `${seconds}${String(milliseconds).padStart(3, '0')}`
        return negative('timestamp', lead, value, trail)
      }),
  },
  date: {
    title: 'dates (DD/MM/YYYY, YYYY-MM-DD, MM/DD/YY, DD.MM.YYYY, Mon D, YYYY)',
    arbitrary: fc
      .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(['the meeting is on ', ''], ['delivered ', '.'], ['born ', ''], ['since ', ' it has not worked']))
      .map(([year, month, day, format, [lead, trail]]) => {
        const values = [`${pad(day)}/${pad(month)}/${year}`, `${year}-${pad(month)}-${pad(day)}`, `${pad(month)}/${pad(day)}/${pad(year % 100)}`, `${pad(day)}.${pad(month)}.${year}`, `${MONTH_ABBREVIATIONS[month - 1]} ${day}, ${year}`]
        return negative('date', lead, values[format] ?? '', trail)
      }),
  },
  decimal: {
    title: 'decimals and grouped numbers',
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }).chain(digitString), fc.integer({ min: 1, max: 6 }).chain(digitString), fc.boolean(), fc.constantFrom(['the reading was ', ''], ['pi is about ', ''], ['total weight ', ' kg'], ['it is ', ' times bigger']))
      .map(([whole, fraction, grouped, [lead, trail]]) => {
        const integer = String(Number(whole))
        const written = grouped ? Number(integer).toLocaleString('en-US') : integer
        return negative('decimal', lead, `${written}.${fraction}`, trail)
      }),
  },
  price: {
    title: 'prices',
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom(['it costs ', ''], ['I was charged ', ' twice'], ['refund of ', ' please'], ['total: ', '']))
      .map(([units, cents, format, [lead, trail]]) => {
        const values = [`$${units.toLocaleString('en-US')}.${pad(cents)}`, `€${units},${pad(cents)}`, `£${units}.${pad(cents)}`, `USD ${units}`, `$${units}`, `${units.toLocaleString('de-DE')},${pad(cents)} €`]
        return negative('price', lead, values[format] ?? '', trail)
      }),
  },
  account_number: {
    title: 'customer and account numbers (8–11 digits, no valid phone number)',
    arbitrary: fc
      .tuple(fc.integer({ min: 8, max: 11 }).chain(digitString).filter(isNoPhone), fc.constantFrom(['my account number is ', ''], ['customer id ', ''], ['member no ', ' thanks']))
      .map(([digits, [lead, trail]]) => negative('account_number', lead, digits, trail)),
  },
  imei: {
    title: 'IMEIs (15 digits, Luhn-valid, no card prefix)',
    arbitrary: fc
      .tuple(fc.constantFrom('35', '86', '01', '99'), digitString(12), fc.constantFrom(['IMEI ', ''], ['my phone IMEI is ', '.'], ['device ', ' is locked']))
      .map(([prefix, body, lead]) => ({ digits: completeWithLuhn(prefix + body), lead }))
      .filter(({ digits }) => !containsValidPan(digits))
      .map(({ digits, lead: [lead, trail] }) => negative('imei', lead, digits, trail)),
  },
  isbn: {
    title: 'ISBN-13s',
    arbitrary: fc
      .tuple(fc.constantFrom('978', '979'), digitString(9), fc.boolean(), fc.constantFrom(['ISBN ', ''], ['the book is ISBN ', '.']))
      .map(([prefix, body, hyphenated, [lead, trail]]) => {
        const digits = isbn13(prefix + body)
        const written = hyphenated ? `${digits.slice(0, 3)}-${digits.slice(3, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}` : digits
        return negative('isbn', lead, written, trail)
      }),
  },
  hex_id: {
    title: 'UUIDs and hex identifiers',
    arbitrary: fc
      .tuple(fc.uuid(), charsOf(HEX, 8), fc.boolean(), fc.constantFrom(['request id ', ''], ['session ', ' expired'], ['commit ', '']))
      .map(([uuid, hex, isUuid, [lead, trail]]) => negative('hex_id', lead, isUuid ? uuid : `0x${hex}`, trail)),
  },
  score_fraction: {
    title: 'scores, fractions, ratios',
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(['we won ', '-', ''], ['add ', '/', ' cup of sugar'], ['aspect ratio ', ':', ''], ['rated ', '/', ' stars'], ['final score ', ':', '']))
      .map(([a, b, [lead, joiner, trail]]) => negative('score_fraction', lead, `${a}${joiner}${b}`, trail)),
  },
  small_number: {
    title: 'room, flight, gate and quantity numbers',
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(['room ', ''], ['flight UA ', ' is late'], ['gate ', ''], ['table for ', ' please'], ['I need ', ' tickets'], ['apartment ', '']))
      .map(([value, [lead, trail]]) => negative('small_number', lead, String(value), trail)),
  },
}

export const NEGATIVE_KINDS = Object.keys(NEGATIVE_BUILDERS) as NegativeKind[]

export function negativeTitle(kind: NegativeKind): string {
  return NEGATIVE_BUILDERS[kind].title
}

function buildNegatives(kind: NegativeKind) {
  return (seed: number, count: number): EvalCase[] => cases(`negative_${kind}`, sample(NEGATIVE_BUILDERS[kind].arbitrary, seed, count).map((message) => [message]), [])
}

// ---------------------------------------------------------------------------
// Cards split across messages, and keystrokes

/**
 * A card written over two messages, cut between any two of its digits. When the
 * cut falls on a separator the separator is dropped, as a person splitting
 * "5425 2334" and "3010 9903" would.
 */
function splitCard(pan: FormattedPan, cutDigit: number, lead: string, trail: string, sender: string): [EvalMessage, EvalMessage] {
  let digitsSeen = 0
  let cut = 0
  for (const character of pan.text) {
    if (digitsSeen === cutDigit) break
    cut += character.length
    if (asciiDigitsOf(character) !== '') digitsSeen++
  }
  const first = pan.text.slice(0, cut).replace(/[^\p{Nd}]+$/u, '')
  const second = pan.text.slice(cut).replace(/^[^\p{Nd}]+/u, '')
  const facets = cardFormatFacets(pan.text)
  const format = `${facets.grouping} · ${facets.separators} · ${facets.digits}`
  const partLabel = (text: string, firstDigit: number): Piece => ({
    text,
    label: { type: 'card_number', digits: asciiDigitsOf(text), card: { pan: pan.digits, brand: pan.brand, firstDigit, format } },
  })
  return [compose([lead, partLabel(first, 0)], sender), compose([partLabel(second, cutDigit), trail], sender)]
}

const SPLIT_LEADS = fc.constantFrom('my card is ', 'card number ', 'its ', '', 'the number is ')
const SPLIT_TRAILS = fc.constantFrom('', ' thanks', '.', ' that is all of it')

function buildSplits(withAgentBetween: boolean) {
  return (seed: number, count: number): EvalCase[] => {
    const drawn = sample(
      evalPanArbitrary().chain((pan) => fc.tuple(fc.constant(pan), fc.integer({ min: 1, max: pan.digits.length - 1 }), SPLIT_LEADS, SPLIT_TRAILS, fc.constantFrom('ok', 'go on', 'got it, and the rest?', 'mhm'))),
      seed,
      count,
    )
    return cases(
      withAgentBetween ? 'split_agent_between' : 'split_same_sender',
      drawn.map(([pan, cutDigit, lead, trail, agent]) => {
        const [first, second] = splitCard(pan, cutDigit, lead, trail, 'customer')
        return withAgentBetween ? [first, compose([agent], 'agent'), second] : [first, second]
      }),
      drawn.map(([pan, cutDigit]) => ({ ...cardFacets(pan), cut: `after digit ${cutDigit}` })),
    )
  }
}

/** A card in one message, its expiry and CVV (no keywords) in the next; or a CVV keyword, then the CVV alone. */
function buildSplitDetails(seed: number, count: number): EvalCase[] {
  const drawn = sample(
    fc.tuple(evalPanArbitrary(), expiryValueArbitrary.filter((value) => ['MM/YY', 'MM/YYYY'].includes(value.format)), digitString(3), fc.boolean(), fc.constantFrom('my security code is', 'the cvv is', 'cvv:', 'and the three digits on the back are')),
    seed,
    count,
  )
  return cases(
    'split_details',
    drawn.map(([pan, expiry, cvv, cardFirst, keyword]) =>
      cardFirst
        ? [
            compose(['card ', cardPiece(pan)]),
            compose([{ text: expiry.text, label: { type: 'expiry_date', digits: asciiDigitsOf(expiry.text) } }, ' ', { text: cvv, label: { type: 'cvv', digits: cvv } }]),
          ]
        : [compose([keyword]), compose([{ text: cvv, label: { type: 'cvv', digits: cvv } }])],
    ),
    drawn.map(([, , , cardFirst]) => ({ shape: cardFirst ? 'card, then "MM/YY CVV"' : 'CVV keyword, then the CVV alone' })),
  )
}

/** Drafts typed one key at a time: a card alone, or a card with its expiry and CVV. */
function buildKeystrokes(withDetails: boolean) {
  return (seed: number, count: number): EvalCase[] => {
    const drawn = sample(fc.tuple(evalPanArbitrary(), expiryValueArbitrary.filter((value) => value.format === 'MM/YY'), digitString(3), LEAD_AND_TRAIL), seed, count)
    return cases(
      withDetails ? 'keystroke_card_details' : 'keystroke_card',
      drawn.map(([pan, expiry, cvv, [lead, trail]]) => [
        compose(
          withDetails
            ? [lead, cardPiece(pan), ' exp ', { text: expiry.text, label: { type: 'expiry_date', digits: asciiDigitsOf(expiry.text) } }, ' cvv ', { text: cvv, label: { type: 'cvv', digits: cvv } }, trail]
            : [lead, cardPiece(pan), trail],
        ),
      ]),
      drawn.map(([pan]) => cardFacets(pan)),
      'keystrokes',
    )
  }
}

// ---------------------------------------------------------------------------
// The set

export const CATEGORIES: readonly CategorySpec[] = [
  { id: 'card', title: 'Card numbers, every brand and format', kind: 'positive', count: 780, build: buildCards },
  { id: 'card_markup', title: 'Card numbers in chat formatting (Markdown, glued card words)', kind: 'positive', count: 220, build: buildMarkedUpCards },
  { id: 'expiry', title: 'Expiry dates with a keyword', kind: 'positive', count: 400, build: buildExpiries },
  { id: 'cvv', title: 'CVVs with a keyword', kind: 'positive', count: 400, build: buildCvvs },
  { id: 'combo_keywords', title: 'Card + expiry + CVV, with keywords', kind: 'positive', count: 200, build: buildCombos(true) },
  { id: 'combo_adjacent', title: 'Card + expiry + CVV, no keywords (context: the card)', kind: 'positive', count: 200, build: buildCombos(false) },
  { id: 'phone_international', title: 'Phones, international (+CC), 7 regions', kind: 'positive', count: 280, build: buildPhones('phone_international') },
  { id: 'phone_national_default', title: 'Phones, national format, US and GB', kind: 'positive', count: 160, build: buildPhones('phone_national_default') },
  { id: 'phone_national_other', title: 'Phones, national format, DE FR IN AU BR', kind: 'positive', count: 200, build: buildPhones('phone_national_other') },
  { id: 'email', title: 'Emails (plus-tags, subdomains)', kind: 'positive', count: 300, build: buildEmails },
  { id: 'iban', title: 'IBANs (DE GB FR NL ES IT)', kind: 'positive', count: 200, build: buildIbans },
  ...NEGATIVE_KINDS.map((kind): CategorySpec => ({ id: `negative_${kind}`, title: NEGATIVE_BUILDERS[kind].title, kind: 'negative', count: 60, build: buildNegatives(kind) })),
  { id: 'split_same_sender', title: 'Card split over two messages', kind: 'split', count: 200, build: buildSplits(false) },
  { id: 'split_agent_between', title: 'Card split over two messages, agent message between', kind: 'split', count: 150, build: buildSplits(true) },
  { id: 'split_details', title: 'Expiry/CVV in the message after the card or keyword', kind: 'split', count: 150, build: buildSplitDetails },
  { id: 'keystroke_card', title: 'Card typed key by key', kind: 'keystroke', count: 100, build: buildKeystrokes(false) },
  { id: 'keystroke_card_details', title: 'Card + expiry + CVV typed key by key', kind: 'keystroke', count: 100, build: buildKeystrokes(true) },
]

export interface GenerateOptions {
  readonly seed?: number
  /** Multiplies every category's count (at least one case each): 1 for the evaluation, less for tests. */
  readonly scale?: number
  /** Only these category ids. */
  readonly only?: readonly string[]
}

/** The whole labelled set, deterministic for a seed. */
export function generateEvalSet(options: GenerateOptions = {}): EvalCase[] {
  const seed = options.seed ?? DEFAULT_EVAL_SEED
  const scale = options.scale ?? 1
  const all: EvalCase[] = []
  for (const category of CATEGORIES) {
    if (options.only !== undefined && !options.only.includes(category.id)) continue
    all.push(...category.build(categorySeed(seed, category.id), Math.max(1, Math.round(category.count * scale))))
  }
  return all
}

export function categoryOf(id: string): CategorySpec {
  const found = CATEGORIES.find((category) => category.id === id)
  if (found === undefined) throw new Error(`unknown evaluation category ${id}`)
  return found
}
