import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPIRY_WINDOW, isPlausibleExpiry, type ExpiryWindow } from '../../src/validators/expiry.js'

const NOW = new Date('2026-11-24T12:00:00Z')

describe('DEFAULT_EXPIRY_WINDOW', () => {
  it('allows one year back and twenty ahead, and cannot be changed', () => {
    expect(DEFAULT_EXPIRY_WINDOW).toEqual({ yearsBack: 1, yearsAhead: 20 })
    expect(Object.isFrozen(DEFAULT_EXPIRY_WINDOW)).toBe(true)
  })
})

describe('isPlausibleExpiry', () => {
  it.each<[number, number, boolean, string]>([
    [11, 26, true, 'this month'],
    [12, 27, true, 'next year'],
    [3, 2029, true, '4-digit year'],
    [11, 25, true, 'exactly one year back: still sensitive'],
    [10, 25, false, 'one year and a month back'],
    [11, 2046, true, 'exactly twenty years ahead'],
    [12, 2046, false, 'twenty years and a month ahead'],
    [1, 99, false, '2099'],
    [12, 1999, false, 'last century'],
    [1, 0, false, '2000'],
    [13, 27, false, 'no 13th month'],
    [0, 27, false, 'no month 0'],
    [-1, 27, false, 'negative month'],
    [1.5, 27, false, 'fractional month'],
    [6, 27.5, false, 'fractional year'],
    [6, 202, false, '3-digit year'],
    [6, 20270, false, '5-digit year'],
    [6, -27, false, 'negative year'],
    [Number.NaN, 27, false, 'NaN month'],
    [6, Number.POSITIVE_INFINITY, false, 'infinite year'],
  ])('%s/%s → %s (%s)', (month, year, expected) => {
    expect(isPlausibleExpiry(month, year, NOW, DEFAULT_EXPIRY_WINDOW)).toBe(expected)
  })

  it('counts months in UTC, whatever the local time zone', () => {
    // 00:30 on 1 December in UTC+1 is still 30 November in UTC.
    const lateNovemberUtc = new Date('2026-12-01T00:30:00+01:00')
    expect(isPlausibleExpiry(11, 25, lateNovemberUtc, DEFAULT_EXPIRY_WINDOW)).toBe(true)
    expect(isPlausibleExpiry(12, 46, lateNovemberUtc, DEFAULT_EXPIRY_WINDOW)).toBe(false)
  })

  it.each<[ExpiryWindow, number, number, boolean]>([
    [{ yearsBack: 0, yearsAhead: 0 }, 11, 26, true],
    [{ yearsBack: 0, yearsAhead: 0 }, 10, 26, false],
    [{ yearsBack: 0, yearsAhead: 0 }, 12, 26, false],
    [{ yearsBack: 5, yearsAhead: 1 }, 11, 21, true],
    [{ yearsBack: 5, yearsAhead: 1 }, 12, 27, false],
    [{ yearsBack: -1, yearsAhead: 20 }, 11, 26, false],
    [{ yearsBack: 1, yearsAhead: 0.5 }, 11, 26, false],
    [{ yearsBack: Number.NaN, yearsAhead: 20 }, 11, 26, false],
  ])('window %o: %s/%s → %s', (window, month, year, expected) => {
    expect(isPlausibleExpiry(month, year, NOW, window)).toBe(expected)
  })

  it('returns false for an invalid Date or a missing window', () => {
    expect(isPlausibleExpiry(12, 27, new Date('not a date'), DEFAULT_EXPIRY_WINDOW)).toBe(false)
    expect(isPlausibleExpiry(12, 27, 'today' as unknown as Date, DEFAULT_EXPIRY_WINDOW)).toBe(false)
    expect(isPlausibleExpiry(12, 27, NOW, undefined as unknown as ExpiryWindow)).toBe(false)
  })

  const windowArbitrary = fc.record({ yearsBack: fc.nat({ max: 30 }), yearsAhead: fc.nat({ max: 30 }) })
  const nowArbitrary = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2070-12-31T23:59:59Z'),
    noInvalidDate: true,
  })

  it('is true exactly for months from yearsBack years before now to yearsAhead years after', () => {
    fc.assert(
      fc.property(nowArbitrary, windowArbitrary, fc.integer({ min: -40 * 12, max: 40 * 12 }), (now, window, offset) => {
        const nowMonths = now.getUTCFullYear() * 12 + now.getUTCMonth()
        const target = nowMonths + offset
        const year = Math.floor(target / 12)
        const month = (target % 12) + 1
        fc.pre(year >= 1000 && year <= 9999)
        const expected = offset >= -window.yearsBack * 12 && offset <= window.yearsAhead * 12
        expect(isPlausibleExpiry(month, year, now, window)).toBe(expected)
      }),
    )
  })

  it('reads a 2-digit year as 20YY', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), nowArbitrary, windowArbitrary, (month, year, now, window) => {
        expect(isPlausibleExpiry(month, year, now, window)).toBe(isPlausibleExpiry(month, 2000 + year, now, window))
      }),
    )
  })

  it('never throws, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.date(), fc.double(), fc.double(), (month, year, now, back, ahead) => {
        expect(typeof isPlausibleExpiry(month, year, now, { yearsBack: back, yearsAhead: ahead })).toBe('boolean')
      }),
    )
  })
})
