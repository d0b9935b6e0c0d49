import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IIN_RANGES, type IinRange } from '../../src/data/iin-ranges.js'
import type { CardBrand } from '../../src/types.js'
import { cardBrandOf, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../../src/validators/iin.js'
import { isLuhnValid } from '../../src/validators/luhn.js'
import { BRANDS_IN_TABLE, completeWithLuhn, panInRangeArbitrary, validPanArbitrary } from '../helpers/cards.js'

/**
 * The matching rule of `iin-ranges.ts`, written as plainly as possible: scan
 * every row, keep the longest prefix among the rows that match. The indexed
 * `cardBrandOf` must agree with it on every input.
 */
function referenceBrandOf(digits: string): CardBrand | undefined {
  return mostSpecificRowOf(digits)?.brand
}

/** The row the matching rule picks for `digits`, by a scan of every row. */
function mostSpecificRowOf(digits: string): IinRange | undefined {
  if (!/^[0-9]{12,19}$/.test(digits)) return undefined
  let best: IinRange | undefined
  for (const range of IIN_RANGES) {
    if (!range.lengths.includes(digits.length)) continue
    const prefix = digits.slice(0, range.start.length)
    if (prefix < range.start || prefix > range.end) continue
    if (best === undefined || range.start.length > best.start.length) best = range
  }
  return best
}

function label(range: IinRange): string {
  return `${range.brand} ${range.start}–${range.end}`
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
    // Added with the national and defunct schemes: UATP's published test PAN,
    // the others generated (a prefix from the row, zeros, the Luhn digit).
    ['122000000000003', 'uatp'],
    ['100000000000009', 'uatp'],
    ['180000000000002', 'jcb'], // legacy 15-digit JCB
    ['213100000000001', 'jcb'],
    ['5019000000000008', 'dankort'],
    ['4571000000000001', 'dankort'], // Visa/Dankort
    ['5610000000000001', 'bankcard'],
    ['5602210000000006', 'bankcard'],
    ['490300000000000000', 'switch'], // 18 digits: no Visa length
    ['5641820000000005', 'switch'],
    ['6331100000000000002', 'switch'],
    ['6333000000000005', 'switch'],
    ['6334000000000004', 'solo'],
    ['676700000000000000', 'solo'],
    ['6706000000000004', 'laser'],
    ['67090000000000000', 'laser'],
    ['6771000000000000000', 'laser'],
    ['676770000005', 'maestro'], // Maestro UK, 12 digits
    ['6799000000000002', 'maestro'], // the catch-all, 16 digits
    ['6100000000000006', 'maestro'],
    ['5000000000000000005', 'maestro'],
    ['60000000000000004', 'maestro'], // 60 at 17 digits
    ['6000000000000007', 'rupay'], // 60 at 16 digits
    ['8200000000000001', 'rupay'],
    ['8172000000000005', 'rupay'], // 81 outside UnionPay's 8100–8171
    ['6370000000000009', 'instapayment'],
    ['6360000000000000002', 'interpayment'],
    ['9000000000000001', 'korean_local'],
    ['6541000000000003', 'bc_global'],
    ['6556000000000005', 'bc_global'],
    ['6062820000002', 'hipercard'], // 13 digits
    ['3841000000000007', 'hipercard'],
    ['2205000000000009', 'borica'],
    ['3571110000000000', 'lankapay'],
    ['9860000000000000', 'humo'],
    ['8600000000000007', 'uzcard'],
    ['5614000000000007', 'uzcard'],
    ['6040010000000008', 'ukrcard'],
    ['6042009900000000008', 'ukrcard'],
    ['6054740000000003', 'nps_pridnestrovie'],
    ['9704000000000000008', 'napas'],
    ['3100000000000000005', 'china_tunion'],
    ['194600000000000005', 'gpn'],
    ['201400000000009', 'enroute'],
    ['214900000000003', 'enroute'],
    ['4026000000000002', 'visa_electron'],
    ['4175000000000001', 'visa_electron'],
    ['4917000000000004', 'visa_electron'],
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
    ['8100000000000002', 'unionpay', "UnionPay's 8100 inside RuPay's 81"],
    ['60110000000000003', 'discover', "Discover's 6011 inside Maestro's 60 (17 digits)"],
    ['6011000000000004', 'discover', "Discover's 6011 inside RuPay's 60 (16 digits)"],
    ['9792000000000003', 'troy', "Troy's 9792 inside the Korean local 9"],
    ['3571110000000000', 'lankapay', "LankaPay's 357111 inside JCB's 3528–3589"],
    ['6767700000000000', 'maestro', "Maestro UK's 676770 inside Solo's 6767"],
    ['6362970000000003', 'elo', "Elo's 636297 inside InterPayment's 636"],
    ['6541000000000003', 'bc_global', "BC Global's 6541 inside Discover's 65"],
    ['4571000000000000009', 'visa', 'Dankort issues no 19-digit PANs, so the broader Visa 4 applies'],
    ['6062820000000000005', 'hipercard', "Hipercard's 606282 inside Maestro's 60 at 19 digits"],
  ])('%s → %s: %s', (digits, brand) => {
    expect(cardBrandOf(digits)).toBe(brand)
  })

  it.each([
    ['441234567890', 'a 12-digit UK phone number: Visa has no 12-digit PANs'],
    ['9931939443153', "STAR's 13-digit account number starting 99 (Luhn-valid; the Korean local 9 is 16 digits)"],
    ['1732406400000', 'an epoch-millisecond timestamp'],
    ['1732406400006', 'a Luhn-valid epoch-millisecond timestamp: UATP is 15 digits, not 13'],
    ['611300633462', "SGD's Luhn-valid '+61 1300 633 462' without its '+': Maestro's 61 is 16–19 digits only"],
    ['442039085000', "SGD's Luhn-valid '+44 20 3908 5000' without its '+'"],
    ['900000000000006', 'a 15-digit 9…: no phone-length PAN starts with 9'],
    ['810000000000009', 'a 15-digit 81…'],
    ['6100000000006', 'a 13-digit 61…: the catch-all is 16–19 digits'],
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

  it.each(IIN_RANGES.map((range) => [label(range), range] as const))(
    'row %s: every prefix and length it issues is a card, its own brand unless a more specific row claims it',
    (_, range) => {
      const pans = fc.constantFrom(...range.lengths).chain((length) => panInRangeArbitrary(range, length))
      fc.assert(
        fc.property(pans, (digits) => {
          const brand = cardBrandOf(digits)
          expect(brand, 'a card').toBeDefined()
          if (brand === range.brand) return
          const claimant = mostSpecificRowOf(digits)
          expect(claimant?.brand).toBe(brand)
          expect(claimant?.start.length, 'claimed by a longer prefix').toBeGreaterThan(range.start.length)
        }),
        { numRuns: 25 },
      )
    },
  )

  it.each(IIN_RANGES.filter((range) => range.lengths.length < MAX_PAN_DIGITS - MIN_PAN_DIGITS + 1).map((range) => [label(range), range] as const))(
    'row %s: a length it does not issue is no card of this row',
    (_, range) => {
      const otherLengths: number[] = []
      for (let length = MIN_PAN_DIGITS; length <= MAX_PAN_DIGITS; length++) if (!range.lengths.includes(length)) otherLengths.push(length)
      const pans = fc.constantFrom(...otherLengths).chain((length) => panInRangeArbitrary(range, length))
      fc.assert(
        fc.property(pans, (digits) => {
          const claimant = mostSpecificRowOf(digits)
          // Either nothing claims it, or another row that does issue this length.
          expect(claimant).not.toBe(range)
          expect(cardBrandOf(digits)).toBe(claimant?.brand)
        }),
        { numRuns: 25 },
      )
    },
  )

  it.each(BRANDS_IN_TABLE)('recognises generated %s PANs', (brand) => {
    fc.assert(
      fc.property(validPanArbitrary(brand), (pan) => {
        expect(cardBrandOf(pan.digits)).toBe(brand)
      }),
      { numRuns: 50 },
    )
  })

  it('knows no PAN that starts with 0 or 7', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '7'), digitsArbitrary(MIN_PAN_DIGITS - 1, MAX_PAN_DIGITS - 1), (first, rest) => {
        expect(cardBrandOf(first + rest)).toBeUndefined()
      }),
    )
  })

  it('never takes a 13-digit epoch-millisecond timestamp starting with 1 for a card, Luhn-valid or not', () => {
    // 2001-09-09 to 2033-05-18: the millisecond timestamps of 13 digits starting with 1.
    const firstMs = 1_000_000_000_000
    const lastMs = 1_999_999_999_999
    fc.assert(
      fc.property(fc.integer({ min: firstMs, max: lastMs }), (milliseconds) => {
        const digits = String(milliseconds)
        expect(cardBrandOf(digits)).toBeUndefined()
        expect(cardBrandOf(completeWithLuhn(digits.slice(0, -1)))).toBeUndefined()
      }),
    )
  })

  it('knows no phone-length (12–15 digit) PAN that starts with 8 or 9', () => {
    fc.assert(
      fc.property(fc.constantFrom('8', '9'), digitsArbitrary(MIN_PAN_DIGITS - 1, 14), (first, rest) => {
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
