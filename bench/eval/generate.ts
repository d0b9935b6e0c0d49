/**
 * The labelled evaluation set, generated from one seed: the same seed always
 * gives the same cases (fast-check's `fc.sample` with a seed derived per
 * category). Every card number is generated (never a real card); phone numbers
 * are random numbers that libphonenumber-js (max metadata) accepts as valid for
 * their region, or its own example numbers; IBANs carry correct MOD 97-10 check
 * digits. The families of issue 12 (every issuer row, separators, dumps, URLs,
 * Unicode digits, vocabulary in 9 languages, phones of every region,
 * agent/customer flows) live in `families/`, one file per kind of value.
 *
 * Positive messages hold exactly the labelled values and digit-free words around
 * them, so every digit left in an output comes from a labelled value (or from a
 * peer's placeholder counter, which scoring removes): that is what lets scoring
 * stay black-box. Negative messages hold one harmless number each.
 */
import fc from 'fast-check'
import { isValidPhoneNumber, parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { BRANDS_IN_TABLE, completeWithLuhn, containsValidPan, nearMissPanArbitrary, type FormattedPan } from '../../test/helpers/cards.js'
import { invoiceReferenceArbitrary, codeReferenceArbitrary, ipv4Arbitrary, serialNumberArbitrary, trackingNumberArbitrary } from '../../test/helpers/phones.js'
import { DEFAULT_PHONE_REGIONS } from '../../src/data/phone-regions.js'
import type { CardBrand } from '../../src/types.js'
import {
  cardFacets,
  cardFormatFacets,
  cardPiece,
  cases,
  categorySeed,
  DEFAULT_EVAL_SEED,
  digitString,
  evalPanArbitrary,
  expiryPiece,
  expiryValueArbitrary,
  LEAD_AND_TRAIL,
  MONTH_ABBREVIATIONS,
  pad,
  patternDigits,
  sample,
  type CategorySpec,
} from './building-blocks.js'
import { asciiDigitsOf } from './digits.js'
import { CARD_FAMILIES } from './families/cards.js'
import { FLOW_FAMILIES } from './families/flows.js'
import { PHONE_FAMILIES } from './families/phones.js'
import { VOCABULARY_FAMILIES } from './families/vocabulary.js'
import { compose, type EvalCase, type EvalMessage, type FlowNegativeKind, type MessageNegativeKind, type NegativeKind, type Piece } from './labels.js'

export { categorySeed, cardFormatFacets, commonFormattedPanArbitrary, DEFAULT_EVAL_SEED, EVAL_NOW, evalPanArbitrary, type CategorySpec } from './building-blocks.js'

// ---------------------------------------------------------------------------
// Card numbers

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
      const piece: Piece = expiryPiece(value)
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
          expiryPiece(expiry),
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

/**
 * Regions whose national numbers chatmask recognises without "+" by default
 * (`phoneRegions`): read from chatmask's own default list, so the national
 * categories split where the library does.
 */
export const DEFAULT_NATIONAL_REGIONS: readonly string[] = DEFAULT_PHONE_REGIONS

/** The regions of {@link PHONE_REGIONS} that are (or are not) default regions, for category titles. */
export function phoneRegionsOf(defaults: boolean): string[] {
  return PHONE_REGIONS.map(({ region }) => region).filter((region) => DEFAULT_NATIONAL_REGIONS.includes(region) === defaults)
}

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

const NEGATIVE_BUILDERS: Readonly<Record<MessageNegativeKind, { title: string; arbitrary: fc.Arbitrary<EvalMessage> }>> = {
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
  invoice_reference: {
    title: 'invoice and ticket references (INV-2026-000123, ABC-415-555-0123)',
    arbitrary: fc
      .tuple(fc.oneof(invoiceReferenceArbitrary(), codeReferenceArbitrary()), fc.constantFrom(['invoice ', ' is attached'], ['your ticket is ', ''], ['see ', ' for details'], ['', '']))
      .map(([value, [lead, trail]]) => negative('invoice_reference', lead, value, trail)),
  },
  ipv4_address: {
    title: 'IPv4 addresses (some peers mask these on purpose: left out of the total)',
    arbitrary: fc
      .tuple(ipv4Arbitrary(), fc.constantFrom(['the server is ', ''], ['ping ', ' please'], ['my router shows ', '.'], ['IP: ', '']))
      .map(([value, [lead, trail]]) => negative('ipv4_address', lead, value, trail)),
  },
  serial_number: {
    title: 'serial numbers in 4-4-4-4 groups (no valid card among them)',
    arbitrary: fc
      .tuple(serialNumberArbitrary().filter((value) => !containsValidPan(asciiDigitsOf(value))), fc.constantFrom(['serial no. ', ''], ['the device serial is ', '.'], ['licence key ', ''], ['S/N ', ' on the box']))
      .map(([value, [lead, trail]]) => negative('serial_number', lead, value, trail)),
  },
  tracking_usps: {
    title: 'USPS tracking numbers (22 digits in groups; no valid card in them)',
    arbitrary: fc
      .tuple(trackingNumberArbitrary().filter((value) => !containsValidPan(asciiDigitsOf(value))), fc.constantFrom(['USPS tracking ', ''], ['tracking number ', ' shows in transit'], ['', '']))
      .map(([value, [lead, trail]]) => negative('tracking_usps', lead, value, trail)),
  },
  url_digits: {
    title: 'other digits in URLs (order ids, dates, pages, video ids)',
    arbitrary: fc
      .tuple(
        fc.integer({ min: 6, max: 9 }).chain(digitString),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2015, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(['see ', ''], ['the link is ', ' thanks'], ['', '']),
      )
      .map(([id, page, year, month, day, shape, [lead, trail]]) => {
        const urls = [
          `https://shop.example.com/orders/${id}?page=${page}`,
          `https://example.com/blog/${year}/${pad(month)}/${pad(day)}/post-${page}`,
          `https://support.example.com/tickets/${id}#comment-${page}`,
          `https://example.com/search?q=room+${page}&from=${year}-${pad(month)}-${pad(day)}`,
          `https://cdn.example.com/v${page}/img/${id}.png`,
        ]
        return negative('url_digits', lead, urls[shape] ?? '', trail)
      }),
  },
}

/** The negative kinds of single messages, in table order. */
export const NEGATIVE_KINDS = Object.keys(NEGATIVE_BUILDERS) as MessageNegativeKind[]

/** Kinds left out of the "all harmless numbers" total: values some peers mask by design. */
export const NEGATIVE_KINDS_OUT_OF_TOTAL: readonly NegativeKind[] = ['ipv4_address']

const FLOW_NEGATIVE_TITLES: Readonly<Record<FlowNegativeKind, string>> = {
  answer_order_number: 'an order number, asked for by the agent',
  answer_postcode: 'a postcode, asked for by the agent',
  answer_room: 'a room number, asked for by the agent',
  answer_guests: 'a number of guests or nights, asked for by the agent',
}

export function negativeTitle(kind: NegativeKind): string {
  return kind in NEGATIVE_BUILDERS ? NEGATIVE_BUILDERS[kind as MessageNegativeKind].title : FLOW_NEGATIVE_TITLES[kind as FlowNegativeKind]
}

function buildNegatives(kind: MessageNegativeKind) {
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
            compose([expiryPiece(expiry), ' ', { text: cvv, label: { type: 'cvv', digits: cvv } }]),
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
            ? [lead, cardPiece(pan), ' exp ', expiryPiece(expiry), ' cvv ', { text: cvv, label: { type: 'cvv', digits: cvv } }, trail]
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
  { id: 'phone_national_default', title: `Phones, national format, default regions (${phoneRegionsOf(true).join(' ')})`, kind: 'positive', count: 250, build: buildPhones('phone_national_default') },
  { id: 'phone_national_other', title: `Phones, national format, other regions (${phoneRegionsOf(false).join(' ')})`, kind: 'positive', count: 110, build: buildPhones('phone_national_other') },
  { id: 'email', title: 'Emails (plus-tags, subdomains)', kind: 'positive', count: 300, build: buildEmails },
  { id: 'iban', title: 'IBANs (DE GB FR NL ES IT)', kind: 'positive', count: 200, build: buildIbans },
  ...NEGATIVE_KINDS.map((kind): CategorySpec => ({ id: `negative_${kind}`, title: NEGATIVE_BUILDERS[kind].title, kind: 'negative', count: 60, build: buildNegatives(kind) })),
  ...CARD_FAMILIES,
  ...VOCABULARY_FAMILIES,
  ...PHONE_FAMILIES,
  { id: 'split_same_sender', title: 'Card split over two messages', kind: 'split', count: 200, build: buildSplits(false) },
  { id: 'split_agent_between', title: 'Card split over two messages, agent message between', kind: 'split', count: 150, build: buildSplits(true) },
  { id: 'split_details', title: 'Expiry/CVV in the message after the card or keyword', kind: 'split', count: 150, build: buildSplitDetails },
  ...FLOW_FAMILIES,
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
