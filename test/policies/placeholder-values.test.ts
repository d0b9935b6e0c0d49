import { describe, expect, it } from 'vitest'
import { placeholderValueOf } from '../../src/policies/placeholder-values.js'
import type { Placeholder } from '../../src/policies/template.js'
import type { Finding } from '../../src/types.js'

const amex: Finding = { type: 'card_number', start: 0, end: 15, brand: 'amex', reason: 'luhn+iin' }
const phone: Finding = { type: 'phone', start: 0, end: 3, reason: 'keyword' }

describe('placeholderValueOf', () => {
  it.each<[Placeholder, Finding, string, string]>([
    ['type', amex, '378282246310005', 'card_number'],
    ['TYPE', amex, '378282246310005', 'CARD_NUMBER'],
    ['brand', amex, '378282246310005', 'amex'],
    ['brand', phone, '+1555', ''],
    ['first6', amex, '378282246310005', '378282'],
    ['last4', amex, '378282246310005', '0005'],
    ['last4', phone, '+15', '+15'],
    ['hash', amex, '378282246310005', ''],
  ])('{%s} → %j', (placeholder, finding, canonical, expected) => {
    expect(placeholderValueOf(placeholder, finding, canonical)).toBe(expected)
  })

  it('{hash} is the token the hash policy passes', () => {
    expect(placeholderValueOf('hash', amex, '378282246310005', 'abcdef12')).toBe('abcdef12')
  })
})
