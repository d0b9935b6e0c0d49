import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderMask } from '../../src/policies/mask.js'
import type { ResolvedMaskPolicy } from '../../src/policies/policy.js'
import { digitValueOf } from '../../src/scanner/unicode-digits.js'
import type { FindingType } from '../../src/types.js'

function mask(overrides: Partial<ResolvedMaskPolicy> = {}): ResolvedMaskPolicy {
  return { action: 'mask', char: '*', keepFirst: 0, keepLast: 0, keepSeparators: true, ...overrides }
}

describe('renderMask', () => {
  it.each<[string, FindingType, Partial<ResolvedMaskPolicy>, string, string]>([
    ['card, default last four', 'card_number', { keepLast: 4 }, '4111 1111 1111 1111', '**** **** **** 1111'],
    ['card, BIN and last four', 'card_number', { keepFirst: 6, keepLast: 4 }, '4111-1111-1111-1111', '4111-11**-****-1111'],
    ['card, separators dropped', 'card_number', { keepLast: 4, keepSeparators: false }, '4111 1111 1111 1111', '************1111'],
    ['card, bullet', 'card_number', { keepLast: 4, char: '•' }, '5555555555554444', '••••••••••••4444'],
    ['card, astral mask char', 'card_number', { keepLast: 4, char: '🔒' }, '3782 822463 10005', '🔒🔒🔒🔒 🔒🔒🔒🔒🔒🔒 🔒0005'],
    ['Amex grouping 4-6-5', 'card_number', { keepLast: 4 }, '3782 822463 10005', '**** ****** *0005'],
    ['full-width digits keep their script', 'card_number', { keepLast: 4 }, '４１１１　１１１１　１１１１　１１１１', '****　****　****　１１１１'],
    ['Arabic-Indic digits', 'card_number', { keepLast: 4 }, '٤١١١ ١١١١ ١١١١ ١١١١', '**** **** **** ١١١١'],
    ['Devanagari digits', 'card_number', { keepLast: 4 }, '४१११-११११-११११-११११', '****-****-****-११११'],
    ['mathematical bold digits: one mask char per code point', 'card_number', { keepLast: 4 }, '𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏', '************𝟏𝟏𝟏𝟏'],
    ['mixed scripts', 'card_number', { keepFirst: 1, keepLast: 1 }, '4١११１', '4***１'],
    ['expiry hidden in full', 'expiry_date', {}, '12/29', '**/**'],
    ['CVV', 'cvv', {}, '123', '***'],
    ['phone keeps + and spacing', 'phone', {}, '+44 20 7946 0958', '+** ** **** ****'],
    ['US SSN', 'us_ssn', {}, '078-05-1120', '***-**-****'],
    ['email: letters and digits hidden, @ and . kept', 'email', {}, 'jo.doe42@example.com', '**.*****@*******.***'],
    ['email, first letter kept', 'email', { keepFirst: 1 }, 'jo@example.com', 'j*@*******.***'],
    ['email, separators dropped', 'email', { keepSeparators: false }, 'jo@example.com', '************'],
    ['email, accented letters are letters', 'email', {}, 'josé@exämple.com', '****@*******.***'],
    ['email, combining mark goes with its hidden letter', 'email', {}, 'jose\u0301@x.io', '****@*.**'],
    ['email, combining mark stays with its kept letter', 'email', { keepFirst: 4 }, 'jose\u0301@x.io', 'jose\u0301@*.**'],
    ['IBAN keeps last four', 'iban', { keepLast: 4 }, 'GB82 WEST 1234 5698 7654 32', '**** **** **** **** **54 32'],
    ['UK NINO', 'uk_nino', {}, 'QQ 12 34 56 C', '** ** ** ** *'],
    ['digits-only types keep letters as separators', 'phone', {}, '555-0100 x12', '***-**** x**'],
    ['keeping would show everything: everything hidden', 'phone', { keepFirst: 2, keepLast: 2 }, '1234', '****'],
    ['keeping exactly all but one', 'cvv', { keepFirst: 1, keepLast: 1 }, '123', '1*3'],
    ['empty span', 'card_number', { keepLast: 4 }, '', ''],
  ])('%s', (_name, type, policy, original, expected) => {
    expect(renderMask(mask(policy), type, original)).toBe(expected)
  })

  it('keeps the shape: with separators kept, only maskable characters change, one for one', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '٢', '３', ' ', '-', '/', '+', 'a'), maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (original, keepFirst, keepLast) => {
          const out = [...renderMask(mask({ keepFirst, keepLast }), 'phone', original)]
          const input = [...original]
          expect(out).toHaveLength(input.length)
          input.forEach((char, index) => {
            if (digitValueOf(char.codePointAt(0) ?? -1) < 0) expect(out[index]).toBe(char)
            else expect([char, '*']).toContain(out[index])
          })
        },
      ),
    )
  })

  it('never shows more digits than keepFirst + keepLast, and never all of them', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '7', '٣', '９', ' ', '-'), maxLength: 30 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (original, keepFirst, keepLast) => {
          const digitsIn = (text: string) => [...text].filter((char) => digitValueOf(char.codePointAt(0) ?? -1) >= 0).length
          const shown = digitsIn(renderMask(mask({ keepFirst, keepLast }), 'card_number', original))
          expect(shown).toBeLessThanOrEqual(keepFirst + keepLast)
          if (digitsIn(original) > 0) expect(shown).toBeLessThan(digitsIn(original))
        },
      ),
    )
  })
})
