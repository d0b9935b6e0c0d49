import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { safeTextArbitrary } from '../helpers/cards.js'
import { FIXED_NOW } from '../helpers/chat-text.js'
import { emailArbitrary } from '../helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })
const emailSpans = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((finding) => finding.type === 'email')
    .map((finding) => text.slice(finding.start, finding.end))

describe('email addresses', () => {
  it.each([
    ['plain', 'mail jo@example.com today', 'jo@example.com'],
    ['plus-tag and subdomains', 'jane.doe+billing@mail.example.co.uk', 'jane.doe+billing@mail.example.co.uk'],
    ['capitals', 'Jane.Doe@Example.COM', 'Jane.Doe@Example.COM'],
    ['digits and hyphens', 'ops-2024@eu-west.example.io', 'ops-2024@eu-west.example.io'],
    ['sentence-final dot', 'write to jo@example.com.', 'jo@example.com'],
    ['in brackets', '(jo@example.com)', 'jo@example.com'],
    ['in angle brackets', 'Jo <jo@example.com>', 'jo@example.com'],
    ['after mailto:', 'mailto:jo@example.com', 'jo@example.com'],
    ['leading punctuation left out', 'email:+jo@example.com', 'jo@example.com'],
    ['after a doubled dot', 'see...jo@example.com', 'jo@example.com'],
    ['punycode TLD', 'jo@example.xn--p1ai', 'jo@example.xn--p1ai'],
    ['digits in the local part belong to the email', 'john.smith.5551234567@example.com', 'john.smith.5551234567@example.com'],
    ['a 64-character local part', `${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`],
    ['two in a row', 'a@example.com,b@example.org', 'a@example.com|b@example.org'],
    // Digits met before the "@" are left to the email, even when a keyword would make them something else.
    ['after a CVV keyword', 'cvv a-489@example.com', 'a-489@example.com'],
    ['a CVV-sized number inside', 'cvv a%963.a@example.com', 'a%963.a@example.com'],
    ['a phone-shaped local part', 'call 408-247-8880.x@example.com', '408-247-8880.x@example.com'],
    ['an SSN-shaped local part', '123-45-6789.x@example.com', '123-45-6789.x@example.com'],
    ['a NINO-shaped local part', 'ab123456c.x@example.com', 'ab123456c.x@example.com'],
  ])('%s', (_name, input, spans) => {
    expect(emailSpans(input).join('|')).toBe(spans)
  })

  it.each([
    ['no domain dot', 'jo@localhost'],
    ['a one-letter TLD', 'jo@example.c'],
    ['a numeric TLD', 'root@10.0.0.1'],
    ['a mention', 'thanks @jo'],
    ['an empty local part', 'x @example.com'],
    ['a trailing dot in the local part', 'jo.@example.com'],
    ['a label starting with a hyphen', 'jo@-example.com'],
    ['a label ending with a hyphen', 'jo@example-.com'],
    ['a 65-character local part', `${'a'.repeat(65)}@example.com`],
    ['a 64-character label', `jo@${'a'.repeat(64)}.com`],
    ['a domain over 253 characters', `jo@${'abcdefghi.'.repeat(26)}com`],
    ['two @', 'jo@example.com@evil.com'],
    ['already masked', '**@*******.***'],
  ])('leaves alone: %s', (_name, input) => {
    expect(emailSpans(input)).toEqual([])
  })

  it('the same address in two messages gets the same hash token, whatever its case', () => {
    const hashing = createRedactor({ policies: { email: { action: 'hash', key: 'a test key of sixteen bytes or more' } } })
    const chat = hashing.conversation()
    const first = chat.add({ sender: 'customer', text: 'my email is Jane.Doe@Example.com' })
    const second = chat.add({ sender: 'agent', text: 'I have jane.doe@example.com on file, thanks.' })
    const tokenOf = (text: string) => /\[email:([0-9a-f]{16})\]/.exec(text)?.[1]
    const settled = chat.settle()
    const texts = [first.text, second.text, ...settled.map((amendment) => amendment.text)]
    const tokens = new Set(texts.map(tokenOf).filter((token) => token !== undefined))
    expect(tokens.size).toBe(1)
    expect(hashing.redact('mail JANE.DOE@EXAMPLE.COM').text).toContain(`[email:${[...tokens][0]}]`)
    expect(hashing.redact('mail john@example.com').text).not.toContain(`[email:${[...tokens][0]}]`)
  })

  it('masks letters and digits, keeps the shape', () => {
    expect(redactor.redact('jo.2@example.com').text).toBe('**.*@*******.***')
  })

  it('finds generated addresses as the whole span, anywhere in chat text', () => {
    fc.assert(
      fc.property(emailArbitrary(), safeTextArbitrary(), safeTextArbitrary(), (email, before, after) => {
        const text = `${before} ${email} ${after}`
        const start = before.length + 1
        const found = redactor.redact(text).findings.filter((finding) => finding.type === 'email')
        expect(found.map((finding) => [finding.start, finding.end])).toEqual([[start, start + email.length]])
      }),
    )
  })
})
