import fc from 'fast-check'
import { digitValueOf } from '../../src/scanner/unicode-digits.js'
import { formattedPanArbitrary, safeTextArbitrary } from './cards.js'

/** The clock every detector test runs with: expiry plausibility depends on "now". */
export const FIXED_NOW = (): Date => new Date('2026-11-24T12:00:00Z')

/**
 * Chat-like text mixing harmless prose, cards in every format, expiry and CVV
 * phrasings, look-alikes (amounts, times, phone numbers, URLs) and digit soup.
 */
export function chatTextArbitrary(): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        safeTextArbitrary(),
        formattedPanArbitrary().map((card) => card.text),
        fc.constantFrom(
          'exp 12/27',
          'cvv 737',
          '737 is the cvv',
          ' 123 ',
          'room 404',
          '$19.99',
          '12:30',
          '+44 20 7946 0958',
          'order 88231',
          'www.x.com/4111111111111111',
        ),
        fc.stringMatching(/^[0-9 ./-]{0,40}$/),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(' '))
}

/** ASCII values of every decimal digit in `text`, any script: what a reader can see. */
export function digitsOf(text: string): string {
  let digits = ''
  for (let index = 0; index < text.length; index++) {
    const value = digitValueOf(text.charCodeAt(index))
    if (value >= 0) digits += String(value)
  }
  return digits
}
