import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, MAX_HOLD_CHARS, type Finding } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { assertQuietly, invalidNinoArbitrary, ninoArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const ninosOf = (text: string) => redactor.redact(text).findings.filter((finding) => finding.type === 'uk_nino')
const ninoSpans = (text: string) => ninosOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('UK National Insurance numbers', () => {
  it.each([
    ['display format', 'my NI is AB 12 34 56 C', 'AB 12 34 56 C', 'prefix+suffix'],
    ['compact', 'AB123456C is mine', 'AB123456C', 'prefix+suffix'],
    ['block of six', 'AB 123456 C', 'AB 123456 C', 'prefix+suffix'],
    ['small letters', 'ab123456c', 'ab123456c', 'prefix+suffix'],
    ['small letters, block of six', 'ab 123456 c', 'ab 123456 c', 'prefix+suffix'],
    ['small letters, display format', 'ab 12 34 56 c', 'ab 12 34 56 c', 'prefix+suffix'],
    ['dashes', 'NI: AB-12-34-56-C.', 'AB-12-34-56-C', 'prefix+suffix'],
    ['dots', 'AB.12.34.56.C', 'AB.12.34.56.C', 'prefix+suffix'],
    ['no-break spaces', 'AB\u00a012\u00a034\u00a056\u00a0C', 'AB\u00a012\u00a034\u00a056\u00a0C', 'prefix+suffix'],
    ['narrow no-break spaces', 'AB\u202f12\u202f34\u202f56\u202fC', 'AB\u202f12\u202f34\u202f56\u202fC', 'prefix+suffix'],
    ['suffix glued on', 'AB 12 34 56C', 'AB 12 34 56C', 'prefix+suffix'],
    ['prefix glued on', 'AB12 34 56 C', 'AB12 34 56 C', 'prefix+suffix'],
    ['full-width digits', 'AB１２３４５６C', 'AB１２３４５６C', 'prefix+suffix'],
    ['no suffix, keyword before', 'nino AB123456', 'AB123456', 'prefix+keyword'],
    ['no suffix, keyword after', 'AB 12 34 56 is my nino', 'AB 12 34 56', 'prefix+keyword-after'],
    ['no suffix, national insurance', 'national insurance: JE 12 34 56', 'JE 12 34 56', 'prefix+keyword'],
    ['no suffix, dashes', 'NI number AB-12-34-56', 'AB-12-34-56', 'prefix+keyword'],
  ])('%s', (_name, input, span, reason) => {
    expect(ninoSpans(input)).toEqual([span])
    expect(ninosOf(input)[0]?.reason).toBe(reason)
  })

  it.each([
    ["HMRC's own example prefix QQ (Q is never used)", 'QQ 12 34 56 C'],
    ['D as first letter', 'DA123456A'],
    ['F as second letter', 'AF 12 34 56 A'],
    ['O as second letter', 'AO123456A'],
    ['OO (O is never second)', 'OO 12 34 56 A'],
    ['unallocated prefix GB', 'GB123456A'],
    ['unallocated prefix ZZ', 'ZZ 12 34 56 A'],
    ['unallocated prefix NT, dashed', 'NT-12-34-56-A'],
    ['suffix E', 'AB123456E'],
    ['no suffix and no keyword', 'AB123456 thanks'],
    ['seven digits', 'AB1234567C'],
    ['glued to a word', 'XAB123456C'],
    ['mixed case', 'Ab123456C'],
    ['one more pair', 'AB 12 34 56 78 C'],
    ['one more pair, dashed', 'AB-12-34-56-78-C'],
    ['two kinds of separator', 'AB 12-34 56 C'],
    ['two separators in a row', 'AB  12 34 56 C'],
  ])('leaves alone: %s', (_name, input) => {
    expect(ninosOf(input)).toEqual([])
  })

  it('masks letters and digits', () => {
    expect(redactor.redact('NI: AB 12 34 56 C').text).toBe('NI: ** ** ** ** *')
    expect(redactor.redact('NI: AB-12-34-56-C').text).toBe('NI: **-**-**-**-*')
  })

  it('finds generated NINOs in every written form as the whole span, with the compact canonical form', () => {
    assertQuietly(
      fc.property(ninoArbitrary(), safeTextArbitrary(), safeTextArbitrary(), (nino, before, after) => {
        const text = `${before} ${nino.text} ${after}`
        const start = before.length + 1
        expect(ninosOf(text).map((finding) => [finding.start, finding.end])).toEqual([[start, start + nino.text.length]])
      }),
    )
  })

  it('never reports a NINO HMRC does not issue: excluded or unallocated prefixes, suffixes past D, seven digits, mixed separators', () => {
    assertQuietly(
      fc.property(invalidNinoArbitrary(), fc.boolean(), safeTextArbitrary(), (text, lower, before) => {
        expect(ninosOf(`${before} ${lower ? text.toLowerCase() : text} .`)).toEqual([])
      }),
    )
  })

  it('is found in every chunking: streamed output and findings equal batch, within MAX_HOLD_CHARS', () => {
    assertQuietly(
      fc.property(ninoArbitrary(), safeTextArbitrary(), cutsArbitrary(80), (nino, before, cuts) => {
        const text = `${before} ${nino.text} and ${nino.text.toLowerCase()}`
        const batch = redactor.redact(text)
        expect(batch.findings.filter((finding) => finding.type === 'uk_nino')).toHaveLength(2)
        for (const chunks of [splitAt(text, cuts), oneCharAtATime(text)]) {
          const findings: Finding[] = []
          const { outputs, maxHeld } = streamChunks(redactor, chunks, (finding) => findings.push(finding))
          expect(outputs.join('')).toBe(batch.text)
          expect(findings).toEqual(batch.findings)
          expect(maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
        }
      }),
      { numRuns: 100 },
    )
  })
})
