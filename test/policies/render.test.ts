import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ResolvedPolicy } from '../../src/policies/policy.js'
import { renderReplacement } from '../../src/policies/render.js'
import { digitValueOf } from '../../src/scanner/unicode-digits.js'
import type { Finding, FindingType } from '../../src/types.js'
import { luhnValidPanArbitrary, panFormatArbitrary, validCardPolicyArbitrary } from './arbitraries.js'
import { chatmaskErrorOf } from '../helpers/errors.js'

const KEY = new TextEncoder().encode('sixteen byte key')
const visa: Finding = { type: 'card_number', start: 5, end: 24, brand: 'visa', reason: 'luhn+iin' }
const cvv: Finding = { type: 'cvv', start: 30, end: 33, reason: 'keyword' }
const email: Finding = { type: 'email', start: 0, end: 14, reason: 'syntax' }
const mask = { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true } as const

/** The middle of a PAN: what PCI DSS 3.4.1 never allows to be shown. */
const middleOf = (pan: string) => pan.slice(6, -4)

describe('renderReplacement: one example per action', () => {
  it.each<[string, ResolvedPolicy, Finding, string, string, string | RegExp]>([
    ['mask', mask, visa, '4111 1111 1111 1111', '4111111111111111', '**** **** **** 1111'],
    ['replace', { action: 'replace', template: '[{brand} …{last4}]' }, visa, '4111 1111 1111 1111', '4111111111111111', '[visa …1111]'],
    ['remove', { action: 'remove' }, visa, '4111 1111 1111 1111', '4111111111111111', ''],
    ['hash', { action: 'hash', key: KEY, length: 16, template: '[{type}:{hash}]' }, visa, '4111 1111 1111 1111', '4111111111111111', /^\[card_number:[0-9a-f]{16}\]$/],
    ['keep', { action: 'keep' }, email, 'Jo@Example.com', 'jo@example.com', 'Jo@Example.com'],
    ['custom', { action: 'custom', render: ({ last4 }) => `[…${last4}]` }, visa, '4111 1111 1111 1111', '4111111111111111', '[…1111]'],
    ['cvv mask', { ...mask, keepLast: 0 }, cvv, '123', '123', '***'],
    ['cvv replace', { action: 'replace', template: '[{TYPE}]' }, cvv, '123', '123', '[CVV]'],
  ])('%s', (_name, policy, finding, original, canonical, expected) => {
    const out = renderReplacement(policy, finding, original, canonical)
    if (typeof expected === 'string') expect(out).toBe(expected)
    else expect(out).toMatch(expected)
  })
})

describe('renderReplacement: the rules are checked again at render time', () => {
  it.each<[string, ResolvedPolicy, Finding, string]>([
    ['keep for a card', { action: 'keep' }, visa, 'policies.card_number.action'],
    ['a mask keeping seven first digits', { ...mask, keepFirst: 7 }, visa, 'policies.card_number.keepFirst'],
    ['a hash beside the last four', { action: 'hash', key: KEY, length: 16, template: '{hash}{last4}' }, visa, 'policies.card_number.template'],
    ['a hash with a short key', { action: 'hash', key: new Uint8Array(8), length: 16, template: '{hash}' }, visa, 'policies.card_number.key'],
    ['a CVV mask keeping one digit', { ...mask, keepLast: 1 }, cvv, 'policies.cvv.keepLast'],
    ['a CVV hash', { action: 'hash', key: KEY, length: 16, template: '{hash}' }, cvv, 'policies.cvv.action'],
    ['a CVV custom', { action: 'custom', render: () => '' }, cvv, 'policies.cvv.action'],
    ['a CVV replace with {last4}', { action: 'replace', template: '{last4}' }, cvv, 'policies.cvv.template'],
    ['an unknown action', { action: 'show' } as unknown as ResolvedPolicy, email, 'policies.email.action'],
  ])('refuses %s before writing anything', (_name, policy, finding, path) => {
    const error = chatmaskErrorOf(() => renderReplacement(policy, finding, '4111 1111 1111 1111', '4111111111111111'))
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toBe(path)
    expect(error.message).toMatch(new RegExp(`^Invalid option ${path.replaceAll('.', '\\.')}: received `))
    expect(error.message).not.toMatch(/\d{4,}/)
  })
})

describe('renderReplacement: PCI DSS 3.4.1 properties for every valid card policy', () => {
  it('the output does not depend on the middle digits, so it cannot reveal them', () => {
    // Change only the digits between the first six and the last four. The renderers never check
    // Luhn, so the changed number need not be Luhn-valid for the comparison to mean something.
    fc.assert(
      fc.property(
        luhnValidPanArbitrary,
        fc.infiniteStream(fc.integer({ min: 0, max: 9 })),
        panFormatArbitrary,
        validCardPolicyArbitrary,
        (pan, newDigits, format, policy) => {
          const middle = middleOf(pan)
          const otherMiddle = [...middle].map((digit) => String((Number(digit) + 1 + (newDigits.next().value as number) % 9) % 10)).join('')
          const otherPan = pan.slice(0, 6) + otherMiddle + pan.slice(-4)
          const finding: Finding = { type: 'card_number', start: 0, end: format(pan).length, reason: 'luhn' }
          expect(renderReplacement(policy, finding, format(pan), pan)).toBe(
            renderReplacement(policy, finding, format(otherPan), otherPan),
          )
        },
      ),
    )
  })

  it('the output shows at most ten digits, and a mask never shows the middle digits as written', () => {
    fc.assert(
      fc.property(luhnValidPanArbitrary, panFormatArbitrary, validCardPolicyArbitrary, (pan, format, policy) => {
        const finding: Finding = { type: 'card_number', start: 0, end: format(pan).length, reason: 'luhn' }
        const out = renderReplacement(policy, finding, format(pan), pan)
        const ascii = [...out].map((char) => {
          const value = digitValueOf(char.codePointAt(0) ?? -1)
          return value < 0 ? char : String(value)
        })
        expect(ascii.filter((char) => /\d/.test(char)).length).toBeLessThanOrEqual(policy.action === 'replace' ? Number.POSITIVE_INFINITY : 10)
        if (policy.action === 'mask') {
          // Kept digits are the first keepFirst ≤ 6 and last keepLast ≤ 4: the middle is always masked,
          // so it can only appear if it also occurs inside the first six or last four themselves.
          fc.pre(!pan.slice(0, 6).includes(middleOf(pan)) && !pan.slice(-4).includes(middleOf(pan)))
          expect(ascii.join('')).not.toContain(middleOf(pan))
        }
      }),
    )
  })

  it('a replace template, however it repeats placeholders, shows only first six, last four, brand and labels', () => {
    fc.assert(
      fc.property(luhnValidPanArbitrary, (pan) => {
        const finding: Finding = { type: 'card_number', start: 0, end: pan.length, brand: 'visa', reason: 'luhn' }
        const out = renderReplacement({ action: 'replace', template: '{type}|{TYPE}|{brand}|{first6}|{last4}' }, finding, pan, pan)
        expect(out).toBe(`card_number|CARD_NUMBER|visa|${pan.slice(0, 6)}|${pan.slice(-4)}`)
      }),
    )
  })

  it.each<FindingType>(['card_number', 'cvv'])('the default-like %s mask hides every digit it must', (type) => {
    fc.assert(
      fc.property(luhnValidPanArbitrary, (pan) => {
        const finding: Finding = { type, start: 0, end: pan.length, reason: 'luhn' }
        const keepLast = type === 'card_number' ? 4 : 0
        const out = renderReplacement({ ...mask, keepLast }, finding, pan, pan)
        expect(out).toBe('*'.repeat(pan.length - keepLast) + pan.slice(pan.length - keepLast))
      }),
    )
  })
})
