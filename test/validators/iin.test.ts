import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IIN_RANGES, type IinRange } from '../../src/data/iin-ranges.js'
import type { CardBrand } from '../../src/types.js'
import { cardBrandOf, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../../src/validators/iin.js'
import { isLuhnValid } from '../../src/validators/luhn.js'
import { BRANDS_IN_TABLE, validPanArbitrary } from '../helpers/cards.js'

/**
 * The matching rule of `iin-ranges.ts`, written as plainly as possible: scan
 * every row, keep the longest prefix among the rows that match. The indexed
 * `cardBrandOf` must agree with it on every input.
 */
function referenceBrandOf(digits: string): CardBrand | undefined {
  if (!/^[0-9]{12,19}$/.test(digits)) return undefined
  let best: IinRange | undefined
  for (const range of IIN_RANGES) {
    if (!range.lengths.includes(digits.length)) continue
    const prefix = digits.slice(0, range.start.length)
    if (prefix < range.start || prefix > range.end) continue
    if (best === undefined || range.start.length > best.start.length) best = range
  }
  return best?.brand
}

const digitsArbitrary = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength })

/**
 * Digit strings that start at, inside, or just outside a table row's range
 * (start − 1, end + 1), with lengths from one too short to one too long.
 */
const nearTableDigitsArbitrary: fc.Arbitrary<string> = fc
  .constantFrom(...IIN_RANGES)
  .chain((range) => {
    const width = range.start.length
    const largest = 10 ** width - 1
    return fc.tuple(
      fc
        .integer({ min: Math.max(0, Number(range.start) - 1), max: Math.min(largest, Number(range.end) + 1) })
        .map((value) => String(value).padStart(width, '0')),
      fc.integer({ min: MIN_PAN_DIGITS - 1, max: MAX_PAN_DIGITS + 1 }),
    )
  })
  .chain(([prefix, length]) => digitsArbitrary(length - prefix.length, length - prefix.length).map((rest) => prefix + rest))

describe('cardBrandOf', () => {
  it.each<[string, CardBrand]>([
    // Networks' published test PANs.
    ['4111111111111111', 'visa'],
    ['4012888888881881', 'visa'],
    ['4222222222222', 'visa'], // 13 digits
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['378282246310005', 'amex'],
    ['6011111111111117', 'discover'],
    ['3530111333300000', 'jcb'],
    ['36227206271667', 'diners'], // 14 digits
    ['30569309025904', 'diners'],
    ['6200000000000005', 'unionpay'],
    ['6759649826438453', 'maestro'],
    // Generated (Luhn-valid, no published test PAN found).
    ['2200000000000004', 'mir'],
    ['2204123456789015', 'mir'],
    ['6521500000000006', 'rupay'],
    ['5085000000000007', 'rupay'],
    ['6363680000000007', 'elo'],
    ['5060990000000008', 'verve'],
    ['9792000000000003', 'troy'],
    ['8100000000000002', 'unionpay'],
  ])('%s → %s', (digits, brand) => {
    expect(isLuhnValid(digits)).toBe(true)
    expect(cardBrandOf(digits)).toBe(brand)
  })

  it.each<[string, CardBrand, string]>([
    ['4011780000000006', 'elo', "Elo's 401178 inside Visa's 4"],
    ['6500310000000005', 'elo', "Elo's 650031 inside Discover's 65"],
    ['6500020000000000', 'verve', "Verve's 650002 inside Discover's 65"],
    ['6521500000000006', 'rupay', "RuPay's 6521 inside Discover's 65"],
    ['6221260000000000', 'discover', "Discover's 622126 inside UnionPay's 62"],
    ['6277800000000006', 'elo', "Elo's 627780 inside UnionPay's 62"],
    ['6500310000000000008', 'discover', 'Elo issues no 19-digit PANs, so the broader Discover 65 applies'],
    ['4011780000000', 'visa', 'Elo issues no 13-digit PANs, so the broader Visa 4 applies'],
  ])('%s → %s: %s', (digits, brand) => {
    expect(cardBrandOf(digits)).toBe(brand)
  })

  it.each([
    ['441234567890', 'a 12-digit UK phone number: Visa has no 12-digit PANs'],
    ['9931939443153', 'a 13-digit account number starting 99 (Luhn-valid, but no network)'],
    ['1732406400000', 'an epoch-millisecond timestamp'],
    ['0000000000000000', 'all zeros'],
    ['7000000000000000', 'MII 7 (petroleum) is not in the table'],
    ['41111111111111', 'a 14-digit Visa'],
    ['55555555555544', 'a 14-digit Mastercard'],
    ['3782822463100', 'a 13-digit Amex'],
    ['41111111111111111111', '20 digits'],
    ['41111111111', '11 digits'],
    ['', 'empty'],
    ['4111 1111 1111 1111', 'separators: strip them first'],
    ['４１１１１１１１１１１１１１１１', 'full-width digits: normalise them first'],
    ['4111111111111a11', 'a letter'],
  ])('%j → undefined (%s)', (digits) => {
    expect(cardBrandOf(digits)).toBeUndefined()
  })

  it('returns undefined instead of throwing for a non-string', () => {
    expect(cardBrandOf(4111111111111111 as unknown as string)).toBeUndefined()
    expect(cardBrandOf(null as unknown as string)).toBeUndefined()
  })

  it('agrees with a plain scan of the table near every range boundary', () => {
    fc.assert(
      fc.property(nearTableDigitsArbitrary, (digits) => {
        expect(cardBrandOf(digits)).toBe(referenceBrandOf(digits))
      }),
      { numRuns: 2_000 },
    )
  })

  it('agrees with a plain scan of the table on random digit strings', () => {
    fc.assert(
      fc.property(digitsArbitrary(MIN_PAN_DIGITS - 1, MAX_PAN_DIGITS + 1), (digits) => {
        expect(cardBrandOf(digits)).toBe(referenceBrandOf(digits))
      }),
    )
  })

  it.each(BRANDS_IN_TABLE)('recognises generated %s PANs', (brand) => {
    fc.assert(
      fc.property(validPanArbitrary(brand), (pan) => {
        expect(cardBrandOf(pan.digits)).toBe(brand)
      }),
      { numRuns: 50 },
    )
  })

  it('knows no PAN that starts with 0, 1 or 7', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '1', '7'), digitsArbitrary(MIN_PAN_DIGITS - 1, MAX_PAN_DIGITS - 1), (first, rest) => {
        expect(cardBrandOf(first + rest)).toBeUndefined()
      }),
    )
  })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 25 }), (text) => {
        const brand = cardBrandOf(text)
        expect(brand === undefined || BRANDS_IN_TABLE.includes(brand)).toBe(true)
      }),
    )
  })
})

describe('MIN_PAN_DIGITS / MAX_PAN_DIGITS', () => {
  it('are the shortest and longest lengths in the table', () => {
    expect(MIN_PAN_DIGITS).toBe(12)
    expect(MAX_PAN_DIGITS).toBe(19)
  })
})
