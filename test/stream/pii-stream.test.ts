/**
 * The stream invariants for the full `chatmask` entry point, with personal data
 * in the mix: chunking invariance, the hold-back bound (MAX_HOLD_CHARS of this
 * entry point, derived in data/limits.ts as MAX_HOLD_CHARS_ALL) and what is held
 * for text that cannot start a finding.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_HOLD_CHARS_ALL, MAX_HOLD_CHARS as PCI_MAX_HOLD_CHARS, PII_SPAN_LOOKBEHIND } from '../../src/data/limits.js'
import { MAX_HOLD_CHARS, createRedactor, type Finding } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { piiChatTextArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const chatText = piiChatTextArbitrary()


describe('stream() with personal data: chunking invariance', () => {
  it('streamed output equals batch output for any split points', () => {
    fc.assert(
      fc.property(chatText, cutsArbitrary(400), (text, cuts) => {
        expect(streamChunks(redactor, splitAt(text, cuts)).outputs.join('')).toBe(redactor.redact(text).text)
      }),
    )
  })

  it('one character at a time equals batch, findings included, and holds at most MAX_HOLD_CHARS', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const findings: Finding[] = []
        const { outputs, maxHeld } = streamChunks(redactor, oneCharAtATime(text), (finding) => findings.push(finding))
        const batch = redactor.redact(text)
        expect(outputs.join('')).toBe(batch.text)
        expect(findings).toEqual(batch.findings)
        expect(maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
      }),
    )
  })
})

describe('stream() with personal data: bounded hold-back', () => {
  it('the entry point exports the full set\'s bound, larger than the card-only one', () => {
    expect(MAX_HOLD_CHARS).toBe(MAX_HOLD_CHARS_ALL)
    expect(MAX_HOLD_CHARS_ALL).toBeGreaterThan(PCI_MAX_HOLD_CHARS)
  })

  const longDomain = `${'abcdefghi.'.repeat(25)}com`
  it.each([
    ['one endless word', 'a'.repeat(20_000)],
    ['a local part that never ends', `${'a'.repeat(10_000)}@example.com `],
    ['addresses back to back', 'jo@example.com'.repeat(2_000)],
    ['a long domain, repeated', `jo@${longDomain} `.repeat(100)],
    ['an over-long domain, repeated', `jo@${longDomain}${longDomain} `.repeat(50)],
    ['at signs only', '@'.repeat(10_000)],
    ['at signs and dots', 'a@b.'.repeat(5_000)],
    ['plus signs and short groups', '+1 2 '.repeat(4_000)],
    ['phones back to back', '+44 20 7946 0958 '.repeat(1_000)],
    ['brackets and digits', '(1) (2) 3-4 '.repeat(2_000)],
    ['IBAN-like groups forever', `GB82 ${'WEST 1234 '.repeat(2_000)}`],
    ['compact IBAN-length digit runs', `DE${'1'.repeat(31)} `.repeat(500)],
    ['NINO-like pairs forever', 'AB 12 34 56 '.repeat(2_000)],
    ['SSN-like groups forever', '123-45-'.repeat(3_000)],
    ['keywords and bare numbers', 'call ssn nino 1234567 '.repeat(1_000)],
  ])('%s: never holds more than MAX_HOLD_CHARS, one char at a time or in blocks', (_name, text) => {
    const batch = redactor.redact(text).text
    for (const chunks of [oneCharAtATime(text), splitAt(text, [1000, 1001, 5000, 17_777])]) {
      const { outputs, maxHeld } = streamChunks(redactor, chunks)
      expect(maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
      expect(outputs.join('')).toBe(batch)
    }
  })

  it('text that cannot start a finding is returned up to its last word, which is held for a possible "@"', () => {
    // Lower-case, digit-free text: nothing in it can be a finding until an "@" or a digit arrives.
    fc.assert(
      fc.property(safeTextArbitrary().map((text) => text.toLowerCase()), (text) => {
        const stream = redactor.stream()
        const emitted = stream.write(text)
        expect(text.startsWith(emitted)).toBe(true)
        const held = text.slice(emitted.length)
        expect(held.length).toBeLessThanOrEqual(PII_SPAN_LOOKBEHIND)
        expect(emitted + stream.end()).toBe(text)
      }),
    )
  })
})
