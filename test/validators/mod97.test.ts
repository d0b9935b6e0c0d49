import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IBAN_LENGTH_BY_COUNTRY } from '../../src/data/iban-lengths.js'
import { isIbanChecksumValid } from '../../src/validators/mod97.js'

const ALPHANUMERICS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const COUNTRIES = Object.keys(IBAN_LENGTH_BY_COUNTRY)

/** ISO 7064 MOD 97-10 the textbook way: build the whole number as a BigInt. */
function referenceRemainder(iban: string): bigint {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  const numeric = [...rearranged].map((character) => String(parseInt(character, 36))).join('')
  return BigInt(numeric) % 97n
}

/** The check digits ISO 13616 assigns to a country and BBAN: 98 − (n mod 97), as 2 digits. */
function checkDigitsFor(country: string, bban: string): string {
  return String(98n - referenceRemainder(`${country}00${bban}`)).padStart(2, '0')
}

/** A registry country and a random BBAN of that country's length, with correct check digits. */
const validIbanArbitrary: fc.Arbitrary<string> = fc.constantFrom(...COUNTRIES).chain((country) => {
  const bbanLength = (IBAN_LENGTH_BY_COUNTRY[country] ?? 0) - 4
  return fc
    .string({ unit: fc.constantFrom(...ALPHANUMERICS), minLength: bbanLength, maxLength: bbanLength })
    .map((bban) => `${country}${checkDigitsFor(country, bban)}${bban}`)
})

describe('isIbanChecksumValid', () => {
  // Examples published with the SWIFT IBAN Registry (as collected by IbanNet's
  // SupportedCountries.md), written compact.
  it.each([
    'GB82WEST12345698765432',
    'GB29NWBK60161331926819',
    'DE89370400440532013000',
    'NL91ABNA0417164300',
    'FR1420041010050500013M02606',
    'BE68539007547034',
    'NO9386011117947', // shortest: 15
    'CH9300762011623852957',
    'MT84MALT011000012345MTLCAST001S',
    'SC18SSCB11010000000000001497USD',
    'LC55HEMM000100010012001200023015', // 32
    'BR1800360305000010009795493C1',
    'KZ86125KZT5004100100',
    'QA58DOHB00001234567890ABCDEFG',
  ])('%s is valid', (iban) => {
    expect(isIbanChecksumValid(iban)).toBe(true)
    expect(iban.length).toBe(IBAN_LENGTH_BY_COUNTRY[iban.slice(0, 2)])
  })

  it.each([
    ['GB82WEST12345698765433', 'one digit changed'],
    ['GB28WEST12345698765432', 'check digits changed'],
    ['GB82WETS12345698765432', 'two letters swapped'],
    ['gb82west12345698765432', 'lowercase: normalise first'],
    ['GB82 WEST 1234 5698 7654 32', 'spaces: remove them first'],
    ['GB82-WEST-1234-5698-7654-32', 'hyphens'],
    ['GB82WEST1234569876543２', 'a full-width digit'],
    ['GB82', 'no BBAN'],
    ['', 'empty'],
    ['1282WEST12345698765432', 'country code not letters'],
    ['GBA2WEST12345698765432', 'check digits not digits'],
    ['GB00WEST12345698765432', 'check digits 00 are never issued'],
    ['GB01WEST12345698765432', 'check digits 01 are never issued'],
    ['GB99WEST12345698765432', 'check digits 99 are never issued'],
    ['GB82WEST1234569876543212345678901234', 'longer than 34 characters'],
  ])('%j is not valid (%s)', (iban) => {
    expect(isIbanChecksumValid(iban)).toBe(false)
  })

  it('returns false instead of throwing for a non-string', () => {
    expect(isIbanChecksumValid(undefined as unknown as string)).toBe(false)
    expect(isIbanChecksumValid(82 as unknown as string)).toBe(false)
  })

  it('accepts every registry-shaped IBAN with the check digits ISO 13616 assigns', () => {
    fc.assert(fc.property(validIbanArbitrary, (iban) => isIbanChecksumValid(iban)))
  })

  // MOD 97-10 catches every substitution of a digit by a digit or a letter by a
  // letter. A digit swapped for a letter changes how many digits the expanded
  // number has, which the standard does not promise to catch, so it is not tested.
  it('rejects every same-kind single-character substitution after the country code', () => {
    const isDigit = (character: string | undefined): boolean => character !== undefined && /[0-9]/.test(character)
    fc.assert(
      fc.property(validIbanArbitrary, fc.nat(), fc.constantFrom(...ALPHANUMERICS), (iban, positionSeed, replacement) => {
        const position = 2 + (positionSeed % (iban.length - 2))
        fc.pre(iban[position] !== replacement)
        fc.pre(isDigit(iban[position]) === isDigit(replacement))
        return !isIbanChecksumValid(iban.slice(0, position) + replacement + iban.slice(position + 1))
      }),
    )
  })

  it('agrees with a BigInt computation of the whole number', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 2 }),
        fc.integer({ min: 2, max: 98 }),
        fc.string({ unit: fc.constantFrom(...ALPHANUMERICS), minLength: 1, maxLength: 30 }),
        (country, check, bban) => {
          const iban = `${country}${String(check).padStart(2, '0')}${bban}`
          expect(isIbanChecksumValid(iban)).toBe(referenceRemainder(iban) === 1n)
        },
      ),
      { numRuns: 1_000 },
    )
  })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(typeof isIbanChecksumValid(text)).toBe('boolean')
      }),
    )
  })
})
