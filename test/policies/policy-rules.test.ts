import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ResolvedPolicy } from '../../src/policies/policy.js'
import { describeProblem, placeholdersAllowed, policyProblemOf } from '../../src/policies/policy-rules.js'
import type { FindingType } from '../../src/types.js'

const KEY = new TextEncoder().encode('sixteen byte key')
const maskWith = (keepFirst: number, keepLast: number, char = '*'): ResolvedPolicy => ({
  action: 'mask',
  char,
  keepFirst,
  keepLast,
  keepSeparators: true,
})
const hashWith = (overrides: Partial<{ key: Uint8Array; length: number; template: string }> = {}): ResolvedPolicy => ({
  action: 'hash',
  key: KEY,
  length: 16,
  template: '[{type}:{hash}]',
  ...overrides,
})

describe('policyProblemOf: PCI DSS for card numbers', () => {
  it.each<[string, ResolvedPolicy]>([
    ['mask, last four', maskWith(0, 4)],
    ['mask, BIN and last four (3.4.1 maximum)', maskWith(6, 4)],
    ['mask, nothing kept', maskWith(0, 0)],
    ['replace with every card placeholder', { action: 'replace', template: '{type}{TYPE}{brand}{first6}{last4}' }],
    ['remove', { action: 'remove' }],
    ['hash (3.5.1.1 keyed hash)', hashWith()],
    ['hash with brand', hashWith({ template: '{brand}:{hash}' })],
    ['custom', { action: 'custom', render: () => '' }],
  ])('allows %s', (_name, policy) => {
    expect(policyProblemOf('card_number', policy)).toBeUndefined()
  })

  it.each<[string, ResolvedPolicy, string, RegExp]>([
    ['keep', { action: 'keep' }, 'action', /never be shown in full \(PCI DSS 3\.4\.1\)/],
    ['mask keepFirst 7', maskWith(7, 4), 'keepFirst', /at most its first six digits \(PCI DSS 3\.4\.1\)/],
    ['mask keepLast 5', maskWith(0, 5), 'keepLast', /at most its last four digits \(PCI DSS 3\.4\.1\)/],
    ['mask keepFirst -1', maskWith(-1, 4), 'keepFirst', /PCI DSS 3\.4\.1/],
    ['mask keepLast 2.5', maskWith(0, 2.5), 'keepLast', /PCI DSS 3\.4\.1/],
    ['mask keepLast NaN', maskWith(0, Number.NaN), 'keepLast', /PCI DSS 3\.4\.1/],
    ['hash beside last four', hashWith({ template: '{hash} …{last4}' }), 'template', /PCI DSS 3\.5\.1\)/],
    ['hash beside first six', hashWith({ template: '{first6} {hash}' }), 'template', /PCI DSS 3\.5\.1\)/],
  ])('refuses %s', (_name, policy, field, reason) => {
    const problem = policyProblemOf('card_number', policy)
    expect(problem?.field).toBe(field)
    expect(problem?.reason).toMatch(reason)
  })

  it('allows every keepFirst 0–6 with keepLast 0–4, and refuses anything beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (keepFirst, keepLast) => {
        const allowed = keepFirst <= 6 && keepLast <= 4
        expect(policyProblemOf('card_number', maskWith(keepFirst, keepLast)) === undefined).toBe(allowed)
      }),
    )
  })
})

describe('policyProblemOf: PCI DSS 3.3.1.2 for CVVs', () => {
  it.each<[string, ResolvedPolicy]>([
    ['mask in full', maskWith(0, 0)],
    ['remove', { action: 'remove' }],
    ['replace with the default label', { action: 'replace', template: '[{TYPE}]' }],
    ['replace with {type}', { action: 'replace', template: '<{type}>' }],
    ['replace with fixed text', { action: 'replace', template: '[security code removed]' }],
  ])('allows %s', (_name, policy) => {
    expect(policyProblemOf('cvv', policy)).toBeUndefined()
  })

  it.each<[string, ResolvedPolicy, string, RegExp]>([
    ['keep', { action: 'keep' }, 'action', /masked fully, removed or replaced \(PCI DSS 3\.3\.1\.2\)/],
    ['hash', hashWith(), 'action', /PCI DSS 3\.3\.1\.2/],
    ['custom', { action: 'custom', render: () => '' }, 'action', /PCI DSS 3\.3\.1\.2/],
    ['mask keepLast 1', maskWith(0, 1), 'keepLast', /masked in full \(PCI DSS 3\.3\.1\.2\)/],
    ['mask keepFirst 1', maskWith(1, 0), 'keepFirst', /masked in full/],
    ['replace with {last4}', { action: 'replace', template: 'CVV {last4}' }, 'template', /{last4} is refused \(PCI DSS 3\.3\.1\.2\)/],
    ['replace with {first6}', { action: 'replace', template: '{first6}' }, 'template', /{first6} is refused/],
    ['replace with {brand}', { action: 'replace', template: '{brand}' }, 'template', /{brand} is refused/],
  ])('refuses %s', (_name, policy, field, reason) => {
    const problem = policyProblemOf('cvv', policy)
    expect(problem?.field).toBe(field)
    expect(problem?.reason).toMatch(reason)
  })

  it('the action message lists exactly what a CVV may do', () => {
    const problem = policyProblemOf('cvv', { action: 'keep' })
    expect(problem && describeProblem(problem)).toBe(
      'a CVV may only be masked fully, removed or replaced (PCI DSS 3.3.1.2). Allowed: "mask" (keepFirst 0, keepLast 0), "remove", "replace" (template with only {type} or {TYPE}).',
    )
  })
})

describe('policyProblemOf: every type', () => {
  const otherTypes: FindingType[] = ['expiry_date', 'phone', 'email', 'iban', 'uk_nino', 'us_ssn']

  it.each(otherTypes)('%s allows every action, including keep and a long mask', (type) => {
    for (const policy of [
      { action: 'keep' },
      { action: 'remove' },
      maskWith(12, 12),
      { action: 'replace', template: '{first6}…{last4}' },
      hashWith(),
      { action: 'custom', render: () => '' },
    ] as ResolvedPolicy[]) {
      expect(policyProblemOf(type, policy)).toBeUndefined()
    }
  })

  it.each<[string, ResolvedPolicy, string]>([
    ['a mask char of two characters', maskWith(0, 0, '**'), 'char'],
    ['an empty mask char', maskWith(0, 0, ''), 'char'],
    ['a digit as mask char', maskWith(0, 0, '0'), 'char'],
    ['a full-width digit as mask char', maskWith(0, 0, '０'), 'char'],
    ['a lone surrogate as mask char', maskWith(0, 0, '\ud83d'), 'char'],
    ['a negative keepLast', maskWith(0, -1), 'keepLast'],
    ['a key of 15 bytes', hashWith({ key: new Uint8Array(15) }), 'key'],
    ['a hash length of 7', hashWith({ length: 7 }), 'length'],
    ['a hash length of 65', hashWith({ length: 65 }), 'length'],
    ['a hash template without {hash}', hashWith({ template: '[{type}]' }), 'template'],
    ['a malformed replace template', { action: 'replace', template: '{last4' }, 'template'],
    ['an unknown placeholder', { action: 'replace', template: '{value}' }, 'template'],
    ['{hash} in a replace template', { action: 'replace', template: '{hash}' }, 'template'],
    ['a custom policy without a function', { action: 'custom', render: 'x' as unknown as () => string }, 'render'],
    ['an unknown action', { action: 'encrypt' } as unknown as ResolvedPolicy, 'action'],
  ])('email refuses %s', (_name, policy, field) => {
    expect(policyProblemOf('email', policy)?.field).toBe(field)
  })

  it('allows astral and non-ASCII mask characters', () => {
    for (const char of ['•', '█', '🔒', 'x', '#']) expect(policyProblemOf('email', maskWith(0, 0, char))).toBeUndefined()
  })

  it.each<[FindingType, 'replace' | 'hash', string[]]>([
    ['cvv', 'replace', ['type', 'TYPE']],
    ['card_number', 'replace', ['type', 'TYPE', 'brand', 'last4', 'first6']],
    ['card_number', 'hash', ['type', 'TYPE', 'brand', 'hash']],
    ['email', 'hash', ['type', 'TYPE', 'brand', 'hash']],
  ])('%s %s templates may use %j', (type, action, placeholders) => {
    expect(placeholdersAllowed(type, action)).toEqual(placeholders)
  })
})
