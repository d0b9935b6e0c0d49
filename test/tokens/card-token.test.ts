import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cardTokenBody, keptFirstDigits, openCardTokenBody } from '../../src/tokens/card-token.js'
import { isLuhnValid } from '../../src/validators/luhn.js'
import { formattedPanArbitrary, validPanArbitrary } from '../helpers/cards.js'

const KEY = new Uint8Array(32).fill(0x11)
const OTHER_KEY = new Uint8Array(32).fill(0x22)
const keyArbitrary = fc.uint8Array({ minLength: 32, maxLength: 32 })

function digitsOfBody(body: string): string {
  return body.slice(0, body.lastIndexOf(':')).replace(/\D/g, '')
}

describe('card tokens', () => {
  it.each([
    ['4111 1111 1111 1111', '4111111111111111', 5],
    ['5555-5555-5555-4444', '5555555555554444', 5],
    ['3782 822463 10005', '378282246310005', 4],
    ['6011000990139424', '6011000990139424', 5],
    ['4000 0000 0000 0000 006', '4000000000000000006', 6],
  ])('%s: keeps the layout, the first %#… and the last four, fails Luhn, opens', (original, canonical, keptFirst) => {
    expect(keptFirstDigits(canonical.length)).toBe(keptFirst)
    for (const deterministic of [true, false]) {
      const body = cardTokenBody(KEY, 'k1', original, canonical, deterministic) ?? ''
      const shown = body.slice(0, body.lastIndexOf(':'))
      expect(shown.replace(/\d/g, '0')).toBe(original.replace(/\d/g, '0'))
      const digits = digitsOfBody(body)
      expect(digits.slice(0, keptFirst)).toBe(canonical.slice(0, keptFirst))
      expect(digits.slice(-4)).toBe(canonical.slice(-4))
      expect(isLuhnValid(digits)).toBe(false)
      expect(openCardTokenBody(KEY, 'k1', body)).toBe(original)
    }
  })

  it('never passes Luhn, and always opens to the PAN (property, every brand, both modes)', () => {
    fc.assert(
      fc.property(keyArbitrary, formattedPanArbitrary(), fc.boolean(), (key, pan, deterministic) => {
        const body = cardTokenBody(key, 'kid', pan.text, pan.digits, deterministic)
        if (body === undefined) return pan.digits.length < 11
        const digits = digitsOfBody(body)
        // Booleans only: a failure must not print the PAN.
        expect(isLuhnValid(digits)).toBe(false)
        expect(digits === pan.digits).toBe(false)
        const opened = openCardTokenBody(key, 'kid', body) ?? ''
        expect(opened.replace(/\D/g, '') === pan.digits).toBe(true)
        return true
      }),
    )
  })

  it('is deterministic per key in deterministic mode, fresh in randomized mode', () => {
    const first = cardTokenBody(KEY, 'k1', '4111111111111111', '4111111111111111', true)
    expect(cardTokenBody(KEY, 'k1', '4111111111111111', '4111111111111111', true)).toBe(first)
    expect(cardTokenBody(OTHER_KEY, 'k1', '4111111111111111', '4111111111111111', true)).not.toBe(first)
    expect(cardTokenBody(KEY, 'k1', '4111111111111111', '4111111111111111', false)).not.toBe(
      cardTokenBody(KEY, 'k1', '4111111111111111', '4111111111111111', false),
    )
  })

  it('fails to open with another key, another key id, or any bit flipped (property)', () => {
    fc.assert(
      fc.property(validPanArbitrary(), fc.boolean(), fc.nat(), fc.nat({ max: 6 }), (pan, deterministic, at, bit) => {
        const body = cardTokenBody(KEY, 'k1', pan.digits, pan.digits, deterministic)
        if (body === undefined) return true
        expect(openCardTokenBody(OTHER_KEY, 'k1', body)).toBeUndefined()
        expect(openCardTokenBody(KEY, 'k2', body)).toBeUndefined()
        const index = at % body.length
        const flipped = body.slice(0, index) + String.fromCharCode(body.charCodeAt(index) ^ (1 << bit)) + body.slice(index + 1)
        expect(openCardTokenBody(KEY, 'k1', flipped)).toBeUndefined()
        return true
      }),
    )
  })
})
