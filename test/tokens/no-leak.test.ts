/** No token, finding or error carries the value or the key (property). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor, createSealedKeyRing, detokenize, tokenPolicies, tokenPolicy, type DataKey, type KeyRing } from '../../src/index.js'
import { bytesToBase64url } from '../../src/tokens/base64url.js'
import { validPanArbitrary } from '../helpers/cards.js'

/** A key ring that remembers the keys it handed out, so the test can look for them. */
function recordingRing(): KeyRing & { readonly keys: DataKey[] } {
  const keys: DataKey[] = []
  const inner = createSealedKeyRing({ masterKey: new Uint8Array(32).fill(5), storage: { read: () => undefined, write: () => undefined } })
  return {
    keys,
    getKey: (scope) => {
      const key = inner.getKey(scope)
      if (!keys.includes(key)) keys.push(key)
      return key
    },
    keyById: (id) => inner.keyById(id),
    deleteKey: (scope) => inner.deleteKey(scope),
  }
}

function spellingsOf(key: DataKey): string[] {
  return [bytesToBase64url(key.bytes), Buffer.from(key.bytes).toString('hex'), Buffer.from(key.bytes).toString('base64')]
}

describe('nothing leaks', () => {
  it('tokens and findings never contain the PAN or the key', () => {
    const ring = recordingRing()
    const redactor = createRedactor({ policies: tokenPolicies({ keyRing: ring, scope: 's' }) })
    fc.assert(
      fc.property(validPanArbitrary(), fc.constantFrom('', ' ', '-'), (pan, separator) => {
        const written = pan.digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`)
        const result = redactor.redact(`card ${written} and mail pan${pan.digits}@example.com`)
        const everything = `${result.text}${JSON.stringify(result.findings)}`
        // Booleans only: a failing run must not print the PAN or the key.
        expect(everything.replace(/\D/g, ' ').split(' ').includes(pan.digits)).toBe(false)
        expect(everything.includes(`pan${pan.digits}@`)).toBe(false)
        expect(ring.keys.some((key) => spellingsOf(key).some((spelling) => everything.includes(spelling)))).toBe(false)
      }),
      { numRuns: 100 },
    )
  })

  it('a key ring that throws with the value in its message: the error does not carry it', () => {
    const leaky: KeyRing = {
      getKey: () => {
        throw new Error('cannot store 4111111111111111 for scope customer-jo')
      },
      keyById: () => undefined,
      deleteKey: () => 0,
    }
    const redactor = createRedactor({ policies: { card_number: tokenPolicy({ keyRing: leaky, scope: 'customer-jo' }) } })
    let caught: unknown
    try {
      redactor.redact('card 4111 1111 1111 1111')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChatmaskError)
    const error = caught as ChatmaskError
    expect(error.code).toBe('POLICY_FAILED')
    expect(`${error.message}${error.stack ?? ''}`.includes('4111')).toBe(false)
    expect(`${error.message}`.includes('customer-jo')).toBe(false)
  })

  it('detokenize never throws on hostile text', () => {
    const ring = recordingRing()
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('[', ']', ':', 'a', 'card_number', 'email', '1', ' ', '-', 'A') }), (text) => {
        expect(detokenize(text, ring).text).toBe(text)
      }),
    )
  })
})
