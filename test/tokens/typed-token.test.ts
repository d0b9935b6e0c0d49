import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base64urlToBytes, bytesToBase64url } from '../../src/tokens/base64url.js'
import { openTypedTokenBody, typedTokenBody } from '../../src/tokens/typed-token.js'

const KEY = new Uint8Array(32).fill(0x33)
const OTHER_KEY = new Uint8Array(32).fill(0x44)

describe('base64url', () => {
  it('round-trips every byte string and has one spelling per value', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = bytesToBase64url(bytes)
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/)
        expect(base64urlToBytes(text)).toEqual(bytes)
      }),
    )
    expect(base64urlToBytes('A')).toBeUndefined()
    expect(base64urlToBytes('a=')).toBeUndefined()
  })
})

describe('typed tokens', () => {
  it('open to the value, for any value, in both modes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (value, deterministic) => {
        const body = typedTokenBody(KEY, 'email', 'k1', value, deterministic)
        expect(openTypedTokenBody(KEY, 'email', 'k1', body) === value).toBe(true)
      }),
    )
  })

  it('deterministic: same value, same token; randomized: a fresh one each time', () => {
    expect(typedTokenBody(KEY, 'phone', 'k1', '+442079460958', true)).toBe(typedTokenBody(KEY, 'phone', 'k1', '+442079460958', true))
    expect(typedTokenBody(KEY, 'phone', 'k1', '+442079460958', false)).not.toBe(typedTokenBody(KEY, 'phone', 'k1', '+442079460958', false))
  })

  it('fails to open with another key, type or key id, or with any bit flipped (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.boolean(), fc.nat(), fc.nat({ max: 5 }), (value, deterministic, at, bit) => {
        const body = typedTokenBody(KEY, 'email', 'k1', value, deterministic)
        expect(openTypedTokenBody(OTHER_KEY, 'email', 'k1', body)).toBeUndefined()
        expect(openTypedTokenBody(KEY, 'phone', 'k1', body)).toBeUndefined()
        expect(openTypedTokenBody(KEY, 'email', 'k2', body)).toBeUndefined()
        const bytes = base64urlToBytes(body) ?? new Uint8Array()
        const index = at % bytes.length
        bytes[index] = (bytes[index] ?? 0) ^ (1 << bit)
        expect(openTypedTokenBody(KEY, 'email', 'k1', bytesToBase64url(bytes))).toBeUndefined()
      }),
    )
  })
})
