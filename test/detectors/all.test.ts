import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ALL_DETECTORS } from '../../src/detectors/all.js'
import { PCI_DETECTORS } from '../../src/detectors/pci.js'
import { createRedactor } from '../../src/index.js'
import { cursorReads, resetCursorReads } from '../../src/scanner/cursor.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { piiChatTextArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const typesOf = (text: string) => redactor.redact(text).findings.map((finding) => finding.type)

describe('ALL_DETECTORS: one rule, a span is claimed once', () => {
  it('is in the documented precedence order and includes the card-only set', () => {
    expect(ALL_DETECTORS.map((detector) => detector.type)).toEqual([
      'iban',
      'card_number',
      'expiry_date',
      'cvv',
      'us_ssn',
      'uk_nino',
      'phone',
      'email',
    ])
    for (const detector of PCI_DETECTORS) expect(ALL_DETECTORS).toContain(detector)
  })

  it.each([
    ['a 16-digit card is a card, not a phone', '4111 1111 1111 1111', ['card_number']],
    ['a dashed card is a card', '5555-5555-5555-4444', ['card_number']],
    ['an IBAN\'s digits are not a card', 'DE89 3704 0044 0532 0130 00', ['iban']],
    ['a Luhn-valid number after "+" is a phone, not a card', '+44 20 3908 5000', ['phone']],
    ['an SSN is not a phone', '123-45-6789', ['us_ssn']],
    ['a card, its expiry and CVV, then a phone', '4111 1111 1111 1111 exp 12/27 cvv 123, call 408-247-8880', ['card_number', 'expiry_date', 'cvv', 'phone']],
    ['digits inside an email belong to the email', 'mail bob.4155550123@example.com', ['email']],
    ['every type in one message', 'jo@example.com +44 20 7946 0958 GB82 WEST 1234 5698 7654 32 AB 12 34 56 C 123-45-6789 4111111111111111', ['email', 'phone', 'iban', 'uk_nino', 'us_ssn', 'card_number']],
  ])('%s', (_name, input, types) => {
    expect(typesOf(input)).toEqual(types)
  })

  it('text with no sensitive data comes out byte for byte, with no findings', () => {
    fc.assert(
      fc.property(safeTextArbitrary(), (text) => {
        expect(redactor.redact(text)).toEqual({ text, findings: [] })
      }),
    )
  })

  it('findings are ordered, disjoint, non-empty, carry no value, and redacting twice changes nothing', () => {
    fc.assert(
      fc.property(piiChatTextArbitrary(), (text) => {
        const { text: once, findings } = redactor.redact(text)
        let previousEnd = 0
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd)
          expect(finding.end).toBeGreaterThan(finding.start)
          expect(finding.reason).not.toMatch(/\d{3}|@/)
          previousEnd = finding.end
        }
        expect(redactor.redact(once).text).toBe(once)
      }),
    )
  })
})

describe('ALL_DETECTORS: linear work on adversarial input', () => {
  // Counted detector reads, not wall-clock time: machines are shared and noisy.
  const workFor = (text: string) => {
    resetCursorReads()
    redactor.redact(text)
    return cursorReads()
  }
  const longDomain = `${'abcdefghi.'.repeat(25)}com`
  it.each([
    ['one endless local part before an "@"', (n: number) => `${'a.'.repeat(n * 5)}@example.com`],
    ['at signs between words', (n: number) => 'abcdefgh@'.repeat(n)],
    ['long domains', (n: number) => `jo@${longDomain} `.repeat(Math.ceil(n / 20))],
    ['addresses glued together', (n: number) => 'jo@example.com'.repeat(n)],
    ['plus signs and one-digit groups', (n: number) => '+1 2 3 '.repeat(n)],
    ['phone-like runs over 15 digits', (n: number) => '408-247-8880-'.repeat(n)],
    ['brackets', (n: number) => '(1) (2 (3) 4) '.repeat(n)],
    ['IBAN-like groups', (n: number) => `GB82 ${'WEST 1234 '.repeat(n)}`],
    ['NINO-like pairs', (n: number) => 'AB 12 34 56 '.repeat(n)],
    ['SSN-like groups', (n: number) => '123-45-'.repeat(n)],
    ['phone words and bare numbers', (n: number) => 'call me 12345678 '.repeat(n)],
  ])('%s: doubling the input at most doubles the work', (_name, make) => {
    const small = workFor(make(1_000))
    const largeText = make(2_000)
    const large = workFor(largeText)
    expect(large).toBeLessThanOrEqual(2.2 * small + 100)
    expect(large / largeText.length).toBeLessThan(60)
  })
})

describe('chatmask/pci stays card-only', () => {
  /** Every module src/pci.ts reaches through static imports (relative ones followed, packages listed). */
  function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
    const files = new Set<string>()
    const packages = new Set<string>()
    const pending = [entry]
    while (pending.length > 0) {
      const file = pending.pop() as string
      if (files.has(file)) continue
      files.add(file)
      const source = readFileSync(file, 'utf8')
      for (const match of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
        const specifier = match[1] as string
        if (match[0].includes('import type') || match[0].includes('export type')) continue
        if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
        else packages.add(specifier)
      }
    }
    return { files, packages }
  }

  it('never imports libphonenumber-js or the personal-data detectors', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '../../src/')
    const { files, packages } = importGraph(join(root, 'pci.ts'))
    expect([...packages].filter((name) => name.startsWith('libphonenumber-js'))).toEqual([])
    const detectors = [...files].map((file) => file.slice(root.length)).filter((file) => file.startsWith('detectors/'))
    expect(detectors.sort()).not.toContain('detectors/phone.ts')
    expect(detectors).not.toContain('detectors/all.ts')
    expect(detectors).not.toContain('detectors/email.ts')
  })
})
