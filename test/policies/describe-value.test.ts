import { describe, expect, it } from 'vitest'
import { describeValue, quoteIfIdentifier } from '../../src/policies/describe-value.js'

describe('describeValue', () => {
  it.each<[string, unknown, string]>([
    ['a PAN as a string', '4111 1111 1111 1111', 'a string of 19 characters'],
    ['a PAN as a number', 4111111111111111, 'a number of 16 digits'],
    ['a huge number', 1e21, 'a number of 22 digits'],
    ['a small number', 5, '5'],
    ['a fraction', 2.5, '2.5'],
    ['a negative number', -1, '-1'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['one character', 'x', 'a string of 1 character'],
    ['an empty string', '', 'an empty string'],
    ['undefined', undefined, 'nothing'],
    ['null', null, 'null'],
    ['true', true, 'true'],
    ['a function', () => 1, 'a function'],
    ['an array', ['a', 'b'], 'an array of 2 items'],
    ['bytes', new Uint8Array(3), 'a Uint8Array of 3 bytes'],
    ['a Date', new Date(0), 'a Date'],
    ['an object', { a: 1 }, 'an object'],
    ['a bigint', 4111111111111111n, 'a bigint'],
    ['a symbol', Symbol('x'), 'a symbol'],
  ])('%s → %s', (_name, value, expected) => {
    expect(describeValue(value)).toBe(expected)
  })

  it('quotes identifier-like strings only when asked', () => {
    expect(describeValue('hash', { quoteStrings: true })).toBe('"hash"')
    expect(describeValue('hash')).toBe('a string of 4 characters')
    expect(describeValue('4111111111111111', { quoteStrings: true })).toBe('a string of 16 characters')
  })
})

describe('quoteIfIdentifier', () => {
  it.each([
    ['hash', '"hash"'],
    ['card_number', '"card_number"'],
    ['last4', '"last4"'],
    ['GB', '"GB"'],
    ['4111111111111111', undefined],
    ['a123', undefined],
    ['jo@example.com', undefined],
    ['two words', undefined],
    ['', undefined],
    ['x'.repeat(33), undefined],
  ])('%j → %j', (value, expected) => {
    expect(quoteIfIdentifier(value)).toBe(expected)
  })
})
