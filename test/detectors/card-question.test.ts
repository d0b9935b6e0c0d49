import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARD_DETAILS_PHRASES, CARD_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES } from '../../src/data/context-keywords.js'
import { cardDataAskedIn } from '../../src/detectors/card-question.js'
import { KeywordSet, wordsBetween } from '../../src/scanner/context.js'
import { Cursor } from '../../src/scanner/cursor.js'

/** The reference reading: every word of the message through the shared word reader, every set asked. */
function askedByReference(text: string): number {
  const cursor = new Cursor()
  cursor.text = text
  cursor.final = true
  const words = wordsBetween(cursor, 0, text.length)
  const sets: [KeywordSet, number][] = [
    [new KeywordSet(CARD_DETAILS_PHRASES), 7],
    [new KeywordSet(CVV_KEYWORD_PHRASES), 4],
    [new KeywordSet(EXPIRY_KEYWORD_PHRASES), 2],
    [new KeywordSet(CARD_KEYWORD_PHRASES), 7],
  ]
  let bits = 0
  words.forEach((_word, index) => {
    for (const [set, bit] of sets) if (set.phraseEndingAt(words, index) > 0) bits |= bit
  })
  return bits
}

describe('cardDataAskedIn()', () => {
  it.each([
    ['thanks, what is the security code on the back?', 4],
    ['expiry?', 2],
    ['What is the long number on your card?', 7],
    ['Wann läuft die Karte ab?', 7],
    ['can I take your card details?', 7],
    ['¿cuál es el código de seguridad?', 4],
    ['what is your order number?', 0],
    ['my cvv is 737', 0],
  ])('%s', (text, bits) => {
    expect(cardDataAskedIn(text)).toBe(bits)
  })

  it('the ASCII fast path reads messages exactly as the shared word reader does', () => {
    const phrase = fc.constantFrom(...CVV_KEYWORD_PHRASES, ...EXPIRY_KEYWORD_PHRASES, ...CARD_KEYWORD_PHRASES, ...CARD_DETAILS_PHRASES)
    const filler = fc.constantFrom('what is', 'the', 'your', 'please', '3', '#', "it's", 'cvv2', 'mm/yy', '?', ',', 'order', 'room 12')
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, filler), { maxLength: 8 }), fc.boolean(), (parts, upper) => {
        const text = parts.join(' ') + '?'
        const message = upper ? text.toUpperCase() : text
        expect(cardDataAskedIn(message)).toBe(askedByReference(message))
      }),
    )
  })
})
