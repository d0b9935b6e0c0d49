/**
 * Digit runs that are not phone numbers, generated beyond the worked examples
 * of `phone.test.ts`: invoice and ticket references, codes glued to digits,
 * IPv4 addresses, serial numbers, dates, times, prices, tracking numbers,
 * account numbers and PINs, and the digits of an IBAN when the IBAN detector
 * is off. None may ever be a phone finding. And a run of two phones in a row
 * is two findings; a long run of spaced groups is masked whole or not at all.
 */
import fc from 'fast-check'
import { isValidPhoneNumber } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import type { FindingType } from '../../src/types.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { NOT_A_PHONE, assertQuietly, ibanPrintArbitrary, trackingNumberArbitrary } from '../helpers/phones.js'

const redactor = createRedactor({ now: FIXED_NOW })
const WITHOUT_IBAN: readonly FindingType[] = ['card_number', 'expiry_date', 'cvv', 'phone', 'email', 'us_ssn', 'uk_nino']
const noIban = createRedactor({ now: FIXED_NOW, detectors: WITHOUT_IBAN })
/** Sentences with no phone word around the number. */
const NEUTRAL = fc.constantFrom<readonly [string, string]>(['', ''], ['ref ', ' ok'], ['see ', ' today'], ['Hi, it is ', '.'])

const hasPhone = (text: string, which = redactor) => which.redact(text).findings.some((finding) => finding.type === 'phone')

describe('not phone numbers', () => {
  it.each(NOT_A_PHONE.map(([name, arbitrary]) => [name, arbitrary] as const))('%s are never a phone', (_name, arbitrary) => {
    assertQuietly(fc.property(arbitrary(), NEUTRAL, (value, [before, after]) => !hasPhone(`${before}${value}${after}`)), { numRuns: 150 })
  })

  it('the digits of an IBAN are no phone when the IBAN detector is off', () => {
    assertQuietly(fc.property(ibanPrintArbitrary(), NEUTRAL, (iban, [before, after]) => !hasPhone(`${before}${iban}${after}`, noIban)), { numRuns: 200 })
  })

  it('a tracking number is never half masked, whatever detectors run', () => {
    assertQuietly(
      fc.property(trackingNumberArbitrary(), fc.boolean(), (tracking, withIban) => {
        const text = `tracking ${tracking} shows delivered`
        const { findings } = (withIban ? redactor : noIban).redact(text)
        return findings.every((finding) => finding.type !== 'phone')
      }),
      { numRuns: 150 },
    )
  })
})

describe('runs of phone numbers', () => {
  // The phone detector alone: with every detector, the card detector (which
  // runs first) takes some pairs of US numbers for one card across them
  // ("650-209-7861 415-996…" passes Luhn); that is the card detector's to refuse.
  const phonesOnly = createRedactor({ now: FIXED_NOW, detectors: ['phone'] })
  const usNumber = fc.tuple(fc.constantFrom('408', '604', '415', '650'), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }))

  it('two phones in a row are two findings, however the second is written', () => {
    assertQuietly(
      fc.property(usNumber, usNumber, fc.constantFrom('dashed', 'bare'), ([a1, b1, c1], [a2, b2, c2], style) => {
        const first = `${a1}-${b1}-${String(c1).padStart(4, '0')}`
        const digits = `${a2}${b2}${String(c2).padStart(4, '0')}`
        const second = style === 'dashed' ? `${a2}-${b2}-${String(c2).padStart(4, '0')}` : digits
        const lead = 'numbers: '
        const text = `${lead}${first} ${second} thanks`
        const spans = phonesOnly.redact(text).findings.filter((finding) => finding.type === 'phone').map((finding) => [finding.start, finding.end])
        const firstSpan = [lead.length, lead.length + first.length]
        const secondSpan = [lead.length + first.length + 1, lead.length + first.length + 1 + second.length]
        // Never a span across both; both found when both are valid US numbers.
        if (!spans.every((span) => String(span) === String(firstSpan) || String(span) === String(secondSpan))) return false
        const bothValid = isValidPhoneNumber(first.replaceAll('-', ''), 'US') && isValidPhoneNumber(digits, 'US')
        return !bothValid || spans.length === 2
      }),
      { numRuns: 100 },
    )
  })
})
