import { describe, expect, it } from 'vitest'
import { DEFAULT_REPLACE_TEMPLATE } from '../../src/policies/defaults.js'
import { renderReplace } from '../../src/policies/replace.js'
import type { Finding, FindingType } from '../../src/types.js'

const visa: Finding = { type: 'card_number', start: 0, end: 16, brand: 'visa', reason: 'luhn+iin' }
const email: Finding = { type: 'email', start: 0, end: 14, reason: 'syntax' }

describe('renderReplace', () => {
  it.each<[string, Finding, string, string]>([
    ['[{TYPE}]', visa, '4111111111111111', '[CARD_NUMBER]'],
    ['[{type}]', visa, '4111111111111111', '[card_number]'],
    ['[{brand} ending {last4}]', visa, '4111111111111111', '[visa ending 1111]'],
    ['{first6}******{last4}', visa, '4111111111111111', '411111******1111'],
    ['[{brand}]', email, 'jo@example.com', '[]'],
    ['[{TYPE} …{last4}]', email, 'jo@example.com', '[EMAIL ….com]'],
    ['{{{TYPE}}}', email, 'jo@example.com', '{EMAIL}'],
    ['', email, 'jo@example.com', ''],
  ])('%j → %j', (template, finding, canonical, expected) => {
    expect(renderReplace({ action: 'replace', template }, finding, canonical)).toBe(expected)
  })

  it.each<[FindingType, string]>([
    ['card_number', '[CARD_NUMBER]'],
    ['expiry_date', '[EXPIRY_DATE]'],
    ['cvv', '[CVV]'],
    ['phone', '[PHONE]'],
    ['email', '[EMAIL]'],
    ['iban', '[IBAN]'],
    ['uk_nino', '[UK_NINO]'],
    ['us_ssn', '[US_SSN]'],
  ])('the default template labels %s as %s, with no digits to be found again', (type, expected) => {
    const finding: Finding = { type, start: 0, end: 3, reason: 'test' }
    expect(renderReplace({ action: 'replace', template: DEFAULT_REPLACE_TEMPLATE }, finding, '123')).toBe(expected)
  })

  it('throws INVALID_OPTIONS for a malformed template rather than print it', () => {
    expect(() => renderReplace({ action: 'replace', template: '{pan}' }, visa, '4111111111111111')).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS', path: 'policies.card_number.template' }),
    )
  })
})
