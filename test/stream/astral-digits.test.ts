/**
 * Streams over digits that take more than one code unit each (a surrogate pair
 * "𝟒", a keycap "4️⃣", both "𝟒️⃣"): the hold-back bound still holds (it counts
 * such digits at their widest, `MAX_DIGIT_CHARS` in `src/data/limits.ts`), and
 * a typing preview shows none of them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_HOLD_CHARS as FULL_MAX_HOLD_CHARS, createRedactor as createFullRedactor, type Redactor } from '../../src/index.js'
import { MAX_HOLD_CHARS, createRedactor } from '../../src/pci.js'
import { maskHeldText } from '../../src/stream/preview.js'
import { formattedPanArbitrary } from '../helpers/cards.js'
import { oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { assertQuietly, DIGIT_DECORATIONS, digitSetArbitrary, icuDigitsOf, writeDigitsIn } from '../scanner/digit-sets.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const ENGINES: readonly (readonly [string, Redactor, number])[] = [
  ['chatmask/pci', createRedactor({ now }), MAX_HOLD_CHARS],
  ['chatmask', createFullRedactor({ now }), FULL_MAX_HOLD_CHARS],
]

/** The widest digit there is: a surrogate pair and two marks. */
const WIDE = '𝟒\ufe0f\u20e3'
/** The widest gap a card may have between groups (eight quiet characters). */
const WIDE_GAP = ' \u200b \u200b \u200b \u200b'

describe('bounded hold-back with digits of several code units', () => {
  it.each([
    ['19 one-digit groups, widest digits and gaps, then a glued keyword', `${Array.from({ length: 19 }, () => WIDE).join(WIDE_GAP)}expiration `.repeat(12)],
    ['a code, then a card of widest digits', `cvv ${WIDE.repeat(4)} ${Array.from({ length: 19 }, () => WIDE).join(WIDE_GAP)} `.repeat(12)],
    ['one long run of widest digits', WIDE.repeat(1_000)],
    ['a phone-like run of widest digits', `${Array.from({ length: 31 }, () => WIDE).join(' - ')} is my cell `.repeat(12)],
    ['an IBAN-like run', `GB82 ${WIDE.repeat(31)} `.repeat(12)],
    ['expiry and keyword after', `${WIDE.repeat(2)} / ${WIDE.repeat(4)}   ${'x'.repeat(20)} expiry `.repeat(12)],
    ['more marks than a digit takes', `${'4\u0336\u0336\u0336\u0336'.repeat(19)} `.repeat(12)],
  ])('%s: never more than MAX_HOLD_CHARS, streamed equal to batch', (_name, text) => {
    for (const [entry, engine, bound] of ENGINES) {
      for (const chunks of [oneCharAtATime(text), splitAt(text, [1, 333, 1001, 1002])]) {
        const { outputs, maxHeld } = streamChunks(engine, chunks)
        expect(maxHeld, entry).toBeLessThanOrEqual(bound)
        expect(outputs.join('') === engine.redact(text).text, entry).toBe(true)
      }
    }
  })

  it('property: cards in any digit set and decoration, typed key by key, stay within the bound', () => {
    assertQuietly(
      fc.property(formattedPanArbitrary(), digitSetArbitrary, fc.constantFrom(...DIGIT_DECORATIONS), (card, set, decoration) => {
        const ascii = [...card.text].map((char) => (/^\p{Nd}$/u.test(char) ? icuDigitsOf(char) : char)).join('')
        const text = `card ${writeDigitsIn(ascii, set, decoration)} exp ${writeDigitsIn('12/29', set, decoration)} cvv ${writeDigitsIn('737', set, decoration)} ok`
        for (const [, engine, bound] of ENGINES) expect(streamChunks(engine, oneCharAtATime(text)).maxHeld).toBeLessThanOrEqual(bound)
      }),
      { numRuns: 100 },
    )
  })
})

describe('typing previews of digits above U+FFFF', () => {
  it('maskHeldText hides a digit of two code units with one mask character', () => {
    expect(maskHeldText('𝟒𝟏𝟏𝟏 𝟏')).toBe('**** *')
    expect(maskHeldText('😀 𝐀 ④ ⁴')).toBe('😀 𝐀 * *')
  })

  it('property: what a stream has emitted plus its preview never shows a digit of a card typed key by key but the last four', () => {
    const [, engine] = ENGINES[0] as (typeof ENGINES)[number]
    assertQuietly(
      fc.property(formattedPanArbitrary(), digitSetArbitrary, fc.constantFrom(...DIGIT_DECORATIONS), (card, set, decoration) => {
        const ascii = [...card.text].map((char) => (/^\p{Nd}$/u.test(char) ? icuDigitsOf(char) : char)).join('')
        const stream = engine.stream()
        let emitted = ''
        for (const key of oneCharAtATime(`card ${writeDigitsIn(ascii, set, decoration)} thanks`)) {
          emitted += stream.write(key)
          const visible = icuDigitsOf(emitted + stream.preview())
          expect(visible.length <= 4 && card.digits.endsWith(visible)).toBe(true)
        }
        emitted += stream.end()
        expect(card.digits.slice(-4).endsWith(icuDigitsOf(emitted))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
