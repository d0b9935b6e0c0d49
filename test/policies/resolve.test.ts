import { describe, expect, it } from 'vitest'
import type { PolicyOption, ResolvedHashPolicy } from '../../src/policies/policy.js'
import { resolvePolicy } from '../../src/policies/resolve.js'
import type { FindingType } from '../../src/types.js'

describe('resolvePolicy', () => {
  it.each<[FindingType, PolicyOption, object]>([
    ['card_number', { action: 'mask' }, { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true }],
    ['card_number', { action: 'mask', keepFirst: 6 }, { action: 'mask', char: '*', keepFirst: 6, keepLast: 4, keepSeparators: true }],
    ['iban', { action: 'mask', char: '•' }, { action: 'mask', char: '•', keepFirst: 0, keepLast: 4, keepSeparators: true }],
    ['phone', { action: 'mask', keepSeparators: false }, { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: false }],
    ['email', { action: 'replace' }, { action: 'replace', template: '[{TYPE}]' }],
    ['email', { action: 'replace', template: '<{type}>' }, { action: 'replace', template: '<{type}>' }],
    ['cvv', { action: 'remove' }, { action: 'remove' }],
    ['email', { action: 'keep' }, { action: 'keep' }],
  ])('%s %j', (type, option, expected) => {
    const resolved = resolvePolicy(type, option)
    expect(resolved).toEqual(expected)
    expect(Object.isFrozen(resolved)).toBe(true)
  })

  it('fills hash defaults and turns a string key into its UTF-8 bytes', () => {
    const resolved = resolvePolicy('email', { action: 'hash', key: 'sixteen byte key' }) as ResolvedHashPolicy
    expect(resolved).toMatchObject({ action: 'hash', length: 16, template: '[{type}:{hash}]' })
    expect([...resolved.key]).toEqual([...new TextEncoder().encode('sixteen byte key')])
  })

  it('copies a byte key, so changing the caller\'s array later changes nothing', () => {
    const key = new Uint8Array(32).fill(7)
    const resolved = resolvePolicy('email', { action: 'hash', key }) as ResolvedHashPolicy
    key.fill(0)
    expect(resolved.key.every((byte) => byte === 7)).toBe(true)
  })

  it('copies a Node Buffer key too (Buffer.slice would share memory)', () => {
    const key = Buffer.alloc(32, 7)
    const resolved = resolvePolicy('email', { action: 'hash', key }) as ResolvedHashPolicy
    key.fill(0)
    expect(resolved.key.every((byte) => byte === 7)).toBe(true)
  })

  it('keeps the custom function as given', () => {
    const render = () => ''
    expect(resolvePolicy('email', { action: 'custom', render })).toEqual({ action: 'custom', render })
  })
})
