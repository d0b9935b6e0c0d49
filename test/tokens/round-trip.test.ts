/** Tokens through every door: redact(), stream() at every chunking, conversation(); then forget. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMemoryKeyRing, createRedactor, detokenize, tokenPolicies } from '../../src/index.js'
import { cutsArbitrary, oneCharAtATime, splitAt, streamChunks } from '../helpers/chunking.js'
import { formattedPanArbitrary } from '../helpers/cards.js'

/** One value of every tokenizable type, as a customer might type it. */
const EVERY_TYPE =
  'card 4111 1111 1111 1111, amex 3782-822463-10005, exp 12/29, mail jo@example.com, ' +
  'call +44 20 7946 0958, iban GB82 WEST 1234 5698 7654 32, nino AB 12 34 56 C, ssn 123-45-6789'

function setup(deterministic = true) {
  const keyRing = createMemoryKeyRing()
  const redactor = createRedactor({ policies: tokenPolicies({ keyRing, scope: 'conversation-1', deterministic }) })
  return { keyRing, redactor }
}

describe('token policy round trip', () => {
  it('redact → detokenize gives back the text, every type, both modes; findings carry no value', () => {
    for (const deterministic of [true, false]) {
      const { keyRing, redactor } = setup(deterministic)
      const result = redactor.redact(EVERY_TYPE)
      expect(new Set(result.findings.map((finding) => finding.type))).toEqual(
        new Set(['card_number', 'expiry_date', 'email', 'phone', 'iban', 'uk_nino', 'us_ssn']),
      )
      expect(JSON.stringify(result.findings)).not.toMatch(/4111|jo@|7946|WEST|123-45/)
      const back = detokenize(result.text, keyRing)
      expect(back).toEqual({ text: EVERY_TYPE, opened: result.findings.length, failed: 0 })
    }
  })

  it('is idempotent: redacting tokenized text changes nothing', () => {
    const { redactor } = setup()
    const once = redactor.redact(EVERY_TYPE).text
    expect(redactor.redact(once).text).toBe(once)
  })

  it('stream == batch at every chunking (deterministic), and the output detokenizes to the input', () => {
    const { keyRing, redactor } = setup()
    const batch = redactor.redact(EVERY_TYPE).text
    expect(streamChunks(redactor, oneCharAtATime(EVERY_TYPE)).outputs.join('')).toBe(batch)
    fc.assert(
      fc.property(cutsArbitrary(EVERY_TYPE.length), (cuts) => {
        const streamed = streamChunks(redactor, splitAt(EVERY_TYPE, cuts)).outputs.join('')
        expect(streamed).toBe(batch)
        expect(detokenize(streamed, keyRing).text).toBe(EVERY_TYPE)
      }),
      { numRuns: 50 },
    )
  })

  it('randomized stream output detokenizes to the input at any chunking (property over cards)', () => {
    const { keyRing, redactor } = setup(false)
    fc.assert(
      fc.property(formattedPanArbitrary(), fc.array(fc.nat({ max: 60 }), { maxLength: 6 }), (pan, cuts) => {
        const text = `pay ${pan.text} now`
        const streamed = streamChunks(redactor, splitAt(text, cuts)).outputs.join('')
        const back = detokenize(streamed, keyRing)
        // Compare digits as ASCII: tokens write ASCII digits whatever script the PAN was typed in.
        expect(back.failed).toBe(0)
        expect(back.text.includes(pan.digits) || back.text.replace(/\D/g, '').includes(pan.digits)).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('conversation(): every message detokenizes to what was sent', () => {
    const { keyRing, redactor } = setup()
    const chat = redactor.conversation()
    const sent = ['hi, my card is 5555 5555 5555 4444', 'exp 11/28 and mail jo@example.com', 'thanks']
    const texts: string[] = []
    for (const text of sent) {
      const result = chat.add({ sender: 'customer', text })
      texts[result.index] = result.text
      for (const amendment of result.amendments) texts[amendment.index] = amendment.text
    }
    for (const amendment of chat.settle()) texts[amendment.index] = amendment.text
    expect(texts.join('\n').includes('5555 5555 5555 4444')).toBe(false)
    expect(texts.map((text) => detokenize(text, keyRing).text)).toEqual(sent)
  })

  it('after forget, no token of that scope opens and other scopes still do', () => {
    const keyRing = createMemoryKeyRing()
    const first = createRedactor({ policies: tokenPolicies({ keyRing, scope: 'a' }) }).redact(EVERY_TYPE)
    const second = createRedactor({ policies: tokenPolicies({ keyRing, scope: 'b' }) }).redact(EVERY_TYPE)
    expect(first.text).not.toBe(second.text)
    expect(keyRing.deleteKey('a')).toBe(1)
    expect(detokenize(first.text, keyRing)).toEqual({ text: first.text, opened: 0, failed: first.findings.length })
    expect(detokenize(second.text, keyRing).text).toBe(EVERY_TYPE)
    expect(detokenize(`${first.text} ${second.text}`, keyRing)).toEqual({
      text: `${first.text} ${EVERY_TYPE}`,
      opened: second.findings.length,
      failed: first.findings.length,
    })
  })

  it('detokenize leaves text that is not a token alone, and opens rotated keys', () => {
    const keyRing = createMemoryKeyRing()
    const redactor = createRedactor({ policies: tokenPolicies({ keyRing, scope: 's' }) })
    const old = redactor.redact('mail jo@example.com').text
    keyRing.rotate('s')
    const fresh = redactor.redact('mail jo@example.com').text
    expect(fresh).not.toBe(old)
    expect(detokenize(`${old} ${fresh} [email:x] [a:b:c] [`, keyRing).text).toBe('mail jo@example.com mail jo@example.com [email:x] [a:b:c] [')
  })
})
