import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor } from '../src/index.js'
import { formattedPanArbitrary, safeTextArbitrary, validPanArbitrary } from './helpers/cards.js'
import { FIXED_NOW, chatTextArbitrary, digitsOf } from './helpers/chat-text.js'
import { resetCursorReads, cursorReads } from '../src/scanner/cursor.js'

const redactor = createRedactor({ now: FIXED_NOW })

const chatText = chatTextArbitrary()

describe('redact(): invariants', () => {
  it('text with no sensitive data comes out byte-for-byte, with no findings', () => {
    fc.assert(
      fc.property(safeTextArbitrary(), (text) => {
        expect(redactor.redact(text)).toEqual({ text, findings: [] })
      }),
    )
  })

  it('redacting redacted text changes nothing (idempotence)', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const once = redactor.redact(text).text
        expect(redactor.redact(once).text).toBe(once)
      }),
    )
  })

  it('card data in Markdown (bold, italic, code, a bullet, a bold label) is masked, and redacting twice changes nothing', () => {
    const mark = fc.constantFrom('**', '*', '_', '__', '`')
    const lead = fc.constantFrom('', '* ', '- ', '**Card:** ', '* **Card:** ')
    const labels = fc.constantFrom(['exp ', 'cvv '], ['**Exp:** ', '**CVV:** '], ['*Expires:* ', '*CVV:* '])
    fc.assert(
      fc.property(lead, mark, formattedPanArbitrary(), mark, labels, (before, a, card, b, [exp, cvv]) => {
        const text = `${before}${a}${card.text}${a} ${exp}${b}12/27${b} ${cvv}${b}737${b}`
        const once = redactor.redact(text).text
        // The card's last four at most, in any script; nothing of the expiry or the CVV.
        expect(card.digits.slice(-4).endsWith(digitsOf(once))).toBe(true)
        expect(redactor.redact(once).text).toBe(once)
      }),
    )
  })

  it('findings are ordered, disjoint, inside the input, and carry no value', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        let previousEnd = 0
        for (const finding of redactor.redact(text).findings) {
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd)
          expect(finding.end).toBeGreaterThan(finding.start)
          expect(finding.end).toBeLessThanOrEqual(text.length)
          expect(Object.keys(finding).sort()).toEqual(
            finding.brand === undefined ? ['end', 'reason', 'start', 'type'] : ['brand', 'end', 'reason', 'start', 'type'],
          )
          previousEnd = finding.end
        }
      }),
    )
  })

  it('a card and its expiry and CVV are all hidden whatever the separators', () => {
    fc.assert(
      fc.property(validPanArbitrary(), fc.constantFrom(' ', ', ', ' exp '), fc.constantFrom(' ', ' cvv '), (card, gap1, gap2) => {
        const input = `${card.digits}${gap1}11/28${gap2}${card.brand === 'amex' ? '1234' : '123'}`
        const { findings } = redactor.redact(input)
        expect(findings.map((finding) => finding.type)).toEqual(['card_number', 'expiry_date', 'cvv'])
      }),
    )
  })
})

describe('redact(): linear work on adversarial input', () => {
  // Counted detector reads, not wall-clock time: machines are shared and noisy.
  const workFor = (text: string) => {
    resetCursorReads()
    redactor.redact(text)
    return cursorReads()
  }
  it.each([
    ['digits and single spaces', (n: number) => '0 1 2 3 4 5 6 7 8 9 '.repeat(n)],
    ['one long digit run', (n: number) => '4'.repeat(n * 20)],
    ['digit pairs and dots', (n: number) => '12.34.56.78.90.'.repeat(n)],
    ['repeated keywords and numbers', (n: number) => 'cvv 123 exp 12/27 '.repeat(n)],
    ['cards back to back', (n: number) => '4111 1111 1111 1111 '.repeat(n)],
  ])('%s: doubling the input at most doubles the work, and each character costs a bounded number of reads', (_name, make) => {
    const small = workFor(make(2_000))
    const largeText = make(4_000)
    const large = workFor(largeText)
    expect(large).toBeLessThanOrEqual(2.2 * small + 100)
    expect(large / largeText.length).toBeLessThan(40)
  })
})

describe('redact(): input errors', () => {
  it('rejects a non-string with a clear error', () => {
    expect(() => redactor.redact(42 as unknown as string)).toThrow(ChatmaskError)
  })
})
