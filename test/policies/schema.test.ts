import { describe, expect, it } from 'vitest'
import { policiesSchema, unknownKeyDetail } from '../../src/policies/schema.js'

describe('policiesSchema', () => {
  it('resolves each given policy and leaves the others out', () => {
    const result = policiesSchema.safeParse({ email: { action: 'remove' }, card_number: { action: 'mask', keepFirst: 6 } })
    expect(result.success && result.data).toEqual({
      email: { action: 'remove' },
      card_number: { action: 'mask', char: '*', keepFirst: 6, keepLast: 4, keepSeparators: true },
    })
  })

  it.each([
    [{ cvv: { action: 'hash', key: 'sixteen byte key' } }, ['cvv', 'action']],
    [{ cvv: { keepLast: 0 } }, ['cvv', 'action']],
    [{ card_number: { action: 'mask', keepLast: 5 } }, ['card_number', 'keepLast']],
    [{ card_number: { action: 'mask', keepLast: '4' } }, ['card_number', 'keepLast']],
    [{ email: { action: 'hash' } }, ['email', 'key']],
    [{ email: 'remove' }, ['email']],
    [{ credit_card: { action: 'mask' } }, []],
  ])('%j fails at %j', (input, path) => {
    const result = policiesSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(path)
  })
})

describe('unknownKeyDetail', () => {
  it('suggests the closest known key and lists them all', () => {
    expect(unknownKeyDetail('polices', ['detectors', 'policies'])).toBe(
      'not a known option (did you mean "policies"?). Allowed: detectors, policies.',
    )
  })

  it('never suggests from a key that is not identifier-like', () => {
    expect(unknownKeyDetail('4111111111111111', ['detectors'])).toBe('not a known option. Allowed: detectors.')
  })
})
