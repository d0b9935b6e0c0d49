import { describe, expect, it } from 'vitest'
import { createMemoryKeyRing, createRedactor, tokenPolicy } from '../../src/index.js'
import { policyProblemOf } from '../../src/policies/policy-rules.js'
import { renderToken } from '../../src/policies/token.js'
import type { Tokenizer } from '../../src/tokens/tokenizer-brand.js'
import { chatmaskErrorOf } from '../helpers/errors.js'

const keyRing = createMemoryKeyRing()

describe('token policy rules', () => {
  it('refuses a token for a CVV with the PCI DSS 3.3.1.2 reason, like hash', () => {
    const error = chatmaskErrorOf(() => createRedactor({ policies: { cvv: tokenPolicy({ keyRing, scope: 's' }) as never } }))
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toBe('policies.cvv.action')
    expect(error.message).toMatch(/PCI DSS 3\.3\.1\.2/)
  })

  it('accepts a token for every other type', () => {
    const policy = tokenPolicy({ keyRing, scope: 's' })
    for (const type of ['card_number', 'expiry_date', 'phone', 'email', 'iban', 'uk_nino', 'us_ssn'] as const) {
      expect(policyProblemOf(type, policy)).toBeUndefined()
    }
  })

  it('refuses a look-alike tokenizer: only one chatmask made may receive a PAN', () => {
    const fake: Tokenizer = { tokenize: (_type, original) => original }
    const error = chatmaskErrorOf(() => createRedactor({ policies: { card_number: { action: 'token', tokenizer: fake } } }))
    expect(error.path).toBe('policies.card_number.tokenizer')
    expect(() => renderToken({ action: 'token', tokenizer: fake }, { type: 'email', start: 0, end: 1, reason: 'syntax' }, 'a', 'a')).not.toThrow()
    expect(policyProblemOf('card_number', { action: 'token', tokenizer: fake })?.field).toBe('tokenizer')
  })

  it('checks token options when the policy is made', () => {
    expect(chatmaskErrorOf(() => tokenPolicy({ keyRing, scope: '' })).path).toBe('scope')
    expect(chatmaskErrorOf(() => tokenPolicy({ keyRing: {} as never, scope: 's' })).path).toBe('keyRing')
  })
})
