import { describe, expect, it } from 'vitest'
import { IIN_RANGES, type IinRange } from '../../src/data/iin-ranges.js'
import { MAX_PAN_DIGITS as LIMITS_MAX_PAN_DIGITS, MIN_PAN_DIGITS as LIMITS_MIN_PAN_DIGITS } from '../../src/data/limits.js'
import type { CardBrand } from '../../src/types.js'
import { MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../../src/validators/iin.js'

// A Record over CardBrand fails to compile when a brand is added to types.ts
// without being listed here, so the "every brand has rows" test cannot go stale.
const EVERY_BRAND: Record<CardBrand, true> = {
  visa: true,
  mastercard: true,
  amex: true,
  discover: true,
  jcb: true,
  diners: true,
  unionpay: true,
  maestro: true,
  mir: true,
  rupay: true,
  elo: true,
  verve: true,
  troy: true,
  uatp: true,
  dankort: true,
  bankcard: true,
  switch: true,
  solo: true,
  laser: true,
  instapayment: true,
  interpayment: true,
  korean_local: true,
  bc_global: true,
  hipercard: true,
  borica: true,
  lankapay: true,
  humo: true,
  uzcard: true,
  ukrcard: true,
  napas: true,
  china_tunion: true,
  gpn: true,
  nps_pridnestrovie: true,
  enroute: true,
  visa_electron: true,
}

/** Whether two rows share at least one PAN prefix, compared at the shorter row's length. */
function overlaps(a: IinRange, b: IinRange): boolean {
  const digits = Math.min(a.start.length, b.start.length)
  const cut = (value: string): string => value.slice(0, digits)
  return cut(a.start) <= cut(b.end) && cut(b.start) <= cut(a.end)
}

/** Whether every prefix of `inner` falls inside `outer` (outer's prefix is no longer). */
function isNestedIn(inner: IinRange, outer: IinRange): boolean {
  const digits = outer.start.length
  return inner.start.slice(0, digits) >= outer.start && inner.end.slice(0, digits) <= outer.end
}

/** ITU-T E.164: the longest international phone number, country code included. */
const E164_MAX_DIGITS = 15

function label(range: IinRange): string {
  return `${range.brand} ${range.start}–${range.end}`
}

describe('IIN_RANGES', () => {
  it('has at least one row for every CardBrand', () => {
    const brandsInTable = new Set(IIN_RANGES.map((range) => range.brand))
    for (const brand of Object.keys(EVERY_BRAND)) expect(brandsInTable, brand).toContain(brand)
  })

  it.each(IIN_RANGES.map((range) => [label(range), range] as const))('row %s is well formed', (_, range) => {
    expect(range.start).toMatch(/^[0-9]+$/)
    expect(range.end).toMatch(/^[0-9]+$/)
    expect(range.end.length).toBe(range.start.length)
    expect(range.start <= range.end).toBe(true)
    expect(range.lengths.length).toBeGreaterThan(0)
    expect([...range.lengths].sort((a, b) => a - b)).toEqual(range.lengths)
    expect(new Set(range.lengths).size).toBe(range.lengths.length)
    for (const length of range.lengths) {
      expect(Number.isInteger(length)).toBe(true)
      // Room for the prefix, at least one account digit and the check digit.
      expect(length).toBeGreaterThan(range.start.length + 1)
    }
  })

  it('never lets two brands claim the same PAN at the same specificity', () => {
    for (const [index, a] of IIN_RANGES.entries()) {
      for (const b of IIN_RANGES.slice(index + 1)) {
        if (a.brand === b.brand || !overlaps(a, b)) continue
        if (a.start.length === b.start.length) {
          // Allowed only when no PAN length is in both (RuPay 60 at 16, Maestro 60 at 17–19).
          const shared = a.lengths.filter((length) => b.lengths.includes(length))
          expect(shared, `${label(a)} vs ${label(b)}: same prefix length, shared PAN lengths`).toEqual([])
          continue
        }
        const [specific, general] = a.start.length > b.start.length ? [a, b] : [b, a]
        expect(isNestedIn(specific, general), `${label(specific)} inside ${label(general)}`).toBe(true)
      }
    }
  })

  it('starts no row with 0 or 7, and each row within one first digit', () => {
    for (const range of IIN_RANGES) {
      expect(range.start[0], label(range)).toBe(range.end[0])
      expect(['0', '7'], label(range)).not.toContain(range.start[0])
    }
  })

  it('issues no 13-digit PAN starting with 1 (epoch-millisecond timestamps)', () => {
    for (const range of IIN_RANGES.filter((row) => row.start.startsWith('1'))) {
      expect(range.lengths, label(range)).not.toContain(13)
    }
  })

  it('issues PANs starting with 8 or 9 only at 16–19 digits, longer than any phone number (E.164)', () => {
    for (const range of IIN_RANGES.filter((row) => row.start.startsWith('8') || row.start.startsWith('9'))) {
      expect(Math.min(...range.lengths), label(range)).toBeGreaterThan(E164_MAX_DIGITS)
    }
  })

  it('issues phone-length PANs (12–15 digits) under a one- or two-digit prefix only for Visa, Amex, Diners and UATP, and never 12 digits', () => {
    // A one- or two-digit prefix and any 10–13 digits after it is the shape of a
    // phone number written without its "+" (Maestro's catch-all is 16–19 only).
    const phoneLengthNetworks = new Set(['visa 4–4', 'amex 34–34', 'amex 37–37', 'diners 36–36', 'diners 38–39', 'uatp 1–1'])
    for (const range of IIN_RANGES.filter((row) => row.start.length <= 2)) {
      expect(range.lengths, label(range)).not.toContain(12)
      if (!phoneLengthNetworks.has(label(range))) expect(Math.min(...range.lengths), label(range)).toBeGreaterThan(E164_MAX_DIGITS)
    }
  })

  it('gives Visa 13, 16 and 19 digits only (a 12-digit phone number is never a Visa)', () => {
    for (const range of IIN_RANGES.filter((row) => row.brand === 'visa' && row.start === '4')) {
      expect(range.lengths).toEqual([13, 16, 19])
    }
  })

  it('spans 12 to 19 digits, the same bounds as src/data/limits.ts', () => {
    expect(MIN_PAN_DIGITS).toBe(12)
    expect(MAX_PAN_DIGITS).toBe(19)
    expect(MIN_PAN_DIGITS).toBe(LIMITS_MIN_PAN_DIGITS)
    expect(MAX_PAN_DIGITS).toBe(LIMITS_MAX_PAN_DIGITS)
  })
})
