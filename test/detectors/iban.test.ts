import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IBAN_BBAN_STRUCTURE_BY_COUNTRY, IBAN_LENGTH_BY_COUNTRY } from '../../src/data/iban-lengths.js'
import { createRedactor, MAX_HOLD_CHARS, type Finding } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import {
  IBAN_COUNTRIES,
  IBAN_STYLES,
  assertQuietly,
  bbanKinds,
  formatIban,
  formattedIbanArbitrary,
  ibanCheckDigits,
  offStructureIbanArbitrary,
  validIbanArbitrary,
  withOneDigitChanged,
} from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const findingsOf = (text: string) => redactor.redact(text).findings
const ibansOf = (text: string) => findingsOf(text).filter((finding) => finding.type === 'iban')
const ibanSpans = (text: string) => ibansOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('IBANs', () => {
  it.each([
    ['UK, print format', 'iban GB82 WEST 1234 5698 7654 32 thanks', 'GB82 WEST 1234 5698 7654 32'],
    ['UK, compact', 'GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['Germany, all digits', 'pay DE89370400440532013000.', 'DE89370400440532013000'],
    ['Germany, print format', 'DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['lower case', 'nl91abna0417164300', 'nl91abna0417164300'],
    ['lower case, print format', 'gb82 west 1234 5698 7654 32', 'gb82 west 1234 5698 7654 32'],
    ['capital country, small bank code', 'GB82 west 1234 5698 7654 32', 'GB82 west 1234 5698 7654 32'],
    ['Norway, the shortest', 'NO9386011117947', 'NO9386011117947'],
    ['after a colon', 'IBAN:FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
    ['a short word after it', 'ES91 2100 0418 4502 0005 1332 ok', 'ES91 2100 0418 4502 0005 1332'],
    ['dashes', 'GB82-WEST-1234-5698-7654-32', 'GB82-WEST-1234-5698-7654-32'],
    ['dots', 'GB82.WEST.1234.5698.7654.32.', 'GB82.WEST.1234.5698.7654.32'],
    ['no-break spaces', 'GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032', 'GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032'],
    ['narrow no-break spaces', 'DE89\u202f3704\u202f0044\u202f0532\u202f0130\u202f00', 'DE89\u202f3704\u202f0044\u202f0532\u202f0130\u202f00'],
    ['double spaces', 'GB82  WEST  1234  5698  7654  32', 'GB82  WEST  1234  5698  7654  32'],
    ['groups of irregular widths', 'GB82 WEST 123456 98765432', 'GB82 WEST 123456 98765432'],
    ['print format and compact mixed', 'GB82 WEST12345698765432', 'GB82 WEST12345698765432'],
    ['the country code apart', 'IBAN: CH 93 0076 2011 6238 5295 7', 'CH 93 0076 2011 6238 5295 7'],
    ['a line break inside', 'GB82 WEST 1234\n5698 7654 32', 'GB82 WEST 1234\n5698 7654 32'],
    ['a trailing space and CRLF inside', 'GB82 WEST 1234 \r\n5698 7654 32', 'GB82 WEST 1234 \r\n5698 7654 32'],
    ['spaced dashes', 'DE89 - 3704 - 0044 - 0532 - 0130 - 00', 'DE89 - 3704 - 0044 - 0532 - 0130 - 00'],
    ['Malta, letters at the end', 'MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MT84 MALT 0110 0001 2345 MTLC AST0 01S'],
    ['full-width digits', 'DE８９３７０４００４４０５３２０１３０００', 'DE８９３７０４００４４０５３２０１３０００'],
  ])('%s', (_name, input, span) => {
    expect(ibanSpans(input)).toEqual([span])
  })

  it.each([
    ['a wrong check digit', 'GB83 WEST 1234 5698 7654 32'],
    ['one character too many', 'GB82 WEST 1234 5698 7654 321'],
    ['one character too few', 'GB82 WEST 1234 5698 7654 3'],
    ['a country outside the registry', 'US12 3456 7890 1234 5678 90'],
    ['glued to a word', 'xGB82WEST12345698765432'],
    ['a letter where the registry has a digit (a word read into it)', 'BE940968A Texpiry'],
    ['dashes and spaces mixed', 'GB82-WEST 1234-5698 7654-32'],
    ['a gap of four spaces', 'GB82    WEST 1234 5698 7654 32'],
    ['a blank line inside', 'GB82 WEST 1234\n\n5698 7654 32'],
    ['mixed case in the BBAN', 'GB82 WeST 1234 5698 7654 32'],
    ['one character per group (more gaps than any IBAN is written with)', 'GB82 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2'],
    ['a small-letter word before the check digits', 'it is 20 7071 5029'],
    ['a phone number after "is"', 'The number is 20 7071 5029 and more words come here'],
  ])('leaves alone: %s', (_name, input) => {
    expect(ibansOf(input)).toEqual([])
  })

  it('masks all but the last four characters by default, and never reports the digits as a card', () => {
    const { text, findings } = redactor.redact('DE89 3704 0044 0532 0130 00')
    expect(text).toBe('**** **** **** **** **30 00')
    expect(findings.map((finding) => [finding.type, finding.reason])).toEqual([['iban', 'mod97+length']])
  })

  it('an IBAN written with dashes is not left half masked as a phone', () => {
    expect(findingsOf('iban: GB82-WEST-1234-5698-7654-32').map((finding) => finding.type)).toEqual(['iban'])
    expect(redactor.redact('GB82-WEST-1234-5698-7654-32').text).toBe('****-****-****-****-**54-32')
  })

  it('the helper computes check digits independently: the published examples come out right', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82')
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89')
  })

  it('every country has a BBAN structure adding up to its length', () => {
    expect(Object.keys(IBAN_BBAN_STRUCTURE_BY_COUNTRY).sort()).toEqual(Object.keys(IBAN_LENGTH_BY_COUNTRY).sort())
    for (const country of IBAN_COUNTRIES) expect(bbanKinds(country).length + 4).toBe(IBAN_LENGTH_BY_COUNTRY[country])
  })

  it('finds a valid IBAN of every registry country, in every written form', () => {
    for (const country of IBAN_COUNTRIES) {
      assertQuietly(
        fc.property(validIbanArbitrary(country), fc.constantFrom(...IBAN_STYLES), fc.array(fc.integer({ min: 2, max: 7 }), { minLength: 1, maxLength: 8 }), (iban, style, widths) => {
          const written = formatIban(iban.compact, style, widths)
          const found = ibansOf(`iban ${written} ok`)
          expect(found.map((finding) => [finding.start, finding.end])).toEqual([[5, 5 + written.length]])
        }),
        { numRuns: 13 },
      )
    }
    expect(IBAN_COUNTRIES).toHaveLength(Object.keys(IBAN_LENGTH_BY_COUNTRY).length)
  })

  it('finds generated IBANs in chat text as the whole span', () => {
    assertQuietly(
      fc.property(formattedIbanArbitrary(), safeTextArbitrary(), safeTextArbitrary(), (iban, before, after) => {
        const text = `${before} ${iban.text} ${after}`
        const start = before.length + 1
        expect(ibansOf(text).map((finding) => [finding.start, finding.end])).toEqual([[start, start + iban.text.length]])
      }),
    )
  })

  it('one changed digit is never an IBAN (MOD 97-10 catches every single substitution), in any written form', () => {
    assertQuietly(
      fc.property(validIbanArbitrary(), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.constantFrom(...IBAN_STYLES), (iban, position, shift, style) => {
        const changed = withOneDigitChanged(iban.compact, position, shift)
        expect(ibansOf(`iban ${formatIban(changed, style, [3, 5])} ok`)).toEqual([])
      }),
    )
  })

  it('a letter where the registry structure has a digit is never an IBAN, even with valid check digits', () => {
    assertQuietly(
      fc.property(offStructureIbanArbitrary(), fc.constantFrom(...IBAN_STYLES), (compact, style) => {
        expect(ibansOf(`iban ${formatIban(compact, style, [4])} ok`)).toEqual([])
      }),
    )
  })

  it('is found in every chunking: streamed output and findings equal batch, within MAX_HOLD_CHARS', () => {
    assertQuietly(
      fc.property(formattedIbanArbitrary(), safeTextArbitrary(), cutsArbitrary(120), (iban, before, cuts) => {
        const text = `${before} ${iban.text} 12/27 ok`
        const batch = redactor.redact(text)
        expect(batch.findings.some((finding) => finding.type === 'iban')).toBe(true)
        for (const chunks of [splitAt(text, cuts), oneCharAtATime(text)]) {
          const findings: Finding[] = []
          const { outputs, maxHeld } = streamChunks(redactor, chunks, (finding) => findings.push(finding))
          expect(outputs.join('')).toBe(batch.text)
          expect(findings).toEqual(batch.findings)
          expect(maxHeld).toBeLessThanOrEqual(MAX_HOLD_CHARS)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('leaves harmless text alone, and redacting twice changes nothing', () => {
    assertQuietly(
      fc.property(formattedIbanArbitrary(), safeTextArbitrary(), (iban, before) => {
        expect(redactor.redact(before)).toEqual({ text: before, findings: [] })
        const once = redactor.redact(`${before} ${iban.text}`).text
        expect(redactor.redact(once).text).toBe(once)
      }),
    )
  })
})
