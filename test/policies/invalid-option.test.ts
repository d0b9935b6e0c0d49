import { describe, expect, it } from 'vitest'
import { describeReceived, invalidOptionError, invalidOptionMessage } from '../../src/policies/invalid-option.js'

describe('invalid option messages', () => {
  it('names the path, what was received and what is allowed', () => {
    expect(invalidOptionMessage('policies.cvv.keepLast', '4', 'Allowed: 0.')).toBe(
      'Invalid option policies.cvv.keepLast: received 4; Allowed: 0.',
    )
    expect(invalidOptionMessage('', 'a number', 'Allowed: an object.')).toBe('Invalid options: received a number; Allowed: an object.')
  })

  it('builds an INVALID_OPTIONS error with the path (none for the whole object)', () => {
    expect(invalidOptionError('detectors', 'x', 'Allowed: y.')).toMatchObject({ code: 'INVALID_OPTIONS', path: 'detectors' })
    expect(invalidOptionError('', 'x', 'Allowed: y.').path).toBeUndefined()
  })

  it.each<[string | undefined, unknown, string]>([
    ['action', 'hash', '"hash"'],
    ['action', '4111111111111111', 'a string of 16 characters'],
    ['key', 'short', 'a string of 5 bytes in UTF-8'],
    ['key', 'ключ', 'a string of 8 bytes in UTF-8'],
    ['key', new Uint8Array(4), 'a Uint8Array of 4 bytes'],
    ['template', 'hash', 'a string of 4 characters'],
    [undefined, 7, '7'],
  ])('describeReceived(%j, …) → %s', (field, value, expected) => {
    expect(describeReceived(field, value)).toBe(expected)
  })
})
