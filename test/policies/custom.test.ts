import { describe, expect, it } from 'vitest'
import { renderCustom } from '../../src/policies/custom.js'
import type { CustomRenderInfo } from '../../src/policies/policy.js'
import type { Finding } from '../../src/types.js'
import { chatmaskErrorOf } from '../helpers/errors.js'

const visa: Finding = { type: 'card_number', start: 0, end: 16, brand: 'visa', reason: 'luhn+iin' }
const email: Finding = { type: 'email', start: 0, end: 14, reason: 'syntax' }
const PAN = '4111111111111111'

function custom(render: (info: CustomRenderInfo) => unknown) {
  return { action: 'custom' as const, render: render as (info: CustomRenderInfo) => string }
}

describe('renderCustom', () => {
  it('gives a card renderer the safe facts only: never the PAN', () => {
    let seen: CustomRenderInfo | undefined
    renderCustom(custom((info) => ((seen = info), '[card]')), visa, PAN)
    expect(seen).toEqual({ type: 'card_number', brand: 'visa', last4: '1111', length: 16 })
    expect(seen).not.toHaveProperty('value')
    expect(JSON.stringify(seen)).not.toContain(PAN)
    expect(Object.isFrozen(seen)).toBe(true)
  })

  it('gives other types their normalized value', () => {
    let seen: CustomRenderInfo | undefined
    renderCustom(custom((info) => ((seen = info), '')), email, 'jo@example.com')
    expect(seen).toEqual({ type: 'email', brand: undefined, last4: '.com', length: 14, value: 'jo@example.com' })
  })

  it.each<[string, (info: CustomRenderInfo) => unknown, string]>([
    ['brand and last four', ({ brand, last4 }) => `[${brand} ****${last4}]`, '[visa ****1111]'],
    ['length', ({ length }) => `[${length}-digit card]`, '[16-digit card]'],
    ['empty', () => '', ''],
    ['ten digits, none of them the middle', () => '4111 11…1111'.replace('4111 11', '999999'), '999999…1111'],
  ])('accepts a card renderer returning %s', (_name, render, expected) => {
    expect(renderCustom(custom(render), visa, PAN)).toBe(expected)
  })

  it.each<[string, () => unknown, RegExp]>([
    ['the whole PAN (a closure bug)', () => '4111 1111 1111 1111', /16 digits; a card number may show at most 10/],
    ['the middle digits', () => 'x111111y', /digits between the first six and last four/],
    ['the middle digits in full-width', () => 'x１１１１１１y', /digits between the first six and last four/],
    ['eleven Arabic-Indic digits', () => '١١١١١١١١١١١', /11 digits/],
  ])('refuses a card renderer returning %s', (_name, render, why) => {
    const error = chatmaskErrorOf(() => renderCustom(custom(render), visa, PAN))
    expect(error.code).toBe('POLICY_FAILED')
    expect(error.path).toBe('policies.card_number.render')
    expect(error.message).toMatch(why)
    expect(error.message).not.toMatch(/\d{4,}/)
  })

  it.each<[string, () => unknown, RegExp]>([
    ['throws, quoting the value', () => { throw new Error('cannot render jo@example.com') }, /threw/],
    ['returns a number', () => 4111111111111111, /returned a number of 16 digits; it must return a string/],
    ['returns undefined', () => undefined, /returned nothing/],
    ['returns an object', () => ({ text: 'x' }), /returned an object/],
  ])('POLICY_FAILED when the function %s, without echoing anything', (_name, render, why) => {
    const error = chatmaskErrorOf(() => renderCustom(custom(render), email, 'jo@example.com'))
    expect(error.code).toBe('POLICY_FAILED')
    expect(error.message).toMatch(why)
    expect(error.message).not.toContain('jo@example.com')
    expect(error.message).not.toMatch(/\d{4,}/)
    expect(error).not.toHaveProperty('cause')
  })
})
