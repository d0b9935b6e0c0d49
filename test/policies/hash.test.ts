import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashTokenOf, renderHash } from '../../src/policies/hash.js'
import type { ResolvedHashPolicy } from '../../src/policies/policy.js'
import { resolvePolicy } from '../../src/policies/resolve.js'
import type { Finding, FindingType } from '../../src/types.js'

const KEY = new TextEncoder().encode('test key, not a secret, 32 bytes')
const OTHER_KEY = new TextEncoder().encode('test key, not a secret, 32 byteS')
const visa: Finding = { type: 'card_number', start: 0, end: 16, brand: 'visa', reason: 'luhn+iin' }

function policy(overrides: Partial<ResolvedHashPolicy> = {}): ResolvedHashPolicy {
  return { action: 'hash', key: KEY, length: 16, template: '[{type}:{hash}]', ...overrides }
}

/** Node's HMAC as an independent oracle (tests run in Node; the library itself must not use it). */
function nodeHmacHex(key: Uint8Array, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex')
}

describe('hashTokenOf', () => {
  it.each<[FindingType, string, number]>([
    ['card_number', '4111111111111111', 16],
    ['card_number', '5555555555554444', 8],
    ['card_number', '378282246310005', 64],
    ['email', 'jo@example.com', 16],
    ['phone', '+442079460958', 12],
  ])('%s %s, %i hex characters: HMAC-SHA-256 of "type:value"', (type, canonical, length) => {
    expect(hashTokenOf(KEY, type, canonical, length)).toBe(nodeHmacHex(KEY, `${type}:${canonical}`).slice(0, length))
  })

  it('is deterministic, and sensitive to the key, the type and every character of the value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 8, max: 64 }), (canonical, length) => {
        const token = hashTokenOf(KEY, 'email', canonical, length)
        expect(token).toMatch(new RegExp(`^[0-9a-f]{${length}}$`))
        expect(hashTokenOf(KEY, 'email', canonical, length)).toBe(token)
        expect(hashTokenOf(OTHER_KEY, 'email', canonical, 64)).not.toBe(hashTokenOf(KEY, 'email', canonical, 64))
        expect(hashTokenOf(KEY, 'phone', canonical, 64)).not.toBe(hashTokenOf(KEY, 'email', canonical, 64))
        expect(hashTokenOf(KEY, 'email', `${canonical}x`, 64)).not.toBe(hashTokenOf(KEY, 'email', canonical, 64))
      }),
    )
  })
})

describe('renderHash', () => {
  it.each<[string, Partial<ResolvedHashPolicy>, RegExp]>([
    ['default template', {}, /^\[card_number:[0-9a-f]{16}\]$/],
    ['shortest token', { length: 8 }, /^\[card_number:[0-9a-f]{8}\]$/],
    ['brand and label', { template: '<{brand} {TYPE} {hash}>' }, /^<visa CARD_NUMBER [0-9a-f]{16}>$/],
  ])('%s', (_name, overrides, shape) => {
    expect(renderHash(policy(overrides), visa, '4111111111111111')).toMatch(shape)
  })

  it('gives one token per value whatever way it was written: only the canonical value is hashed', () => {
    const once = renderHash(policy(), visa, '4111111111111111')
    expect(renderHash(policy(), { ...visa, start: 99, end: 118 }, '4111111111111111')).toBe(once)
    expect(renderHash(policy(), visa, '5555555555554444')).not.toBe(once)
  })

  it('a string key and its UTF-8 bytes give the same token', () => {
    const fromString = resolvePolicy('email', { action: 'hash', key: 'ключ для тестов, не секрет' })
    const fromBytes = resolvePolicy('email', { action: 'hash', key: new TextEncoder().encode('ключ для тестов, не секрет') })
    const finding: Finding = { type: 'email', start: 0, end: 14, reason: 'syntax' }
    expect(renderHash(fromString as ResolvedHashPolicy, finding, 'jo@example.com')).toBe(
      renderHash(fromBytes as ResolvedHashPolicy, finding, 'jo@example.com'),
    )
  })
})
