import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { ninoArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const ninosOf = (text: string) => redactor.redact(text).findings.filter((finding) => finding.type === 'uk_nino')
const ninoSpans = (text: string) => ninosOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('UK National Insurance numbers', () => {
  it.each([
    ['display format', 'my NI is AB 12 34 56 C', 'AB 12 34 56 C', 'prefix+suffix'],
    ['compact', 'AB123456C is mine', 'AB123456C', 'prefix+suffix'],
    ['block of six', 'AB 123456 C', 'AB 123456 C', 'prefix+suffix'],
    ['small letters', 'ab123456c', 'ab123456c', 'prefix+suffix'],
    ['small letters, display format', 'ab 12 34 56 c', 'ab 12 34 56 c', 'prefix+suffix'],
    ['no suffix, keyword before', 'nino AB123456', 'AB123456', 'prefix+keyword'],
    ['no suffix, keyword after', 'AB 12 34 56 is my nino', 'AB 12 34 56', 'prefix+keyword-after'],
    ['no suffix, national insurance', 'national insurance: JE 12 34 56', 'JE 12 34 56', 'prefix+keyword'],
  ])('%s', (_name, input, span, reason) => {
    expect(ninoSpans(input)).toEqual([span])
    expect(ninosOf(input)[0]?.reason).toBe(reason)
  })

  it.each([
    ['HMRC\'s own example prefix QQ (Q is never used)', 'QQ 12 34 56 C'],
    ['D as first letter', 'DA123456A'],
    ['O as second letter', 'AO123456A'],
    ['OO (O is never second)', 'OO 12 34 56 A'],
    ['unallocated prefix GB', 'GB123456A'],
    ['unallocated prefix ZZ', 'ZZ 12 34 56 A'],
    ['suffix E', 'AB123456E'],
    ['no suffix and no keyword', 'AB123456 thanks'],
    ['seven digits', 'AB1234567C'],
    ['glued to a word', 'XAB123456C'],
    ['mixed case', 'Ab123456C'],
    ['one more pair', 'AB 12 34 56 78 C'],
  ])('leaves alone: %s', (_name, input) => {
    expect(ninosOf(input)).toEqual([])
  })

  it('masks letters and digits', () => {
    expect(redactor.redact('NI: AB 12 34 56 C').text).toBe('NI: ** ** ** ** *')
  })

  it('finds generated NINOs in every written form as the whole span', () => {
    fc.assert(
      fc.property(ninoArbitrary(), safeTextArbitrary(), safeTextArbitrary(), (nino, before, after) => {
        const text = `${before} ${nino.text} ${after}`
        const start = before.length + 1
        expect(ninosOf(text).map((finding) => [finding.start, finding.end])).toEqual([[start, start + nino.text.length]])
      }),
    )
  })
})
