import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MIN_PHONE_DIGITS } from '../../src/data/limits.js'
import { createPhoneDetector, DEFAULT_PHONE_STRICTNESS, PHONE_STRICTNESS_LEVELS } from '../../src/detectors/phone.js'
import { buildRedactor } from '../../src/redactor.js'
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
    ['international, spaced', 'call +44 20 7946 0958 now', '+44 20 7946 0958', 'international+valid'],
    ['international, NANP', 'ring +1 604-697-0202.', '+1 604-697-0202', 'international+valid'],
    ['international with a trunk zero in brackets', 'tel +44 (0)20 7946 0958', '+44 (0)20 7946 0958', 'international+valid'],
    ['international in brackets', 'office (+44) 20 7946 0958', '(+44) 20 7946 0958', 'international+valid'],
    ['international after a colon', 'tel:+14155550123', '+14155550123', 'international+valid'],
    ['Kenya', 'at +254 709 716000', '+254 709 716000', 'international+valid'],
    ['Malaysia, dash inside', 'at +60 3-2268 3888.', '+60 3-2268 3888', 'international+valid'],
    ['France, pairs', 'it costs +33 1 49 52 99 70', '+33 1 49 52 99 70', 'international+valid'],
    ['Luhn-valid +44 digits are a phone, not a card', 'call +44 20 3908 5000', '+44 20 3908 5000', 'international+valid'],
    ['Luhn-valid +61 digits are a phone, not a card', 'call +61 1300 633 462', '+61 1300 633 462', 'international+valid'],
    ['US area code in brackets', 'call (604) 697-0202', '(604) 697-0202', 'parentheses+valid'],
    ['US dashed', 'dial 408-247-8880 please', '408-247-8880', 'separators+valid'],
    ['US dotted', 'it is 408.247.8880', '408.247.8880', 'separators+valid'],
    ['US with trunk 1', 'call 1-800-273-8255', '1-800-273-8255', 'separators+valid'],
    ['UK national', 'It is 020 7946 0958.', '020 7946 0958', 'separators+valid'],
    ['UK without its trunk zero', 'It is 20 7071 5029.', '20 7071 5029', 'separators+valid'],
    ['UK 4-6 grouping', 'Their number is 1793 414926.', '1793 414926', 'separators+valid'],
    ['bare, keyword before', 'call me on 4155550123', '4155550123', 'keyword+valid'],
    ['bare, keyword after', '4155550123 is my cell', '4155550123', 'keyword-after+valid'],
    ['two in a row', '408-247-8880 604-697-0202', '408-247-8880|604-697-0202', 'separators+valid'],
  ])('%s', (_name, input, spans, reason) => {
    expect(phoneSpans(input).join('|')).toBe(spans)
    expect(phonesOf(input)[0]?.reason).toBe(reason)
  })

  it.each([
    ['an STAR account number', 'My account number is 84318931431, but I forgot my PIN.'],
    ['another account number', 'It is 93418043810'],
    ['a PIN', 'my PIN is 4417'],
    ['a date with dashes', 'on 2024-05-12 please'],
    ['a date with spaces', 'born 08 06 1963'],
    ['a date, day first', 'due 12-05-2024'],
    ['a time', 'at 10:30 or 11:45'],
    ['a price', 'it costs $1,234.56'],
    ['a grouped amount', 'about 1,234,567 people'],
    ['an order number', 'order 88231'],
    ['an order number with a keyword-like word', 'order number 5512346'],
    ['a reference', 'ticket #4155550123'],
    ['glued to letters', 'code AB4155550123'],
    ['a bare number with no phone word', 'the total is 4155550123'],
    ['a version', 'v1.2.3.4567'],
    ['an IP address', 'ping 192.168.100.200'],
    ['in a URL', 'see https://example.com/calls/4155550123'],
    ['before an @', 'mail 4155550123@txt.example.com'],
    ['a 16-digit card is a card', '4111 1111 1111 1111'],
    ['a number that goes on with a dash', '408-247-8880-12'],
    ['a list of single digits', '1 2 3 4 5 6 7 8'],
    ['fewer than 7 digits', 'call 555 1234'],
  ])('leaves alone: %s', (_name, input) => {
    expect(phonesOf(input)).toEqual([])
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
    expect(usOnly.redact('dial 408-247-8880').findings).toHaveLength(1)
    expect(none.redact('dial 408-247-8880').findings).toEqual([])
    expect(none.redact('dial +1 408-247-8880').findings).toHaveLength(1)
  })

  it('strictness levels: "valid" (default) checks the number patterns, "possible" only the length', () => {
    expect(PHONE_STRICTNESS_LEVELS).toEqual(['possible', 'valid'])
    expect(DEFAULT_PHONE_STRICTNESS).toBe('valid')
    const possible = buildRedactor([createPhoneDetector({ strictness: 'possible' })], { phoneRegions: ['US'] })
    const valid = buildRedactor([createPhoneDetector({ strictness: 'valid' })], { phoneRegions: ['US'] })
    // No US area code starts with 1: the right length, not a valid number. (In GB, 01234 567890 is one.)
    expect(valid.redact('call (123) 456-7890').findings).toEqual([])
    expect(possible.redact('call (123) 456-7890').findings.map((finding) => finding.reason)).toEqual(['parentheses+possible'])
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
