import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { dashedSsn, ssnDigitsArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const ssnsOf = (text: string) => redactor.redact(text).findings.filter((finding) => finding.type === 'us_ssn')
const ssnSpans = (text: string) => ssnsOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('US Social Security numbers', () => {
  it.each([
    ['dashed, no keyword needed', 'it is 123-45-6789', '123-45-6789', 'dashed'],
    ['dashed with keyword', 'SSN: 123-45-6789.', '123-45-6789', 'dashed'],
    ['spaced with keyword', 'my social is 123 45 6789', '123 45 6789', 'keyword'],
    ['bare with keyword', 'ssn 123456789', '123456789', 'keyword'],
    ['bare, keyword after', '123456789 is my ssn', '123456789', 'keyword-after'],
    ['after SSN#', 'SSN#123456789', '123456789', 'keyword'],
    ['social security', 'social security number 078-05-1121', '078-05-1121', 'dashed'],
  ])('%s', (_name, input, span, reason) => {
    expect(ssnSpans(input)).toEqual([span])
    expect(ssnsOf(input)[0]?.reason).toBe(reason)
  })

  it.each([
    ['area 000', 'ssn 000-12-3456'],
    ['area 666', 'ssn 666-12-3456'],
    ['area 9xx', 'ssn 900-12-3456'],
    ['group 00', 'ssn 123-00-4567'],
    ['serial 0000', 'ssn 123-45-0000'],
    ['bare without keyword', 'order 123456789'],
    ['spaced without keyword', 'room 123 45 6789'],
    ['part of a longer number', 'ssn 123-45-6789-1'],
    ['mixed separators', 'ssn 123-45 6789'],
    ['glued to letters', 'id A123-45-6789'],
    ['a reference without keyword', '#123-45-6789'],
    ['a phone', '408-247-8880'],
  ])('leaves alone: %s', (_name, input) => {
    expect(ssnsOf(input)).toEqual([])
  })

  it('masks the digits, keeps the dashes', () => {
    expect(redactor.redact('ssn 123-45-6789').text).toBe('ssn ***-**-****')
  })

  it('finds every issuable SSN written with dashes, and bare ones only with a keyword', () => {
    fc.assert(
      fc.property(ssnDigitsArbitrary(), safeTextArbitrary(), (digits, before) => {
        const dashed = dashedSsn(digits)
        const start = before.length + 1
        expect(ssnsOf(`${before} ${dashed} .`).map((finding) => [finding.start, finding.end])).toEqual([[start, start + dashed.length]])
        expect(ssnSpans(`my ssn is ${digits}`)).toEqual([digits])
      }),
    )
  })
})
