/**
 * What a key or column name says its value is. A table of the names real
 * exports use, then a property over the vocabulary itself: every phrase of
 * `src/data/context-keywords.ts`, written in any of the usual key styles, names
 * its type; the same phrase ending in a word that only describes card data does not.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARD_KEYWORD_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES } from '../../src/data/context-keywords.js'
import { cardDataTypeOfKey, keyWords } from '../../src/cli/record-keys.js'

describe('keyWords', () => {
  it.each([
    ['security_code', ['security', 'code']],
    ['securityCode', ['security', 'code']],
    ['Security-Code', ['security', 'code']],
    ['SECURITY CODE', ['security', 'code']],
    ['CVVCode', ['cvv', 'code']],
    ['cardCVC2', ['card', 'cvc', '2']],
    ['cvv2', ['cvv', '2']],
    ['exp.date', ['exp', 'date']],
    ['card_number', ['card', 'number']],
    ['númeroDeTarjeta', ['número', 'de', 'tarjeta']],
  ])('%s → %j', (name, words) => {
    expect(keyWords(name)).toEqual(words)
  })
})

describe('cardDataTypeOfKey', () => {
  it.each([
    ['cvv', 'cvv'],
    ['CVC2', 'cvv'],
    ['securityCode', 'cvv'],
    ['card_cvv', 'cvv'],
    ['exp', 'expiry_date'],
    ['expiry', 'expiry_date'],
    ['exp_month', 'expiry_date'],
    ['validThru', 'expiry_date'],
    ['card_expiry', 'expiry_date'],
    ['card', 'card_number'],
    ['card_number', 'card_number'],
    ['cardnumber', 'card_number'],
    ['PAN', 'card_number'],
    ['cc', 'card_number'],
    // Names that describe card data without holding it.
    ['card_id', undefined],
    ['card_type', undefined],
    ['card_brand', undefined],
    ['cardholder', undefined],
    ['card_last4', undefined],
    ['expires_at', undefined],
    ['cvc_check', undefined],
    // Names that say nothing.
    ['text', undefined],
    ['number', undefined],
    ['order_number', undefined],
    ['promo_code', undefined],
    ['export', undefined],
  ])('%s → %s', (name, type) => {
    expect(cardDataTypeOfKey(name)).toBe(type)
  })

  it('a name that says nothing keeps the type of the object it is in; one that describes does not', () => {
    expect(cardDataTypeOfKey('number', 'card_number')).toBe('card_number')
    expect(cardDataTypeOfKey('value', 'cvv')).toBe('cvv')
    expect(cardDataTypeOfKey('last4', 'card_number')).toBeUndefined()
    expect(cardDataTypeOfKey('cvv', 'card_number')).toBe('cvv')
  })

  const styles = [
    (words: string[]) => words.join('_'),
    (words: string[]) => words.join('-').toUpperCase(),
    (words: string[]) => words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(''),
    (words: string[]) => words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '),
  ]
  const vocabulary = [
    ...CVV_KEYWORD_PHRASES.map((phrase) => [phrase, 'cvv'] as const),
    ...EXPIRY_KEYWORD_PHRASES.map((phrase) => [phrase, 'expiry_date'] as const),
    ...CARD_KEYWORD_PHRASES.map((phrase) => [phrase, 'card_number'] as const),
  ]

  it('every phrase of the detectors’ vocabulary, in every key style, names its type (or a more specific one)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...vocabulary), fc.constantFrom(...styles), ([phrase, type], style) => {
        const name = style(keyWords(phrase))
        const found = cardDataTypeOfKey(name)
        // A card phrase may contain a CVV or expiry word ("card code"): the more specific type wins.
        const order = ['cvv', 'expiry_date', 'card_number']
        expect(found).toBeDefined()
        expect(order.indexOf(found as string)).toBeLessThanOrEqual(order.indexOf(type))
      }),
    )
  })

  it('the same phrase with a describing last word names nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...vocabulary), fc.constantFrom('id', 'type', 'brand', 'at', 'status', 'last4'), ([phrase], last) => {
        expect(cardDataTypeOfKey(`${keyWords(phrase).join('_')}_${last}`)).toBeUndefined()
      }),
    )
  })
})
