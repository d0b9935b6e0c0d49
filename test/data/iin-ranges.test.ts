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

  it('never lets two brands claim the same prefix at the same specificity', () => {
    for (const [index, a] of IIN_RANGES.entries()) {
      for (const b of IIN_RANGES.slice(index + 1)) {
        if (a.brand === b.brand || !overlaps(a, b)) continue
        expect(a.start.length, `${label(a)} vs ${label(b)}`).not.toBe(b.start.length)
        const [specific, general] = a.start.length > b.start.length ? [a, b] : [b, a]
        expect(isNestedIn(specific, general), `${label(specific)} inside ${label(general)}`).toBe(true)
      }
    }
  })

  it('starts no brand with 0, 1 or 7, with 8 only for UnionPay 81, with 9 only for Troy 9792', () => {
    for (const range of IIN_RANGES) {
      const first = range.start[0]
      expect(range.start[0], label(range)).toBe(range.end[0])
      expect(['0', '1', '7'], label(range)).not.toContain(first)
      if (first === '8') {
        expect(range.brand).toBe('unionpay')
        expect(range.start.startsWith('81') && range.end.startsWith('81')).toBe(true)
      }
      if (first === '9') {
        expect(range.brand).toBe('troy')
        expect(range.start.startsWith('9792') && range.end.startsWith('9792')).toBe(true)
      }
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
