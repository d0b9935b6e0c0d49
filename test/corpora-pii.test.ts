/**
 * Personal data on real dialogue text (../shared/corpora, see its README):
 * phone recall on Schema-Guided Dialogue, hard negatives on STAR.
 *
 * Recall method. The reference ("oracle") for where the phone numbers in SGD
 * are does not come from our detector:
 * - the four phone regexes of the corpora README's census (NANP, "+cc",
 *   bare 10–11 digits, UK trunk), which find the 1,194 utterances it counts;
 * - plus libphonenumber's own text scanner, `findPhoneNumbersInText` (leniency
 *   "valid"), run with default country US and again with GB, which also finds
 *   national numbers such as "20 7071 5029" that the regexes miss.
 * Overlapping matches are merged into one occurrence. An occurrence counts as
 * masked when every digit of it is inside a `phone` finding of the full
 * redactor with default options. The two sources share libphonenumber with the
 * detector, but not its candidate building, evidence rules or thresholds.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { createRedactor, type Finding, type FindingType } from '../src/index.js'
import { FIXED_NOW } from './helpers/chat-text.js'
import { loadCorpus } from './helpers/corpora.js'

const redactor = createRedactor({ now: FIXED_NOW })

/** The census regexes of ../shared/corpora/README.md, made global. */
const CENSUS_PHONE_PATTERNS: readonly RegExp[] = [
  /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/g,
  /\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}(?!\d)/g,
  /(?<!\d)1?\d{10}(?!\d)/g,
  /(?<!\d)0\d{3,4} ?\d{6}(?!\d)/g,
]
const ORACLE_REGIONS = ['US', 'GB'] as const
/** Fewer digits than this cannot hold a phone number any source would report. */
const MIN_DIGITS_FOR_A_PHONE = 7
const REQUIRED_RECALL = 0.95

type Span = readonly [number, number]

/** Where the oracle says the phone numbers in `text` are, overlapping matches merged. */
function oraclePhoneSpans(text: string): Span[] {
  const spans: [number, number][] = []
  for (const pattern of CENSUS_PHONE_PATTERNS) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length])
  }
  for (const defaultCountry of ORACLE_REGIONS) {
    for (const found of findPhoneNumbersInText(text, { defaultCountry })) spans.push([found.startsAt, found.endsAt])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span[0] < last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

function isMaskedBy(text: string, span: Span, findings: readonly Finding[]): boolean {
  for (let index = span[0]; index < span[1]; index++) {
    if (!/\d/.test(text.charAt(index))) continue
    if (!findings.some((finding) => finding.start <= index && index < finding.end)) return false
  }
  return true
}

function countDigits(text: string): number {
  let digits = 0
  for (const char of text) if (char >= '0' && char <= '9') digits++
  return digits
}

describe('real dialogue corpora: personal data', () => {
  it(`masks at least ${REQUIRED_RECALL * 100}% of the phone numbers in SGD`, () => {
    const utterances = loadCorpus('sgd_dev_test.jsonl')
    if (utterances === undefined) return
    let occurrences = 0
    let masked = 0
    let withPhones = 0
    let unexpectedPhoneFindings = 0
    const otherFindings: Partial<Record<FindingType, number>> = {}
    const missed: string[] = []
    for (const { text } of utterances) {
      const { findings } = redactor.redact(text)
      for (const finding of findings) if (finding.type !== 'phone') otherFindings[finding.type] = (otherFindings[finding.type] ?? 0) + 1
      const oracle = countDigits(text) >= MIN_DIGITS_FOR_A_PHONE ? oraclePhoneSpans(text) : []
      const phones = findings.filter((finding) => finding.type === 'phone')
      for (const phone of phones) {
        if (!oracle.some(([start, end]) => phone.start < end && start < phone.end)) unexpectedPhoneFindings++
      }
      if (oracle.length === 0) continue
      withPhones++
      for (const span of oracle) {
        occurrences++
        if (isMaskedBy(text, span, phones)) masked++
        else missed.push(text.slice(span[0], span[1]))
      }
    }
    const recall = masked / occurrences
    console.info(
      `[corpora-pii] SGD: ${withPhones} utterances with phone numbers (oracle), ${occurrences} numbers, ${masked} masked as phones: recall ${(recall * 100).toFixed(1)}%. ` +
        `Phone findings outside the oracle: ${unexpectedPhoneFindings}. Other findings: ${JSON.stringify(otherFindings)}. Missed: ${JSON.stringify(missed)}`,
    )
    expect(withPhones).toBeGreaterThan(1_150)
    expect(recall).toBeGreaterThanOrEqual(REQUIRED_RECALL)
  })

  it('leaves STAR\'s account numbers, PINs and everything else alone: no findings at all', () => {
    const utterances = loadCorpus('star_dialogues.jsonl')
    if (utterances === undefined) return
    const counts: Partial<Record<FindingType, number>> = {}
    for (const { text } of utterances) {
      for (const finding of redactor.redact(text).findings) counts[finding.type] = (counts[finding.type] ?? 0) + 1
    }
    console.info(`[corpora-pii] STAR: findings by type ${JSON.stringify(counts)} over ${utterances.length} utterances.`)
    expect(counts).toEqual({})
  })
})
