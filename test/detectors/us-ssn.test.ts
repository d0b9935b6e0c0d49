import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, MAX_HOLD_CHARS, type Finding } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { SSN_STYLES, assertQuietly, dashedSsn, formatSsn, ssnDigitsArbitrary, unissuedSsnDigitsArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const ssnsOf = (text: string) => redactor.redact(text).findings.filter((finding) => finding.type === 'us_ssn')
const ssnSpans = (text: string) => ssnsOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('US Social Security numbers', () => {
  it.each([
    ['dashed, no keyword needed', 'it is 123-45-6789', '123-45-6789', 'dashed'],
    ['dashed with keyword', 'SSN: 123-45-6789.', '123-45-6789', 'dashed'],
    ['an en dash', 'it is 123–45–6789', '123–45–6789', 'dashed'],
    ['a minus sign (autocorrect)', 'it is 123−45−6789', '123−45−6789', 'dashed'],
    ['spaced with keyword', 'my social is 123 45 6789', '123 45 6789', 'keyword'],
    ['no-break spaces with keyword', 'SSN 123\u00a045\u00a06789', '123\u00a045\u00a06789', 'keyword'],
    ['dotted with keyword', 'ssn: 123.45.6789', '123.45.6789', 'keyword'],
    ['spaced dashes with keyword', 'ssn 123 - 45 - 6789', '123 - 45 - 6789', 'keyword'],
    ['bare with keyword', 'ssn 123456789', '123456789', 'keyword'],
    ['bare, keyword after', '123456789 is my ssn', '123456789', 'keyword-after'],
    ['dotted, keyword after', '123.45.6789 is my social', '123.45.6789', 'keyword-after'],
    ['after SSN#', 'SSN#123456789', '123456789', 'keyword'],
    ['social security', 'social security number 078-05-1121', '078-05-1121', 'dashed'],
    ['full-width digits', 'ssn １２３-４５-６７８９', '１２３-４５-６７８９', 'dashed'],
  ])('%s', (_name, input, span, reason) => {
    expect(ssnSpans(input)).toEqual([span])
    expect(ssnsOf(input)[0]?.reason).toBe(reason)
  })

  it.each([
    ['area 000', 'ssn 000-12-3456'],
    ['area 666', 'ssn 666-12-3456'],
    ['area 666, dotted', 'ssn 666.12.3456'],
    ['area 9xx', 'ssn 900-12-3456'],
    ['area 9xx, spaced', 'ssn 987 65 4321'],
    ['group 00', 'ssn 123-00-4567'],
    ['serial 0000', 'ssn 123-45-0000'],
    ['bare without keyword', 'order 123456789'],
    ['spaced without keyword', 'room 123 45 6789'],
    ['dotted without keyword (a version or part number)', 'build 123.45.6789'],
    ['a subtraction', 'that is 123 - 45 - 6789'],
    ['part of a longer number', 'ssn 123-45-6789-1'],
    ['part of a longer dotted number', 'ssn 123.45.6789.1'],
    ['mixed separators', 'ssn 123-45 6789'],
    ['dashes and dots', 'ssn 123-45.6789'],
    ['glued to letters', 'id A123-45-6789'],
    ['a reference without keyword', '#123-45-6789'],
    ['a phone', '408-247-8880'],
    ['a date', 'ssn 2024.05.1234'],
  ])('leaves alone: %s', (_name, input) => {
    expect(ssnsOf(input)).toEqual([])
  })

  it('masks the digits, keeps the separators', () => {
    expect(redactor.redact('ssn 123-45-6789').text).toBe('ssn ***-**-****')
    expect(redactor.redact('ssn 123.45.6789').text).toBe('ssn ***.**.****')
  })

  it('finds every issuable SSN in every separator style: dashed ones alone, the others with a keyword', () => {
    assertQuietly(
      fc.property(ssnDigitsArbitrary(), fc.constantFrom(...SSN_STYLES), safeTextArbitrary(), (digits, style, before) => {
        const written = formatSsn(digits, style.gap)
        // Random text may spell a keyword ("ß" folds to "ss"), so "alone" is checked after a fixed word.
        const alone = ssnsOf(`note: ${written} .`).map((finding) => [finding.start, finding.end])
        expect(alone).toEqual(style.needsKeyword ? [] : [[6, 6 + written.length]])
        if (!style.needsKeyword) expect(ssnSpans(`${before} ${written} .`)).toEqual([written])
        expect(ssnSpans(`my ssn is ${written}`)).toEqual([written])
        expect(ssnSpans(`${written} is my social security number`)).toEqual([written])
      }),
    )
  })

  it('never reports a number the SSA does not issue (area 000, 666, 900–999; group 00; serial 0000), in any style, keyword or not', () => {
    assertQuietly(
      fc.property(unissuedSsnDigitsArbitrary(), fc.constantFrom(...SSN_STYLES), (digits, style) => {
        expect(ssnsOf(`my ssn is ${formatSsn(digits, style.gap)}`)).toEqual([])
      }),
    )
  })

  it('is found in every chunking: streamed output and findings equal batch, within MAX_HOLD_CHARS', () => {
    assertQuietly(
      fc.property(ssnDigitsArbitrary(), fc.constantFrom(...SSN_STYLES), safeTextArbitrary(), cutsArbitrary(80), (digits, style, before, cuts) => {
        const text = `${before} ssn ${formatSsn(digits, style.gap)}, and ${dashedSsn(digits)} .`
        const batch = redactor.redact(text)
        expect(batch.findings.filter((finding) => finding.type === 'us_ssn')).toHaveLength(2)
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
