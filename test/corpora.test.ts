import { describe, expect, it } from 'vitest'
import { createRedactor, type FindingType } from '../src/index.js'
import { loadCorpus } from './helpers/corpora.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const pci = createRedactor({ now, detectors: ['card_number', 'expiry_date', 'cvv'] })

function countFindings(file: 'sgd_dev_test.jsonl' | 'star_dialogues.jsonl'): Partial<Record<FindingType, number>> | undefined {
  const utterances = loadCorpus(file)
  if (utterances === undefined) return undefined
  const counts: Partial<Record<FindingType, number>> = {}
  for (const { text } of utterances) {
    for (const finding of pci.redact(text).findings) counts[finding.type] = (counts[finding.type] ?? 0) + 1
  }
  return counts
}

describe('real dialogue corpora: no payment-card false positives', () => {
  it.each(['sgd_dev_test.jsonl', 'star_dialogues.jsonl'] as const)('%s has no card, expiry or CVV findings', (file) => {
    const counts = countFindings(file)
    if (counts === undefined) return
    expect(counts).toEqual({})
  })
})
