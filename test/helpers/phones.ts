/**
 * Phone numbers as people write them in chat, and the digit runs that are
 * not phones, for the phone detector's recall and false-positive properties.
 *
 * Recall material comes from libphonenumber-js itself: the example number of
 * every region it ships (`examples.mobile.json`, the only example set in the
 * package: there is no fixed-line one), plus fixed-line numbers drawn from
 * each region's own fixed-line pattern in the max metadata and kept when
 * libphonenumber calls them valid fixed-line numbers. Each is written in the
 * library's national and international formats, as E.164, and with its
 * groups joined by dashes, dots or spaces instead, inside chat sentences.
 *
 * Every value is generated or a published example: never put a real person's
 * data in a test. Failure messages print counts, never a number.
 */
import fc from 'fast-check'
import metadata from 'libphonenumber-js/metadata.max.json'
import {
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/examples.mobile.json'
import { MIN_PHONE_DIGITS } from '../../src/data/limits.js'
import { validIbanArbitrary, formatIban } from './pii.js'

/** How a number is written. */
export type PhoneWriting =
  | 'national'
  | 'national-dashes'
  | 'national-dots'
  | 'national-spaces'
  | 'international'
  | 'international-dashes'
  | 'international-dots'
  | 'e164'

export const NATIONAL_WRITINGS: readonly PhoneWriting[] = ['national', 'national-dashes', 'national-dots', 'national-spaces']
export const INTERNATIONAL_WRITINGS: readonly PhoneWriting[] = ['international', 'international-dashes', 'international-dots', 'e164']

/** A region's number: where it came from and the parsed number. */
export interface SourcePhone {
  readonly region: CountryCode
  readonly kind: 'mobile-example' | 'fixed-line'
  readonly number: PhoneNumber
}

/** One number written one way. */
export interface WrittenPhone extends SourcePhone {
  readonly writing: PhoneWriting
  readonly text: string
}

/** Before and after the number: "call me on …", "my number is …", "…, thanks", bare. */
export const PHONE_SENTENCES: readonly (readonly [string, string])[] = [
  ['call me on ', ''],
  ['my number is ', ' thanks'],
  ['hi, ', ', thanks'],
  ['', ''],
]

/** Every region libphonenumber-js ships an example mobile number for, with at least 7 digits. */
export function exampleMobilePhones(): SourcePhone[] {
  return getCountries().flatMap((region) => {
    const number = getExampleNumber(region, examples)
    if (number === undefined || number.nationalNumber.length < MIN_PHONE_DIGITS) return []
    return [{ region, kind: 'mobile-example' as const, number }]
  })
}

/** Fields of the compressed metadata (libphonenumber-js `source/metadata.js`): a country's types, the first being fixed-line. */
const COUNTRY_TYPES = 11
const FIXED_LINE_TYPE = 0

/**
 * Up to `perRegion` fixed-line numbers of `region`, drawn from its fixed-line
 * pattern with fast-check (seeded, so every run draws the same) and kept when
 * libphonenumber reads them as valid fixed-line numbers.
 */
export function fixedLinePhones(region: CountryCode, perRegion: number, seed: number): SourcePhone[] {
  const plan = (metadata.countries as unknown as Record<string, unknown[] | undefined>)[region]
  const types = plan?.[COUNTRY_TYPES]
  const fixedLine = Array.isArray(types) ? (types[FIXED_LINE_TYPE] as unknown[] | undefined) : undefined
  const pattern = Array.isArray(fixedLine) ? fixedLine[0] : undefined
  if (typeof pattern !== 'string' || pattern === '') return []
  const drawn = fc.sample(fc.stringMatching(new RegExp(`^(?:${pattern})$`)), { numRuns: perRegion * 4, seed })
  const phones: SourcePhone[] = []
  const seen = new Set<string>()
  for (const nationalNumber of drawn) {
    if (phones.length >= perRegion || seen.has(nationalNumber) || nationalNumber.length < MIN_PHONE_DIGITS) continue
    seen.add(nationalNumber)
    const number = parsePhoneNumberFromString(nationalNumber, region)
    const type = number?.getType()
    if (number === undefined || !number.isValid() || (type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE')) continue
    phones.push({ region, kind: 'fixed-line', number })
  }
  return phones
}

/** `formatted` with its digit groups joined by `separator` instead ("+44 20 7946 0958" → "+44-20-7946-0958"). */
function regrouped(formatted: string, separator: string): string {
  const plus = formatted.startsWith('+') ? '+' : ''
  return plus + (formatted.match(/\d+/g) ?? []).join(separator)
}

/** The number written every way of `writings`. */
export function writtenForms(phone: SourcePhone, writings: readonly PhoneWriting[]): WrittenPhone[] {
  const national = phone.number.formatNational()
  const international = phone.number.formatInternational()
  const text: Record<PhoneWriting, string> = {
    national,
    'national-dashes': regrouped(national, '-'),
    'national-dots': regrouped(national, '.'),
    'national-spaces': regrouped(national, ' '),
    international,
    'international-dashes': regrouped(international, '-'),
    'international-dots': regrouped(international, '.'),
    e164: phone.number.number,
  }
  return writings.map((writing) => ({ ...phone, writing, text: text[writing] }))
}

// ---------------------------------------------------------------------------
// Digit runs that are not phone numbers

const digit = fc.constantFrom(...'0123456789')
const digits = (length: number): fc.Arbitrary<string> => fc.string({ unit: digit, minLength: length, maxLength: length })
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ')

/** "INV-2026-000123", "CS-2025-550123": 2–4 letters, a year, 4–6 digits. */
export function invoiceReferenceArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ unit: upper, minLength: 2, maxLength: 4 }), fc.integer({ min: 1990, max: 2039 }), fc.integer({ min: 4, max: 6 }).chain(digits))
    .map(([letters, year, serial]) => `${letters}-${year}-${serial}`)
}

/** "ABC-415-555-0123", "REF 2024-5551234": a code glued to digits, or a year-first reference. */
export function codeReferenceArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.string({ unit: upper, minLength: 2, maxLength: 4 }), digits(3), digits(3), digits(4)).map(([letters, a, b, c]) => `${letters}-${a}-${b}-${c}`),
    fc.tuple(fc.constantFrom('REF', 'Case', 'Ticket', 'ref'), fc.integer({ min: 1990, max: 2039 }), digits(7)).map(([word, year, serial]) => `${word} ${year}-${serial}`),
  )
}

/** "172.42.23.236", "10.0.0.1", with or without a port. */
export function ipv4Arbitrary(): fc.Arbitrary<string> {
  const octet = fc.integer({ min: 0, max: 255 }).map(String)
  return fc
    .tuple(octet, octet, octet, octet, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }))
    .map(([a, b, c, d, port]) => `${a}.${b}.${c}.${d}${port === undefined ? '' : `:${port}`}`)
}

/** Serial numbers in 4-4-4-4 groups, spaced or dashed, digits or hex. */
export function serialNumberArbitrary(): fc.Arbitrary<string> {
  const hex = fc.constantFrom(...'0123456789abcdef')
  return fc.oneof(
    fc.tuple(digits(4), digits(4), digits(4), digits(4), fc.constantFrom(' ', '-')).map(([a, b, c, d, sep]) => [a, b, c, d].join(sep)),
    fc.array(fc.string({ unit: hex, minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }).filter((parts) => parts.some((part) => /[a-f]/.test(part))).map((parts) => parts.join('-')),
  )
}

/** "12-05-2024", "2024.05.12", "08 06 1963", "12/05/2024". */
export function dateArbitrary(): fc.Arbitrary<string> {
  const day = fc.integer({ min: 1, max: 28 }).map((value) => String(value).padStart(2, '0'))
  const month = fc.integer({ min: 1, max: 12 }).map((value) => String(value).padStart(2, '0'))
  const year = fc.integer({ min: 1940, max: 2039 }).map(String)
  return fc
    .tuple(day, month, year, fc.constantFrom('-', '.', ' ', '/'), fc.boolean())
    .map(([d, m, y, sep, yearFirst]) => (yearFirst ? [y, m, d] : [d, m, y]).join(sep))
}

/** "10:30", "10:30:15", "10:30 - 11:45". */
export function timeArbitrary(): fc.Arbitrary<string> {
  const hour = fc.integer({ min: 0, max: 23 }).map((value) => String(value).padStart(2, '0'))
  const minute = fc.integer({ min: 0, max: 59 }).map((value) => String(value).padStart(2, '0'))
  return fc.oneof(
    fc.tuple(hour, minute, minute).map(([h, m, s]) => `${h}:${m}:${s}`),
    fc.tuple(hour, minute, hour, minute).map(([h1, m1, h2, m2]) => `${h1}:${m1} - ${h2}:${m2}`),
  )
}

/** "$1,234.56", "€ 1 234 567", "1 234 567,89 EUR", "£12,500,000". */
export function priceArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.constantFrom('$', '£', '€'), fc.integer({ min: 1000, max: 99_999_999 })).map(([symbol, value]) => `${symbol}${value.toLocaleString('en-US')}.${String(value % 100).padStart(2, '0')}`),
    fc.integer({ min: 1_000_000, max: 999_999_999 }).map((value) => `€ ${value.toLocaleString('en-US').replaceAll(',', ' ')}`),
    fc.integer({ min: 1_000_000, max: 999_999_999 }).map((value) => `${value.toLocaleString('en-US').replaceAll(',', ' ')},${String(value % 100).padStart(2, '0')} €`),
  )
}

/** 22-digit tracking numbers (USPS style) in 4-4-4-4-4-2 groups. */
export function trackingNumberArbitrary(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('9400', '9205', '9361', '9270'), digits(18)).map(([prefix, rest]) => {
    const all = prefix + rest
    return [all.slice(0, 4), all.slice(4, 8), all.slice(8, 12), all.slice(12, 16), all.slice(16, 20), all.slice(20)].join(' ')
  })
}

/** An IBAN in its print format (groups of four), for a redactor without the IBAN detector. */
export function ibanPrintArbitrary(): fc.Arbitrary<string> {
  return validIbanArbitrary().map((iban) => formatIban(iban.compact, 'print'))
}

/** STAR-style account numbers (11 digits) and PINs (4 digits), with the words STAR writes around them. */
export function accountAndPinArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    digits(11).map((account) => `My account number is ${account}, but I forgot my PIN.`),
    digits(4).map((pin) => `my PIN is ${pin}`),
    fc.tuple(digits(11), digits(4)).map(([account, pin]) => `account ${account} pin ${pin}`),
  )
}

/** Every kind of harmless number above, with its name, for per-kind counts. */
export const NOT_A_PHONE: readonly (readonly [string, () => fc.Arbitrary<string>])[] = [
  ['invoice and ticket references', invoiceReferenceArbitrary],
  ['codes glued to digits, year-first references', codeReferenceArbitrary],
  ['IPv4 addresses', ipv4Arbitrary],
  ['serial numbers in 4-4-4-4', serialNumberArbitrary],
  ['dates', dateArbitrary],
  ['times', timeArbitrary],
  ['prices', priceArbitrary],
  ['22-digit tracking numbers', trackingNumberArbitrary],
  ['account numbers and PINs', accountAndPinArbitrary],
]

export { assertQuietly } from './quiet-assert.js'
