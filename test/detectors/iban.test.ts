import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IBAN_LENGTH_BY_COUNTRY } from '../../src/data/iban-lengths.js'
import { createRedactor } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { formattedIbanArbitrary, IBAN_COUNTRIES, ibanCheckDigits, validIbanArbitrary, withOneDigitChanged, formatIban } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const ibansOf = (text: string) => redactor.redact(text).findings.filter((finding) => finding.type === 'iban')
const ibanSpans = (text: string) => ibansOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('IBANs', () => {
  it.each([
    ['UK, print format', 'iban GB82 WEST 1234 5698 7654 32 thanks', 'GB82 WEST 1234 5698 7654 32'],
    ['UK, compact', 'GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['Germany, all digits', 'pay DE89370400440532013000.', 'DE89370400440532013000'],
    ['Germany, print format', 'DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['lower case', 'nl91abna0417164300', 'nl91abna0417164300'],
    ['Norway, the shortest', 'NO9386011117947', 'NO9386011117947'],
    ['after a colon', 'IBAN:FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
    ['a short word after it', 'ES91 2100 0418 4502 0005 1332 ok', 'ES91 2100 0418 4502 0005 1332'],
  ])('%s', (_name, input, span) => {
    expect(ibanSpans(input)).toEqual([span])
  })

  it.each([
    ['a wrong check digit', 'GB83 WEST 1234 5698 7654 32'],
    ['one character too many', 'GB82 WEST 1234 5698 7654 321'],
    ['one character too few', 'GB82 WEST 1234 5698 7654 3'],
    ['a country outside the registry', 'US12 3456 7890 1234 5678 90'],
    ['glued to a word', 'xGB82WEST12345698765432'],
    ['double spaces', 'GB82  WEST 1234 5698 7654 32'],
    ['spaces off the print format (a word read into it)', 'BE940968A Texpiry'],
    ['print format and compact mixed', 'GB82 WEST12345698765432'],
  ])('leaves alone: %s', (_name, input) => {
    expect(ibansOf(input)).toEqual([])
  })

  it('masks all but the last four characters by default, and never reports the digits as a card', () => {
    const { text, findings } = redactor.redact('DE89 3704 0044 0532 0130 00')
    expect(text).toBe('**** **** **** **** **30 00')
    expect(findings.map((finding) => [finding.type, finding.reason])).toEqual([['iban', 'mod97+length']])
  })

  it('the helper computes check digits independently: the published examples come out right', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82')
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89')
  })

  it('finds a valid IBAN of every listed country, in every format', () => {
    for (const country of IBAN_COUNTRIES) {
      fc.assert(
        fc.property(validIbanArbitrary(country), fc.constantFrom('compact', 'print', 'lower') as fc.Arbitrary<'compact' | 'print' | 'lower'>, (iban, style) => {
          const written = formatIban(iban.compact, style)
          expect(ibanSpans(`iban ${written} ok`)).toEqual([written])
        }),
        { numRuns: 5 },
      )
    }
    expect(IBAN_COUNTRIES).toHaveLength(Object.keys(IBAN_LENGTH_BY_COUNTRY).length)
  })

  it('finds generated IBANs in chat text as the whole span', () => {
    fc.assert(
      fc.property(formattedIbanArbitrary(), safeTextArbitrary(), safeTextArbitrary(), (iban, before, after) => {
        const text = `${before} ${iban.text} ${after}`
        const start = before.length + 1
        expect(ibansOf(text).map((finding) => [finding.start, finding.end])).toEqual([[start, start + iban.text.length]])
      }),
    )
  })

  it('one changed digit is never an IBAN (MOD 97-10 catches every single substitution)', () => {
    fc.assert(
      fc.property(validIbanArbitrary(), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.boolean(), (iban, position, shift, print) => {
        const changed = withOneDigitChanged(iban.compact, position, shift)
        expect(ibansOf(`iban ${formatIban(changed, print ? 'print' : 'compact')} ok`)).toEqual([])
      }),
    )
  })
})
