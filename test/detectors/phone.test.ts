import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MIN_PHONE_DIGITS } from '../../src/data/limits.js'
import { createPhoneDetector, DEFAULT_PHONE_STRICTNESS, PHONE_STRICTNESS_LEVELS } from '../../src/detectors/phone.js'
import { buildRedactor } from '../../src/redactor.js'
import { PHONE_PHRASES_BY_LANGUAGE } from '../../src/data/phone-keywords.js'
import { PHONE_KEYWORD_PHRASES } from '../../src/data/pii-keywords.js'
import { createRedactor } from '../../src/index.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { EXAMPLE_PHONES, internationalPhoneArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const phonesOf = (text: string) => redactor.redact(text).findings.filter((finding) => finding.type === 'phone')
/** The spans reported as phones, as the text they cover. */
const phoneSpans = (text: string) => phonesOf(text).map((finding) => text.slice(finding.start, finding.end))

describe('phone numbers', () => {
  it.each([
    ['international, spaced', 'call +44 20 7946 0958 now', '+44 20 7946 0958', 'international-grouping+possible'],
    ['international, NANP', 'ring +1 604-697-0202.', '+1 604-697-0202', 'international-grouping+possible'],
    ['international, E.164', 'it is +442079460958', '+442079460958', 'international+valid'],
    ['international with a trunk zero in brackets', 'tel +44 (0)20 7946 0958', '+44 (0)20 7946 0958', 'international-trunk+possible'],
    ['France with a trunk zero in brackets', 'it is +33 (0)6 39 98 29 29', '+33 (0)6 39 98 29 29', 'international-trunk+possible'],
    ['Germany with a trunk zero in brackets', 'Büro +49 (0)30 123456', '+49 (0)30 123456', 'international-trunk+possible'],
    ['international in brackets', 'office (+44) 20 7946 0958', '(+44) 20 7946 0958', 'international-grouping+possible'],
    ['international after a colon', 'tel:+14155550123', '+14155550123', 'international+possible'],
    ['Kenya', 'at +254 709 716000', '+254 709 716000', 'international-grouping+possible'],
    ['Malaysia, dash inside', 'at +60 3-2268 3888.', '+60 3-2268 3888', 'international-grouping+possible'],
    ['France, pairs', 'it costs +33 1 49 52 99 70', '+33 1 49 52 99 70', 'international-grouping+possible'],
    ['Luhn-valid +44 digits are a phone, not a card', 'call +44 20 3908 5000', '+44 20 3908 5000', 'international-grouping+possible'],
    ['Luhn-valid +61 digits are a phone, not a card', 'call +61 1300 633 462', '+61 1300 633 462', 'international-grouping+possible'],
    ['US area code in brackets', 'it is (604) 697-0202', '(604) 697-0202', 'grouping+valid'],
    ['US dashed', 'it is 408-247-8880 please', '408-247-8880', 'grouping+valid'],
    ['US dotted', 'it is 408.247.8880', '408.247.8880', 'grouping+valid'],
    ['US with trunk 1', 'toll free 1-800-273-8255', '1-800-273-8255', 'grouping+valid'],
    ['UK national', 'It is 020 7946 0958.', '020 7946 0958', 'grouping+valid'],
    ['UK national in brackets', 'It is (020) 7946 0958.', '(020) 7946 0958', 'grouping+valid'],
    ['UK national with (0)', 'It is (0)20 7946 0958.', '(0)20 7946 0958', 'grouping+valid'],
    ['UK without its trunk zero, with a phone word', 'Their number is 20 7071 5029.', '20 7071 5029', 'grouping+possible'],
    ['UK 4-6 grouping', 'Their number is 1793 414926.', '1793 414926', 'grouping+possible'],
    ['France, national pairs', 'le 01 49 52 99 70 svp', '01 49 52 99 70', 'grouping+valid'],
    ['France, dotted pairs', 'le 01.49.52.99.70 svp', '01.49.52.99.70', 'grouping+valid'],
    ['Germany, national', 'Tel. 030 123456', '030 123456', 'grouping+possible'],
    ['Australia, mobile', 'mine is 0412 345 678', '0412 345 678', 'grouping+valid'],
    ['a phone word lowers the bar to possible', 'call me on 06 39 98 29 29', '06 39 98 29 29', 'grouping+possible'],
    ['bare, keyword before', 'call me on 4155550123', '4155550123', 'keyword+possible'],
    ['bare, keyword after', '4155550123 is my cell', '4155550123', 'keyword-after+possible'],
    ['bare, a French phone word', 'mon portable 0639982929', '0639982929', 'keyword+possible'],
    ['bare, a German phone word', 'Handynummer 015112345678', '015112345678', 'keyword+possible'],
    ['a phone word glued on with a dash', 'tel-408-247-8880', '408-247-8880', 'grouping+possible'],
    ['no space after a full stop', 'Visit is scheduled.408-265-4808 it is', '408-265-4808', 'grouping+valid'],
    ['a time after it is not part of it', 'at 020 7946 0958 10:30', '020 7946 0958', 'grouping+valid'],
    ['two in a row', '408-247-8880 604-697-0202', '408-247-8880|604-697-0202', 'grouping+valid|grouping+valid'],
    ['two in a row, the second bare', '408-247-8880 6046970202', '408-247-8880|6046970202', 'grouping+valid|list+valid'],
    ['two in a row, the first bare', '6046970202 408-247-8880', '6046970202|408-247-8880', 'list+valid|grouping+valid'],
    ['two UK numbers in a row', '020 7946 0958 020 7946 0959', '020 7946 0958|020 7946 0959', 'grouping+valid|grouping+valid'],
    ['a phone after a count', 'table for 2 408-247-8880', '408-247-8880', 'grouping+valid'],
    ['a phone after a reference that stands apart', 'ticket 12345678 408-247-8880', '408-247-8880', 'grouping+valid'],
  ])('%s', (_name, input, spans, reasons) => {
    expect(phoneSpans(input).join('|')).toBe(spans)
    expect(phonesOf(input).map((finding) => finding.reason).join('|')).toBe(reasons)
  })

  it.each([
    ['an STAR account number', 'My account number is 84318931431, but I forgot my PIN.'],
    ['another account number', 'It is 93418043810'],
    ['a PIN', 'my PIN is 4417'],
    ['a date with dashes', 'on 2024-05-12 please'],
    ['a date with dots', 'on 2024.05.12 please'],
    ['a date with spaces', 'born 08 06 1963'],
    ['a date, day first', 'due 12-05-2024'],
    ['a time', 'at 10:30 or 11:45'],
    ['a price', 'it costs $1,234.56'],
    ['an amount grouped by spaces', 'it costs € 1 234 567'],
    ['an amount, currency after', 'total 1 234 567 €'],
    ['a grouped amount', 'about 1,234,567 people'],
    ['an order number', 'order 88231'],
    ['an order number with a keyword-like word', 'order number 5512346'],
    ['a reference', 'ticket #4155550123'],
    ['glued to letters', 'code AB4155550123'],
    ['an invoice number', 'see INV-2026-000123 attached'],
    ['a case number', 'case CS-2025-550123'],
    ['a code glued by a dash', 'ref ABC-415-555-0123'],
    ['a year-first reference', 'REF 2024-5551234'],
    ['a bare number with no phone word', 'the total is 4155550123'],
    ['a version', 'v1.2.3.4567'],
    ['an IP address', 'ping 192.168.100.200'],
    ['an IP address, two-digit octets', 'ping 172.42.23.236'],
    ['an IP address with a port', 'at 10.0.0.1:8080'],
    ['a serial number in 4-4-4-4', 'serial 9351 1147 5597 6508'],
    ['a hex code', 'id 8098-2198-a71a-e38e'],
    ['a tracking number of 22 digits', 'USPS 9400 1000 0000 0000 0000 00'],
    ['in a URL', 'see https://example.com/calls/4155550123'],
    ['before an @', 'mail 4155550123@txt.example.com'],
    ['a 16-digit card is a card', '4111 1111 1111 1111'],
    ['a number that goes on with a dash', '408-247-8880-12'],
    ['a list of single digits', '1 2 3 4 5 6 7 8'],
    ['fewer than 7 digits', 'call 555 123'],
    ['a national number with no region grouping and no phone word', 'ref 0770 090 0123 today'],
  ])('leaves alone: %s', (_name, input) => {
    expect(phonesOf(input)).toEqual([])
  })

  it('masks a long run of spaced digit groups whole or not at all', () => {
    const noIban = createRedactor({ now: FIXED_NOW, detectors: ['card_number', 'expiry_date', 'cvv', 'phone', 'email', 'us_ssn', 'uk_nino'] })
    for (const text of ['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'NO93 8601 1117 947', '9351 1147 5597 6508']) {
      expect(noIban.redact(text).findings.filter((finding) => finding.type === 'phone')).toEqual([])
    }
  })

  it('every phrase of every language table is phone context, before the number or after it', () => {
    const phrases = Object.entries(PHONE_PHRASES_BY_LANGUAGE).flatMap(([language, list]) => list.map((phrase) => [language, phrase] as const))
    const missed = phrases.filter(([, phrase]) => phonesOf(`${phrase} 4155550123`).length !== 1 || phonesOf(`4155550123 ${phrase}`).length !== 1)
    expect(missed).toEqual([])
  })

  it('no table has the bare word for "number": account and order numbers are the commonest bare numbers', () => {
    const bare = ['number', 'numero', 'numéro', 'nummer', 'número', 'numer', 'no', 'nr']
    expect(PHONE_KEYWORD_PHRASES.filter((phrase) => bare.includes(phrase))).toEqual([])
    expect(phonesOf('Kundennummer 030123456 bitte')).toEqual([])
    expect(phonesOf('numéro de commande 0639982929')).toEqual([])
  })

  it('canonical value is E.164: the same number in any format gets the same hash token', () => {
    const hashing = createRedactor({ policies: { phone: { action: 'hash', key: 'a test key of sixteen bytes or more' } } })
    const tokens = ['+44 20 7946 0958', '020 7946 0958', '(020) 7946 0958', '+44 (0)20 7946 0958', 'call me on 02079460958'].map(
      (text) => /\[phone:[0-9a-f]+\]/.exec(hashing.redact(text).text)?.[0],
    )
    expect(tokens[0]).toMatch(/^\[phone:[0-9a-f]{16}\]$/)
    expect(new Set(tokens).size).toBe(1)
  })

  it('national formats follow phoneRegions; "+" numbers are always found', () => {
    const usOnly = createRedactor({ phoneRegions: ['US'] })
    const none = createRedactor({ phoneRegions: [] })
    expect(usOnly.redact('It is 020 7946 0958.').findings).toEqual([])
    expect(usOnly.redact('it is 408-247-8880').findings).toHaveLength(1)
    expect(none.redact('it is 408-247-8880').findings).toEqual([])
    expect(none.redact('it is +1 408-247-8880').findings).toHaveLength(1)
    expect(createRedactor({ phoneRegions: ['IN'] }).redact('it is 98765 43210').findings).toHaveLength(1)
    expect(createRedactor().redact('it is 98765 43210').findings).toEqual([])
  })

  it('strictness levels: "valid" (default) checks the number patterns, "possible" only the length', () => {
    expect(PHONE_STRICTNESS_LEVELS).toEqual(['possible', 'valid'])
    expect(DEFAULT_PHONE_STRICTNESS).toBe('valid')
    const possible = buildRedactor([createPhoneDetector({ strictness: 'possible' })], { phoneRegions: ['US'] })
    const valid = buildRedactor([createPhoneDetector({ strictness: 'valid' })], { phoneRegions: ['US'] })
    // No US area code starts with 1: no grouping the US writes, and not a valid number.
    expect(valid.redact('it is (123) 456-7890').findings).toEqual([])
    // A US grouping with an unassigned area code: possible, not valid.
    expect(valid.redact('it is (555) 456-7890').findings).toEqual([])
    expect(possible.redact('it is (555) 456-7890').findings.map((finding) => finding.reason)).toEqual(['grouping+possible'])
    // A phone word lowers the bar to possible at either strictness.
    expect(valid.redact('call (555) 456-7890').findings.map((finding) => finding.reason)).toEqual(['grouping+possible'])
  })

  it('reasons never contain the number', () => {
    for (const finding of phonesOf('call +44 20 7946 0958 or 408-247-8880')) expect(finding.reason).not.toMatch(/\d/)
  })

  it('finds every region\'s example number in international format, as the whole span', () => {
    fc.assert(
      fc.property(internationalPhoneArbitrary(), safeTextArbitrary(), safeTextArbitrary(), (phone, before, after) => {
        const text = `${before} ${phone.text} ${after}`
        const start = before.length + 1
        const found = phonesOf(text)
        expect(found.map((finding) => [finding.start, finding.end])).toEqual([[start, start + phone.text.length]])
      }),
    )
  })

  it('finds every region\'s example number in its national format when that region is configured', () => {
    const national = EXAMPLE_PHONES.filter(({ number }) => number.nationalNumber.length >= MIN_PHONE_DIGITS)
    expect(national.length).toBeGreaterThan(200)
    fc.assert(
      fc.property(fc.constantFrom(...national), fc.constantFrom('reach me on ', 'my mobile: ', 'call '), (phone, lead) => {
        const text = `${lead}${phone.number.formatNational()} thanks`
        const found = createRedactor({ phoneRegions: [phone.country] }).redact(text).findings
        expect(found.map((finding) => [finding.type, finding.start, finding.end])).toEqual([
          ['phone', lead.length, lead.length + phone.number.formatNational().length],
        ])
      }),
      { numRuns: national.length },
    )
  })
})

describe('phones: a device identifier named before the number is no phone', () => {
  it.each(['my phone IMEI is 994131036319508.', 'IMEI: 35-209900-176148-1', 'phone serial number 4155550123'])('%s', (text) => {
    expect(createRedactor({ detectors: ['phone'] }).redact(text).findings).toEqual([])
  })
})
