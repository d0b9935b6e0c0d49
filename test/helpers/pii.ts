/**
 * fast-check arbitraries for personal data, shared by the detector, stream and
 * redactor tests: IBANs of every registry country with correct check digits,
 * email addresses, phone numbers from libphonenumber's example set, UK National
 * Insurance numbers and US Social Security numbers, and chat text mixing them.
 *
 * Every value is generated (or a published example): never put a real
 * person's data in a test.
 */
import fc from 'fast-check'
import { getCountries, getExampleNumber, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/examples.mobile.json'
import { IBAN_LENGTH_BY_COUNTRY } from '../../src/data/iban-lengths.js'
import { MIN_PHONE_DIGITS } from '../../src/data/limits.js'
import { chatTextArbitrary } from './chat-text.js'

const DIGITS = '0123456789'
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ASCII_ZERO = 0x30
const ASCII_UPPER_A = 0x41
const MOD97 = 97
/** ISO 7064 MOD 97-10: check digits are 98 − (n mod 97) over BBAN + country + "00". */
const MOD97_CHECK_BASE = 98
const LETTER_VALUE_OF_A = 10
const PRINT_GROUP = 4

/**
 * ISO 13616 check digits for `bban` in `country`, computed forward (not with the
 * library's validator): letters count as two digits, A = 10.
 *
 * @example
 * ```ts
 * ibanCheckDigits('GB', 'WEST12345698765432') // '82'
 * ```
 */
export function ibanCheckDigits(country: string, bban: string): string {
  let remainder = 0
  for (const char of `${bban}${country}00`) {
    const code = char.charCodeAt(0)
    remainder =
      code >= ASCII_UPPER_A
        ? (remainder * 100 + code - ASCII_UPPER_A + LETTER_VALUE_OF_A) % MOD97
        : (remainder * 10 + code - ASCII_ZERO) % MOD97
  }
  return String(MOD97_CHECK_BASE - remainder).padStart(2, '0')
}

/** Every country in the IBAN table. */
export const IBAN_COUNTRIES: readonly string[] = Object.keys(IBAN_LENGTH_BY_COUNTRY)

export interface GeneratedIban {
  /** Compact, upper-case. */
  readonly compact: string
  readonly country: string
}

/** A valid IBAN of `country` (any listed one by default): random BBAN, mostly digits, correct check digits. */
export function validIbanArbitrary(country?: string): fc.Arbitrary<GeneratedIban> {
  const countries = country === undefined ? IBAN_COUNTRIES : [country]
  return fc.constantFrom(...countries).chain((chosen) => {
    const length = IBAN_LENGTH_BY_COUNTRY[chosen] as number
    const bbanChar = fc.oneof({ arbitrary: fc.constantFrom(...DIGITS), weight: 4 }, { arbitrary: fc.constantFrom(...UPPER), weight: 1 })
    return fc
      .string({ unit: bbanChar, minLength: length - 4, maxLength: length - 4 })
      .map((bban) => ({ compact: `${chosen}${ibanCheckDigits(chosen, bban)}${bban}`, country: chosen }))
  })
}

/** The IBAN as people write it: compact, the print format (groups of four), or lower-case. */
export function formattedIbanArbitrary(country?: string): fc.Arbitrary<GeneratedIban & { readonly text: string }> {
  return validIbanArbitrary(country).chain((iban) =>
    fc.constantFrom('compact', 'print', 'lower').map((style) => ({ ...iban, text: formatIban(iban.compact, style) })),
  )
}

export function formatIban(compact: string, style: 'compact' | 'print' | 'lower'): string {
  if (style === 'lower') return compact.toLowerCase()
  if (style === 'compact') return compact
  const groups: string[] = []
  for (let index = 0; index < compact.length; index += PRINT_GROUP) groups.push(compact.slice(index, index + PRINT_GROUP))
  return groups.join(' ')
}

/** `compact` with the digit at `position` (the n-th digit, wrapping) replaced by another. */
export function withOneDigitChanged(compact: string, position: number, shift: number): string {
  const digitPositions: number[] = []
  for (let index = 2; index < compact.length; index++) if (DIGITS.includes(compact.charAt(index))) digitPositions.push(index)
  const at = digitPositions[position % digitPositions.length] as number
  const changed = String(((compact.charCodeAt(at) - ASCII_ZERO + shift) % 10 + 10) % 10)
  return compact.slice(0, at) + changed + compact.slice(at + 1)
}

// ---------------------------------------------------------------------------
// Emails

const LOCAL_FIRST = 'abcdefghijklmnopqrstuvwxyz0123456789_'
const LOCAL_REST = `${LOCAL_FIRST}%+-`
const LABEL_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789'

const atomArbitrary = fc
  .tuple(fc.constantFrom(...LOCAL_FIRST), fc.string({ unit: fc.constantFrom(...LOCAL_REST), maxLength: 9 }))
  .map(([first, rest]) => first + rest)

const labelArbitrary = fc
  .tuple(fc.string({ unit: fc.constantFrom(...LABEL_CHARS), minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom(...LABEL_CHARS))
  .map(([body, hyphen, last]) => (hyphen ? `${body}-${last}` : body))

/**
 * An address inside the supported subset: dot-atoms of letters, digits and
 * `_ % + -` (starting with a letter, digit or "_"), labels with inner hyphens,
 * a top-level domain of 2–6 letters; sometimes with capitals.
 */
export function emailArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(atomArbitrary, { minLength: 1, maxLength: 4 }),
      fc.array(labelArbitrary, { minLength: 1, maxLength: 3 }),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 6 }),
      fc.boolean(),
    )
    .map(([atoms, labels, tld, shout]) => {
      const address = `${atoms.join('.')}@${labels.join('.')}.${tld}`
      return shout ? address.toUpperCase() : address
    })
    .filter((address) => address.indexOf('@') <= 64)
}

// ---------------------------------------------------------------------------
// Phones

export interface ExamplePhone {
  readonly country: CountryCode
  readonly number: PhoneNumber
}

/** libphonenumber's example mobile number of every country that has one with at least 7 digits. */
export const EXAMPLE_PHONES: readonly ExamplePhone[] = getCountries().flatMap((country) => {
  const number = getExampleNumber(country, examples)
  if (number === undefined) return []
  if (number.number.length - 1 < MIN_PHONE_DIGITS) return []
  return [{ country, number }]
})

/** An example number in international format ("+44 7400 123456"), any country. */
export function internationalPhoneArbitrary(): fc.Arbitrary<ExamplePhone & { readonly text: string }> {
  return fc.constantFrom(...EXAMPLE_PHONES).map((example) => ({ ...example, text: example.number.formatInternational() }))
}

// ---------------------------------------------------------------------------
// National identifiers

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_UNALLOCATED = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']

/** A NINO as HMRC allocates them, in one of the written forms, capitals or small letters. */
export function ninoArbitrary(): fc.Arbitrary<{ readonly text: string; readonly canonical: string }> {
  return fc
    .tuple(
      fc.constantFrom(...NINO_FIRST),
      fc.constantFrom(...NINO_SECOND),
      fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 6, maxLength: 6 }),
      fc.constantFrom('A', 'B', 'C', 'D'),
      fc.constantFrom('compact', 'display', 'spaced-block'),
      fc.boolean(),
    )
    .filter(([first, second]) => !NINO_UNALLOCATED.includes(first + second))
    .map(([first, second, digits, suffix, style, lower]) => {
      const prefix = first + second
      const pairs = `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`
      const text = style === 'compact' ? `${prefix}${digits}${suffix}` : style === 'display' ? `${prefix} ${pairs} ${suffix}` : `${prefix} ${digits} ${suffix}`
      return { text: lower ? text.toLowerCase() : text, canonical: `${prefix}${digits}${suffix}` }
    })
}

/** Nine digits the SSA could issue: area 001–899 but 666, group 01–99, serial 0001–9999. */
export function ssnDigitsArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: 899 }).filter((area) => area !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
    .map(([area, group, serial]) => `${String(area).padStart(3, '0')}${String(group).padStart(2, '0')}${String(serial).padStart(4, '0')}`)
}

export function dashedSsn(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
}

// ---------------------------------------------------------------------------
// Chat text with personal data

/** One piece of personal data as it appears in chat. */
export function piiPieceArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    formattedIbanArbitrary().map((iban) => iban.text),
    emailArbitrary(),
    internationalPhoneArbitrary().map((phone) => phone.text),
    fc.constantFrom('(604) 697-0202', '408-247-8880', '020 7946 0958', 'call me on 4155550123', '4155550123 is my cell', '+1 (604) 697-0202'),
    ninoArbitrary().map((nino) => nino.text),
    ssnDigitsArbitrary().chain((digits) => fc.constantFrom(dashedSsn(digits), `ssn ${digits}`, `my social is ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`)),
    fc.constantFrom('nino AB123456', 'account number 84318931431', 'PIN 4417', '2024-05-12', '08 06 1963', 'jane@localhost', 'x@y.c', '@mention', 'a.b@c.d.e.fr'),
  )
}

/**
 * Chat text mixing everything: the card-side generator's pieces, personal data,
 * look-alikes, and a soup of the characters PII detectors key on.
 */
export function piiChatTextArbitrary(): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { arbitrary: chatTextArbitrary(), weight: 1 },
        { arbitrary: piiPieceArbitrary(), weight: 3 },
        { arbitrary: fc.stringMatching(/^[0-9A-Za-z @.+()_-]{0,40}$/), weight: 1 },
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(' '))
}
