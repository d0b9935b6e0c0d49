import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
// The card-only entry point, whose bound is the PCI detectors' own; the full
// entry point (personal data too) is property-tested in pii-stream.test.ts.
import { ChatmaskError, MAX_HOLD_CHARS, createRedactor, type Finding } from '../../src/pci.js'
import { formattedPanArbitrary, safeTextArbitrary } from '../helpers/cards.js'
import { digitValueOf } from '../../src/scanner/unicode-digits.js'
import { MONTH_NAME_SPAN_CHARS } from '../../src/data/limits.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })

const chatText = fc
  .array(
    fc.oneof(
      safeTextArbitrary(),
      formattedPanArbitrary().map((card) => card.text),
      // Card words glued on ("card4111…", "…1111expiration"), Markdown emphasis, and letters that make an identifier ("ORD4111…").
      fc
        .tuple(
          fc.constantFrom('card', 'cc', 'ORD', 'x9card', '**', '_'),
          formattedPanArbitrary(),
          fc.constantFrom('', 'exp', 'expiration', 'cvv2', 'abc', '**', '_'),
        )
        .map(([before, card, after]) => `${before}${card.text}${after}`),
      fc.constantFrom(
        ...['exp 12/27', 'cvv 737', '737 is the cvv', ' 123 ', 'room 404', '$19.99', '+44 20 7946 0958', 'www.x.com/4111111111111111'],
        ...['cvv123', 'exp12/27', 'exp1227', 'room123', 'cvv: **737**', '**cvv** 737', 'exp _12/27_', 'cvv *** room 404'],
      ),
      fc.stringMatching(/^[0-9 ./-]{0,40}$/),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '))


describe('stream(): chunking invariance', () => {
  it('streamed output equals batch output for any split points, empty chunks included', () => {
    fc.assert(
      fc.property(chatText, cutsArbitrary(400), (text, cuts) => {
        expect(streamChunks(redactor, splitAt(text, cuts)).outputs.join('')).toBe(redactor.redact(text).text)
      }),
    )
  })

  it('one character at a time equals batch, and findings match batch offsets', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const findings: Finding[] = []
        const { outputs } = streamChunks(redactor, oneCharAtATime(text), (finding) => findings.push(finding))
        const batch = redactor.redact(text)
        expect(outputs.join('')).toBe(batch.text)
        expect(findings).toEqual(batch.findings)
      }),
    )
  })

  it('text with no digits is returned at once, but for a trailing month word after expiry context', () => {
    fc.assert(
      fc.property(safeTextArbitrary(), (text) => {
        const stream = redactor.stream()
        const written = stream.write(text)
        // "exp Ja" may still become "exp Jan 2027", whose finding covers the month.
        expect(text.startsWith(written)).toBe(true)
        expect(stream.heldLength).toBeLessThanOrEqual(MONTH_NAME_SPAN_CHARS)
        if (stream.heldLength > 0) expect(text.slice(written.length)).toMatch(/^\p{L}+\.? ?$/u)
        expect(written + stream.end()).toBe(text)
      }),
    )
  })
})

describe('stream(): bounded hold-back', () => {
  it.each([
    ['digits and spaces', '0 1 2 3 4 5 6 7 8 9 '.repeat(2_000)],
    ['one long digit run', '7'.repeat(40_000)],
    ['card-like groups forever', '4111 1111 '.repeat(4_000)],
    ['separators between digits', '1 - 2 - 3 . 4 '.repeat(3_000)],
    ['keywords and short numbers', 'cvv 12 exp 1 '.repeat(3_000)],
    // The CVV detector reads the number after it as a card: a code, a gap, then a whole card's read-ahead.
    // The longest card read: 19 one-digit groups with 3-character gaps, then the longest glued keyword.
    ['one-digit groups, then a glued keyword', `${Array.from({ length: 19 }, () => '4').join(' - ')}expiration `.repeat(200)],
    ['a code, then one-digit groups', 'cvv 123 - 4 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 - 1 '.repeat(200)],
  ])('%s: never holds more than MAX_HOLD_CHARS, one char at a time or in blocks', (_name, text) => {
    for (const chunks of [oneCharAtATime(text), splitAt(text, [1000, 1001, 5000, 17_777])]) {
      const { outputs, maxHeld } = streamChunks(redactor, chunks)
      expect(maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
      expect(outputs.join('')).toBe(redactor.redact(text).text)
    }
  })

  it('holds back no more than MAX_HOLD_CHARS on random input', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        expect(streamChunks(redactor, oneCharAtATime(text)).maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
      }),
    )
  })
})

/** What stands right before and after a typed card: spaces, card words glued on, line breaks, Markdown emphasis. */
const cardSurroundings = fc.constantFrom([' ', ' '], [' card', 'exp '], ['\n', '\n'], [' **', '** '], [' _', '_ '], [' **Card:** **', '** '])

describe('stream(): leak budget while typing', () => {
  it('no emitted text or preview ever shows more than the last 4 digits of a card typed key by key (spaced, glued to "card…exp", on its own line, in bold)', () => {
    fc.assert(
      fc.property(safeTextArbitrary(), formattedPanArbitrary(), cardSurroundings, safeTextArbitrary(), (before, card, [left, right], after) => {
        const stream = redactor.stream()
        let emitted = ''
        const middle = card.digits.slice(0, -4)
        for (const key of oneCharAtATime(`${before}${left}${card.text}${right}${after}`)) {
          emitted += stream.write(key)
          const visible = digitsOf(emitted + stream.preview())
          // Every visible digit must be one of the card's last four, shown in place.
          expect(visible.length).toBeLessThanOrEqual(4)
          if (visible.length > 0) expect(card.digits.endsWith(visible)).toBe(true)
        }
        emitted += stream.end()
        // The last four, or none when the digits also read as a shorter card and its CVV (hidden whole).
        expect(card.digits.slice(-4).endsWith(digitsOf(emitted))).toBe(true)
        expect(middle.length).toBeGreaterThan(0)
      }),
    )
  })
})

describe('stream(): misuse', () => {
  it('write() after end() and non-string chunks throw clear errors', () => {
    const stream = redactor.stream()
    expect(() => stream.write(5 as unknown as string)).toThrow(/takes a string/)
    stream.end()
    expect(() => stream.write('x')).toThrow(ChatmaskError)
    expect(() => stream.end()).toThrow(/twice/)
  })
})

/** ASCII values of every decimal digit in `text`, any script. */
function digitsOf(text: string): string {
  let digits = ''
  for (let index = 0; index < text.length; index++) {
    const value = digitValueOf(text.charCodeAt(index))
    if (value >= 0) digits += String(value)
  }
  return digits
}
