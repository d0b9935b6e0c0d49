import { describe, expect, it } from 'vitest'
import { IBAN_HEADER_LENGTH, IBAN_LENGTH_BY_COUNTRY, MAX_IBAN_LENGTH } from '../../src/data/iban-lengths.js'

describe('IBAN_LENGTH_BY_COUNTRY', () => {
  it('lists the 89 countries of SWIFT IBAN Registry release 100', () => {
    expect(Object.keys(IBAN_LENGTH_BY_COUNTRY)).toHaveLength(89)
  })

  it.each(Object.entries(IBAN_LENGTH_BY_COUNTRY))('%s: %s characters', (country, length) => {
    expect(country).toMatch(/^[A-Z]{2}$/)
    expect(Number.isInteger(length)).toBe(true)
    expect(length).toBeGreaterThan(IBAN_HEADER_LENGTH)
    expect(length).toBeLessThanOrEqual(MAX_IBAN_LENGTH)
  })

  it.each([
    ['NO', 15], // shortest
    ['BE', 16],
    ['DE', 22],
    ['GB', 22],
    ['FR', 27],
    ['MT', 31],
    ['RU', 33], // longest
  ])('%s IBANs are %s characters', (country, length) => {
    expect(IBAN_LENGTH_BY_COUNTRY[country]).toBe(length)
  })

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(IBAN_LENGTH_BY_COUNTRY)).toBe(true)
  })
})
