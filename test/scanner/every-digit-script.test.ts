/**
 * Cards, CVVs and expiry dates written in every digit script and style the
 * table knows (one digit set per row of `src/data/unicode-digits.ts`, so a new
 * script is tested without anyone listing it): decimal digits of every script,
 * mathematical and other digits above U+FFFF, superscript, subscript, circled,
 * parenthesized and dingbat digits, each bare or with a keycap or "fancy text"
 * marks. Every one must be found, read the same streamed (any chunking, cuts
 * between the halves of a surrogate pair included) as in batch, and masked so
 * that no digit of it shows but what the policy keeps, digits read by ICU, not
 * by chatmask's own table. Harmless text above U+FFFF passes through byte for byte.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor as createFullRedactor } from '../../src/index.js'
import { createRedactor } from '../../src/pci.js'
import { formattedPanArbitrary, GROUP_SEPARATORS } from '../helpers/cards.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { assertQuietly, DIGIT_DECORATIONS, DIGIT_SETS, digitSetArbitrary, icuDigitsOf, writeDigitsIn } from './digit-sets.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })
const fullRedactor = createFullRedactor({ now })

/** Network test numbers (Visa, Mastercard, Amex): never a real card. */
const TEST_PANS = [
  ['4111111111111111', '4111 1111 1111 1111'],
  ['5555555555554444', '5555-5555-5555-4444'],
  ['378282246310005', '3782 822463 10005'],
] as const

/** Every UTF-16 code unit on its own: cuts between the halves of every pair. */
function oneCodeUnitAtATime(text: string): string[] {
  return Array.from({ length: text.length }, (_, index) => text.charAt(index))
}

/** Does streaming `text` in each of these ways give the batch output? */
function streamsLikeBatch(text: string, batch: string): boolean {
  for (const chunks of [oneCharAtATime(text), oneCodeUnitAtATime(text), [text]]) {
    if (streamChunks(redactor, chunks).outputs.join('') !== batch) return false
  }
  return true
}

describe('every digit set of the table, with every decoration', () => {
  it(`has the sets it should: ${DIGIT_SETS.length} rows, the scripts above U+FFFF among them`, () => {
    expect(DIGIT_SETS.length).toBeGreaterThan(90)
    expect(DIGIT_SETS.filter((set) => set.astral).length).toBeGreaterThan(40)
  })

  it('a card, its expiry and its CVV are found, masked to the last 4, and stream as in batch', () => {
    const failures: string[] = []
    for (const set of DIGIT_SETS) {
      for (const decoration of DIGIT_DECORATIONS) {
        for (const [digits, grouped] of TEST_PANS) {
          const text = writeDigitsIn(`card ${grouped} exp 12/29 cvv 737 thanks`, set, decoration)
          const label = `${set.name} decoration ${DIGIT_DECORATIONS.indexOf(decoration)} pan ${digits.slice(-4)}`
          for (const engine of [redactor, fullRedactor]) {
            const { text: output, findings } = engine.redact(text)
            if (findings.map((finding) => finding.type).join() !== 'card_number,expiry_date,cvv') failures.push(`${label}: findings`)
            if (icuDigitsOf(output) !== digits.slice(-4)) failures.push(`${label}: visible digits`)
          }
          if (!streamsLikeBatch(text, redactor.redact(text).text)) failures.push(`${label}: stream`)
        }
      }
    }
    expect(failures).toEqual([])
  })
})

describe('masking digits of two code units, or with marks on them', () => {
  it.each([
    ['one mask character per digit above U+FFFF; offsets in code units', 'card 𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 ok', {}, 'card **** **** **** 𝟏𝟏𝟏𝟏 ok', [5, 40]],
    ['keepFirst and keepLast count digits, not code units', '𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏', { keepFirst: 6, char: '#' }, '𝟒𝟏𝟏𝟏 𝟏𝟏## #### 𝟏𝟏𝟏𝟏', [0, 35]],
    ['a hidden digit takes its marks with it; a kept one keeps them', '4️⃣1️⃣1️⃣1️⃣ 1111 1111 1111', {}, '**** **** **** 1111', [0, 27]],
    ['without separators', 'card 𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 ok', { keepSeparators: false }, 'card ************𝟏𝟏𝟏𝟏 ok', [5, 40]],
  ] as const)('%s', (_name, text, mask, expected, [start, end]) => {
    const engine = createRedactor({ now, policies: { card_number: { action: 'mask', ...mask } } })
    const { text: output, findings } = engine.redact(text)
    expect(output).toBe(expected)
    expect(findings.map((finding) => [finding.start, finding.end])).toEqual([[start, end]])
  })

  it('a CVV of keycaps is masked whole, its marks with it', () => {
    expect(redactor.redact('cvv 7\ufe0f\u20e33\ufe0f\u20e37\ufe0f\u20e3').text).toBe('cvv ***')
  })
})

describe('property: cards in any digit set, any format, any chunking', () => {
  const surroundings = fc.constantFrom(['', ''], ['card ', ' thanks'], ['my card is\n', '\n'], ['**', '**'], ['😀 ', ' 🤔'])

  it('are found, stream as in batch, and show no digit but the last four', () => {
    assertQuietly(
      fc.property(
        formattedPanArbitrary(),
        digitSetArbitrary,
        fc.constantFrom(...DIGIT_DECORATIONS),
        surroundings,
        cutsArbitrary(200),
        (card, set, decoration, [before, after], cuts) => {
          // formattedPanArbitrary writes some cards in other scripts: back to ASCII first.
          const ascii = [...card.text].map((char) => (/^\p{Nd}$/u.test(char) ? icuDigitsOf(char) : char)).join('')
          const text = `${before}${writeDigitsIn(ascii, set, decoration)}${after}`
          const batch = redactor.redact(text)
          expect(batch.findings.some((finding) => finding.type === 'card_number' && finding.start === before.length)).toBe(true)
          expect(card.digits.slice(-4).endsWith(icuDigitsOf(batch.text))).toBe(true)
          expect(streamChunks(redactor, splitAt(text, cuts)).outputs.join('') === batch.text).toBe(true)
          expect(streamChunks(redactor, oneCharAtATime(text)).outputs.join('') === batch.text).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('property: CVVs and expiry dates in any digit set', () => {
  const cvvPhrase = fc.constantFrom('cvv ', 'CVC: ', 'security code ', 'your CVV is ', 'the code on the back is ')
  const expiryPhrase = fc.constantFrom('exp ', 'expiry ', 'valid thru ', 'Expires: ')
  const month = fc.integer({ min: 1, max: 12 }).map((value) => String(value).padStart(2, '0'))
  const year = fc.integer({ min: 27, max: 40 }).map(String)
  const code = fc.integer({ min: 0, max: 999 }).map((value) => String(value).padStart(3, '0'))
  const separator = fc.constantFrom('/', '-', ' / ')

  it('are found and masked whole, and stream as in batch', () => {
    assertQuietly(
      fc.property(
        digitSetArbitrary,
        fc.constantFrom(...DIGIT_DECORATIONS),
        cvvPhrase,
        code,
        expiryPhrase,
        month,
        separator,
        year,
        cutsArbitrary(120),
        (set, decoration, cvvWords, cvv, expiryWords, mm, dateSeparator, yy, cuts) => {
          const text = `${cvvWords}${writeDigitsIn(cvv, set, decoration)} and ${expiryWords}${writeDigitsIn(`${mm}${dateSeparator}${yy}`, set, decoration)} ok`
          const batch = redactor.redact(text)
          expect(batch.findings.map((finding) => finding.type).join()).toBe('cvv,expiry_date')
          expect(icuDigitsOf(batch.text)).toBe('')
          expect(streamChunks(redactor, splitAt(text, cuts)).outputs.join('') === batch.text).toBe(true)
          expect(streamChunks(redactor, oneCodeUnitAtATime(text)).outputs.join('') === batch.text).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('a lone CVV answer written with keycaps, spaced one digit at a time, is found', () => {
    expect(redactor.redact('cvv 7\ufe0f\u20e3 3\ufe0f\u20e3 7\ufe0f\u20e3', { answering: ['cvv'] }).text).toBe('cvv * * *')
  })
})

describe('property: harmless text above U+FFFF passes through byte for byte', () => {
  const astralPiece = fc.constantFrom(
    ...['😀', '🎉', '🤔', '🥰', '🧡', '💳', '👍🏽', '🇬🇧', '👨‍👩‍👧', '🙏', '🯀'],
    // Mathematical letters (the same block as the mathematical digits), CJK extension B, Adlam and Osmanya letters.
    ...['𝐀', '𝐳', '𝕏', '𝖆', '𝙰', '𝚣', '𠀀', '𠮷', '𪚥', '𞤀', '𞤢', '𐒀', '𐒝'],
  )
  const plainPiece = fc.constantFrom('card', 'the', ' ', ' ', '\n', '.', ',', 'é', '—', '“', '”')
  /** Numbers no detector takes, in any digit set: a room, a time, a price. */
  const harmlessNumber = fc
    .tuple(digitSetArbitrary, fc.constantFrom('room 404', 'at 11:30', 'Level 3', 'item 7'))
    .map(([set, phrase]) => ` ${writeDigitsIn(phrase, set)} `)
  const harmlessText = fc
    .array(fc.oneof({ arbitrary: astralPiece, weight: 3 }, { arbitrary: plainPiece, weight: 3 }, { arbitrary: harmlessNumber, weight: 1 }), { maxLength: 40 })
    .map((pieces) => pieces.join(''))

  it('batch and stream, whatever the chunking, cuts inside pairs included', () => {
    fc.assert(
      fc.property(harmlessText, cutsArbitrary(200), (text, cuts) => {
        for (const engine of [redactor, fullRedactor]) {
          const batch = engine.redact(text)
          expect(batch.text).toBe(text)
          expect(batch.findings).toEqual([])
          expect(streamChunks(engine, splitAt(text, cuts)).outputs.join('')).toBe(text)
        }
        expect(streamChunks(redactor, oneCodeUnitAtATime(text)).outputs.join('')).toBe(text)
      }),
      { numRuns: 150 },
    )
  })
})
