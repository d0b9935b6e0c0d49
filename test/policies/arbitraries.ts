/**
 * Arbitraries for the policy tests. Self-contained on purpose: policies must
 * hide any 13–19 digit Luhn-valid number, whatever the issuer table says, so
 * these do not draw from `src/data` (which `test/helpers/cards.ts` does).
 */
import fc from 'fast-check'
import type { ResolvedPolicy } from '../../src/policies/policy.js'

const ASCII_DIGITS = '0123456789'

/** ISO/IEC 7812-1 annex B check digit for `body` (ASCII digits, check digit not included). */
export function luhnCheckDigit(body: string): string {
  let sum = 0
  let doubled = true
  for (let index = body.length - 1; index >= 0; index--) {
    let digit = Number(body[index])
    if (doubled) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
    doubled = !doubled
  }
  return String((10 - (sum % 10)) % 10)
}

/** Any Luhn-valid PAN of 13 to 19 ASCII digits (PCI DSS scope: every PAN, any brand). */
export const luhnValidPanArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: 13, max: 19 })
  .chain((length) => fc.string({ unit: fc.constantFrom(...ASCII_DIGITS), minLength: length - 1, maxLength: length - 1 }))
  .map((body) => body + luhnCheckDigit(body))

/** How a PAN might be written in chat: grouped by four with a separator, in some script's digits. */
export const panFormatArbitrary: fc.Arbitrary<(digits: string) => string> = fc
  .record({
    separator: fc.constantFrom('', ' ', '-', '.', '\u00a0', '\u3000'),
    zero: fc.constantFrom(0x30, 0xff10, 0x0660, 0x0966),
  })
  .map(({ separator, zero }) => (digits: string) =>
    (digits.match(/.{1,4}/g) ?? [])
      .map((group) => [...group].map((digit) => String.fromCharCode(zero + Number(digit))).join(''))
      .join(separator),
  )

/** A mask character: ASCII, a bullet, or one astral code point. */
const maskCharArbitrary = fc.constantFrom('*', '•', 'x', '#', '🔒')

/** Every card policy the rules accept, except `hash` (whose output depends on every digit by design). */
export const validCardPolicyArbitrary: fc.Arbitrary<ResolvedPolicy> = fc.oneof(
  fc.record({
    action: fc.constant('mask' as const),
    char: maskCharArbitrary,
    keepFirst: fc.integer({ min: 0, max: 6 }),
    keepLast: fc.integer({ min: 0, max: 4 }),
    keepSeparators: fc.boolean(),
  }),
  fc
    .array(fc.constantFrom('{type}', '{TYPE}', '{brand}', '{last4}', '{first6}', ' ', '…', '*', '[', ']', '{{', '}}'), {
      maxLength: 8,
    })
    .map((pieces) => ({ action: 'replace' as const, template: pieces.join('') })),
  fc.constant({ action: 'remove' as const }),
  fc
    .constantFrom(
      (info: { brand: string | undefined; last4: string; length: number }) => `[${info.brand ?? ''} ****${info.last4}]`,
      (info: { last4: string; length: number }) => `card of ${info.length} digits ending ${info.last4}`,
      () => '[card]',
    )
    .map((render) => ({ action: 'custom' as const, render })),
)
