/**
 * Phone recall, measured on libphonenumber-js's own numbers (see
 * `test/helpers/phones.ts`): every region's example mobile number and, for the
 * default regions, fixed-line numbers drawn from each region's fixed-line
 * pattern, written the ways the library formats them and with dashes, dots or
 * spaces instead, inside chat sentences. A number counts as found when every
 * digit of it is inside a phone finding. Only counts are printed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CountryCode } from 'libphonenumber-js/max'
import { DEFAULT_PHONE_REGIONS } from '../../src/data/phone-regions.js'
import { createRedactor } from '../../src/index.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import {
  INTERNATIONAL_WRITINGS,
  NATIONAL_WRITINGS,
  PHONE_SENTENCES,
  assertQuietly,
  exampleMobilePhones,
  fixedLinePhones,
  writtenForms,
  type PhoneWriting,
  type SourcePhone,
} from '../helpers/phones.js'

const redactor = createRedactor({ now: FIXED_NOW })
/** The share of the default regions' national and international writings that must be found. */
const REQUIRED_RECALL = 0.95
/** Fixed-line numbers drawn per default region. */
const FIXED_LINES_PER_REGION = 10
const FIXED_LINE_SEED = 20261124

/** Is every digit of the number written at `start` in `text` inside a phone finding? */
function isFound(text: string, start: number, length: number): boolean {
  const phones = redactor.redact(text).findings.filter((finding) => finding.type === 'phone')
  for (let index = start; index < start + length; index++) {
    const char = text.charAt(index)
    if (char >= '0' && char <= '9' && !phones.some((finding) => finding.start <= index && index < finding.end)) return false
  }
  return true
}

interface Tally {
  found: number
  total: number
}

/** Found / total per writing, over every phone, writing and sentence. */
function measure(phones: readonly SourcePhone[], writings: readonly PhoneWriting[]): Map<PhoneWriting, Tally> {
  const tallies = new Map<PhoneWriting, Tally>()
  for (const phone of phones) {
    for (const written of writtenForms(phone, writings)) {
      for (const [before, after] of PHONE_SENTENCES) {
        const tally = tallies.get(written.writing) ?? { found: 0, total: 0 }
        if (isFound(`${before}${written.text}${after}`, before.length, written.text.length)) tally.found++
        tally.total++
        tallies.set(written.writing, tally)
      }
    }
  }
  return tallies
}

function summary(tallies: Map<PhoneWriting, Tally>): { found: number; total: number; text: string } {
  let found = 0
  let total = 0
  const parts: string[] = []
  for (const [writing, tally] of tallies) {
    found += tally.found
    total += tally.total
    parts.push(`${writing} ${tally.found}/${tally.total}`)
  }
  return { found, total, text: parts.join(', ') }
}

describe('phone recall on libphonenumber-js example numbers', () => {
  const defaultRegions = new Set<string>(DEFAULT_PHONE_REGIONS)
  const mobiles = exampleMobilePhones()
  const fixedLines = DEFAULT_PHONE_REGIONS.flatMap((region, index) => fixedLinePhones(region as CountryCode, FIXED_LINES_PER_REGION, FIXED_LINE_SEED + index))

  it(`finds at least ${REQUIRED_RECALL * 100}% of the default regions' numbers, national and international`, () => {
    const phones = [...mobiles.filter((phone) => defaultRegions.has(phone.region)), ...fixedLines]
    expect(fixedLines.length).toBeGreaterThan(DEFAULT_PHONE_REGIONS.length * FIXED_LINES_PER_REGION * 0.9)
    const { found, total, text } = summary(measure(phones, [...NATIONAL_WRITINGS, ...INTERNATIONAL_WRITINGS]))
    console.info(`[phone-recall] default regions: ${found}/${total} found (${((100 * found) / total).toFixed(1)}%): ${text}`)
    expect(found / total).toBeGreaterThanOrEqual(REQUIRED_RECALL)
  })

  it('finds every region\'s example number written internationally', () => {
    expect(mobiles.length).toBeGreaterThan(200)
    const { found, total, text } = summary(measure(mobiles, INTERNATIONAL_WRITINGS))
    console.info(`[phone-recall] every region, international: ${found}/${total} found: ${text}`)
    expect(found).toBe(total)
  })

  it('finds fixed-line numbers of the default regions drawn beyond the examples, written any way', () => {
    const drawn = fc
      .constantFrom(...DEFAULT_PHONE_REGIONS)
      .chain((region) =>
        fc
          .integer({ min: 0, max: 2 ** 31 - 1 })
          .map((seed) => fixedLinePhones(region as CountryCode, 1, seed)[0])
          .filter((phone): phone is SourcePhone => phone !== undefined),
      )
    let found = 0
    let total = 0
    assertQuietly(
      fc.property(drawn, fc.constantFrom(...NATIONAL_WRITINGS, ...INTERNATIONAL_WRITINGS), fc.constantFrom(...PHONE_SENTENCES), (phone, writing, [before, after]) => {
        const [written] = writtenForms(phone, [writing])
        if (written === undefined) return true
        total++
        if (isFound(`${before}${written.text}${after}`, before.length, written.text.length)) found++
        return true
      }),
      { numRuns: 300 },
    )
    console.info(`[phone-recall] drawn fixed lines: ${found}/${total} found`)
    expect(found / total).toBeGreaterThanOrEqual(REQUIRED_RECALL)
  })
})
