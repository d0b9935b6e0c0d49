import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLuhnValid } from '../../src/validators/luhn.js'
import { completeWithLuhn, luhnCheckDigit, validPanArbitrary } from '../helpers/cards.js'

const digitsArbitrary = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength })

describe('isLuhnValid', () => {
  it.each([
    // Networks' published test PANs.
    ['4111111111111111', true],
    ['4012888888881881', true],
    ['5555555555554444', true],
    ['2223003122003222', true],
    ['378282246310005', true],
    ['6011111111111117', true],
    ['3530111333300000', true],
    ['36227206271667', true],
    ['30569309025904', true],
    ['6200000000000005', true],
    ['6759649826438453', true],
    // The textbook example from ISO/IEC 7812-1 annex B write-ups.
    ['79927398713', true],
    ['79927398710', false],
    // One digit off.
    ['4111111111111112', false],
    ['5555555555554440', false],
    // Not ASCII digits only.
    ['', false],
    [' ', false],
    ['4111 1111 1111 1111', false],
    ['4111-1111-1111-1111', false],
    ['４１１１１１１１１１１１１１１１', false], // full-width
    ['411111111111111a', false],
    // A single zero sums to 0: valid by the algorithm. Length is iin.ts's job.
    ['0', true],
  ])('%j → %s', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected)
  })

  it('returns false instead of throwing for a non-string', () => {
    expect(isLuhnValid(4111111111111111 as unknown as string)).toBe(false)
    expect(isLuhnValid(undefined as unknown as string)).toBe(false)
  })

  it('accepts every body completed with its check digit', () => {
    fc.assert(fc.property(digitsArbitrary(1, 30), (body) => isLuhnValid(completeWithLuhn(body))))
  })

  it('accepts exactly one of the ten possible check digits', () => {
    fc.assert(
      fc.property(digitsArbitrary(1, 30), (body) => {
        const valid = [...'0123456789'].filter((digit) => isLuhnValid(body + digit))
        expect(valid).toEqual([luhnCheckDigit(body)])
      }),
    )
  })

  it('rejects every single-digit change of a valid PAN', () => {
    fc.assert(
      fc.property(
        validPanArbitrary(),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        ({ digits }, positionSeed, shift) => {
          const position = positionSeed % digits.length
          const changed = String((Number(digits[position]) + shift) % 10)
          return !isLuhnValid(digits.slice(0, position) + changed + digits.slice(position + 1))
        },
      ),
    )
  })

  it('rejects swapping two adjacent different digits, except 0↔9', () => {
    fc.assert(
      fc.property(validPanArbitrary(), fc.nat(), ({ digits }, positionSeed) => {
        const position = positionSeed % (digits.length - 1)
        const a = digits[position] ?? ''
        const b = digits[position + 1] ?? ''
        fc.pre(a !== b && !(a + b === '09' || a + b === '90'))
        return !isLuhnValid(digits.slice(0, position) + b + a + digits.slice(position + 2))
      }),
    )
  })

  it('rejects any string with a character that is not an ASCII digit', () => {
    fc.assert(
      fc.property(
        digitsArbitrary(0, 20),
        fc.string({ minLength: 1, maxLength: 1 }).filter((character) => !/[0-9]/.test(character)),
        digitsArbitrary(0, 20),
        (before, intruder, after) => !isLuhnValid(before + intruder + after),
      ),
    )
  })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof isLuhnValid(text)).toBe('boolean')
      }),
    )
  })
})
