/**
 * The stream's hold for month-name expiries ("exp déc. 2029"): the finding
 * covers the month, so while the month word is being typed after expiry
 * context it must not be emitted; anything else streams out at once.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_HOLD_CHARS as PCI_MAX_HOLD_CHARS, createRedactor as createPciRedactor } from '../../src/pci.js'
import { MAX_HOLD_CHARS, createRedactor } from '../../src/index.js'
import { MONTH_NAME_SPAN_CHARS } from '../../src/data/limits.js'
import { MONTH_NAMES } from '../../src/data/context-keywords.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { oneCharAtATime, streamChunks } from '../helpers/chunking.js'

const pci = createPciRedactor({ now: FIXED_NOW })
const full = createRedactor({ now: FIXED_NOW })

/** What one write of `text` leaves held. */
function heldAfter(text: string): string {
  const stream = pci.stream()
  const written = stream.write(text)
  return text.slice(written.length)
}

describe('stream: a trailing month word is held only after expiry context', () => {
  it.each([
    ['a month being typed after a keyword', 'exp d', 'd'],
    ['an accented abbreviation', 'exp déc', 'déc'],
    ['with its dot', 'exp déc.', 'déc.'],
    ['with the space before the year', 'gültig bis Dez. ', 'Dez. '],
    ['after a card', '4111111111111111 Ja', 'Ja'],
    ['the same word with no context', 'I went in d', ''],
    ['a word that is no month', 'exp décor', ''],
    ['two spaces after the month', 'exp Jan  ', ''],
    ['a month glued to a number', 'exp 12jan', ''],
  ])('%s', (_name, text, held) => {
    expect(heldAfter(text)).toBe(held)
  })

  it('typing "exp Jan 2027" key by key never shows the month, and ends masked as in a batch', () => {
    for (const text of ['exp Jan 2027 ok', 'valid thru déc. 2029!', 'ważna do października 2029', '4111 1111 1111 1111 Jan 2029 737']) {
      const stream = pci.stream()
      let emitted = ''
      for (const key of oneCharAtATime(text)) {
        emitted += stream.write(key)
        expect(/jan|déc|paź|Jan/.test(emitted)).toBe(false)
      }
      emitted += stream.end()
      expect(emitted).toBe(pci.redact(text).text)
    }
  })

  it('every month name of every language, typed key by key after a keyword, is covered in the stream as in the batch', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MONTH_NAMES.flat()), fc.constantFrom('', '.'), (name, dot) => {
        const text = `exp ${name}${dot} 2029 thanks`
        const { outputs } = streamChunks(pci, oneCharAtATime(text))
        expect(outputs.join('') === pci.redact(text).text).toBe(true)
        expect(outputs.join('').includes(name)).toBe(false)
      }),
    )
  })

  it('the hold stays within MAX_HOLD_CHARS with a month word before the longest read-ahead', () => {
    const longestMonth = MONTH_NAMES.flat().reduce((longest, name) => (name.length > longest.length ? name : longest))
    expect(longestMonth.length + '. '.length).toBe(MONTH_NAME_SPAN_CHARS)
    const oneDigitGroups = Array.from({ length: 19 }, () => '4').join(' - ')
    const text = `exp ${longestMonth}. ${oneDigitGroups}kreditkartenprufnummer `.repeat(50)
    for (const [redactor, bound] of [
      [pci, PCI_MAX_HOLD_CHARS],
      [full, MAX_HOLD_CHARS],
    ] as const) {
      const { outputs, maxHeld } = streamChunks(redactor, oneCharAtATime(text))
      expect(maxHeld).toBeLessThanOrEqual(bound)
      expect(outputs.join('')).toBe(redactor.redact(text).text)
    }
  })
})
