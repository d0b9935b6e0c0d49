import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asciiDigitsOf, digitValue } from '../../bench/eval/digits.js'
import { evaluate } from '../../bench/eval/evaluate.js'
import { DECORATED_DIGIT_WRITERS } from '../../bench/eval/families/cards.js'
import { generateEvalSet } from '../../bench/eval/generate.js'
import { compose, type EvalMessage } from '../../bench/eval/labels.js'
import { replayedPeer } from '../../bench/eval/peer-replay.js'
import { textsToRedact, typedPrefixes } from '../../bench/eval/peer-texts.js'
import { conversationHidden, judgeMessage } from '../../bench/eval/score.js'
import { DIGIT_RANGES } from '../../src/data/unicode-digits.js'

const digitsArbitrary = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 19 })

describe('digits as scoring reads them', () => {
  it.each(Object.entries(DECORATED_DIGIT_WRITERS))('reads %s back as the digits written', (_name, write) => {
    fc.assert(fc.property(digitsArbitrary, (digits) => asciiDigitsOf(write(digits)) === digits))
  })

  it('agrees with chatmask’s own digit table on every code point it lists (an independent reading of the same Unicode data)', () => {
    for (const [first, last, value] of DIGIT_RANGES) {
      for (let codePoint = first; codePoint <= last; codePoint++) expect(digitValue(codePoint), codePoint.toString(16)).toBe(value + codePoint - first)
    }
  })

  it('reads no digit in letters, punctuation or emoji', () => {
    expect(asciiDigitsOf('card ⓐ ½ Ⅻ 💳 ¼ x² is')).toBe('2')
  })
})

describe('scoring details', () => {
  const expiry = (text: string, monthWord: string): EvalMessage => compose(['exp ', { text, label: { type: 'expiry_date', digits: asciiDigitsOf(text), monthWord } }])

  it('counts a month name left visible as a leak of the expiry date, in place or not', () => {
    const message = expiry('Dec 2029', 'Dec')
    expect(judgeMessage(message, 'exp *** ****', 'all', undefined).hidden).toBe(true)
    expect(judgeMessage(message, 'exp Dec ****', 'all', undefined).hidden).toBe(false)
    expect(judgeMessage(message, 'exp [DATE]', 'all', undefined).hidden).toBe(true)
    expect(judgeMessage(message, 'exp Dec [YEAR]', 'all', undefined).hidden).toBe(false)
  })

  it('reads a digit above U+FFFF left in place as visible', () => {
    const bold = DECORATED_DIGIT_WRITERS['mathematical bold (U+1D7CE)']?.('123') ?? ''
    const message = compose(['cvv ', { text: bold, label: { type: 'cvv', digits: '123' } }])
    expect(judgeMessage(message, message.text, 'all', undefined).hidden).toBe(false)
    expect(judgeMessage(message, 'cvv ******', 'all', undefined).hidden).toBe(true)
    expect(judgeMessage(message, `cvv **${bold.slice(2)}`, 'all', undefined).hidden).toBe(false)
  })

  it('judges a flow by every version of its answer', () => {
    const messages = [compose(['security code?'], 'agent'), compose([{ text: '123', label: { type: 'cvv', digits: '123' } }])]
    expect(conversationHidden(messages, [['security code?'], ['***']], undefined)).toBe(true)
    expect(conversationHidden(messages, [['security code?'], ['***', '123']], undefined)).toBe(false)
    // A placeholder that changes the length: string mode.
    expect(conversationHidden(messages, [['security code?'], ['[CVV]']], undefined)).toBe(true)
  })
})

describe('peers replayed from their own process', () => {
  const set = generateEvalSet({ seed: 11, scale: 0.02 })
  const texts = textsToRedact(set, ['hello there'])

  it('asks the peer for every text the evaluation looks up, each once', async () => {
    expect(new Set(texts).size).toBe(texts.length)
    // An identity "peer": every output is its input, as the real child returns for a call that threw.
    const identity = replayedPeer({ ok: true, packageName: 'identity', name: 'identity', version: '0', configuration: '', outputs: texts, errors: { count: 0 }, seconds: 0 }, texts)
    const report = await evaluate(identity, set, { sample: [{ file: 'sgd_dev_test.jsonl', conversation: 'c', turn: 0, speaker: 'USER', text: 'hello there' }], full: [] }, () => undefined)
    // Nothing hidden, nothing destroyed, nothing altered: and no lookup missed (a miss would throw).
    for (const [id, tally] of report.categories) {
      if (id === 'flow_negative') expect(tally.count, id).toBe(tally.n)
      else if (!id.startsWith('negative_')) expect(tally.count, id).toBe(0)
    }
    for (const [kind, tally] of report.negatives) expect(tally.count, kind).toBe(0)
    expect(report.harmlessSample).toEqual({ n: 1, count: 0 })
  })

  it('types a draft one code point at a time', () => {
    expect(typedPrefixes('a𝟏b')).toEqual(['a', 'a𝟏', 'a𝟏b'])
  })
})
