import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { asciiDigitsOf } from '../../bench/eval/digits.js'
import { CATEGORIES, generateEvalSet } from '../../bench/eval/generate.js'
import type { EvalCase, Label } from '../../bench/eval/labels.js'
import { judgeMessage } from '../../bench/eval/score.js'
import { containsValidPan } from '../helpers/cards.js'
import { cardBrandOf, isLuhnValid } from '../../src/validators/index.js'
import { isIbanChecksumValid } from '../../src/validators/mod97.js'

// A small slice of the evaluation set: every category, a few cases each.
const SCALE = 0.04
const set = generateEvalSet({ seed: 7, scale: SCALE })
const labelled = set.flatMap((testCase) => testCase.messages.flatMap((message) => message.labels.map((label) => ({ testCase, message, label }))))
const labelsOf = (type: Label['type']) => labelled.filter(({ label }) => label.type === type)

describe('evaluation set generator', () => {
  it('covers every category and is deterministic for a seed', () => {
    for (const category of CATEGORIES) expect(set.some((testCase) => testCase.category === category.id)).toBe(true)
    expect(JSON.stringify(generateEvalSet({ seed: 7, scale: SCALE }))).toBe(JSON.stringify(set))
    expect(JSON.stringify(generateEvalSet({ seed: 8, scale: SCALE }))).not.toBe(JSON.stringify(set))
  })

  it('labels exactly the digits of their span', () => {
    for (const { message, label } of labelled) {
      expect(label.start).toBeGreaterThanOrEqual(0)
      expect(label.end).toBeLessThanOrEqual(message.text.length)
      expect(asciiDigitsOf(message.text.slice(label.start, label.end))).toBe(label.digits)
    }
  })

  it('keeps the text around labels digit-free (but for keywords such as cvv2 in single messages), as black-box scoring needs', () => {
    for (const testCase of set) {
      for (const message of testCase.messages) {
        if (message.labels.length === 0) continue
        let outside = ''
        let position = 0
        for (const label of [...message.labels].sort((a, b) => a.start - b.start)) {
          outside += message.text.slice(position, label.start)
          position = label.end
        }
        outside += message.text.slice(position)
        const allowed = testCase.messages.length === 1 && testCase.input === 'messages' ? /\b(?:cvv|cvc)2\b/gi : undefined
        expect(asciiDigitsOf(allowed === undefined ? outside : outside.replace(allowed, '')), JSON.stringify(message.text)).toBe('')
      }
    }
  })

  it('labels only Luhn-valid PANs of a known brand, and split parts add up to the PAN', () => {
    const cards = labelsOf('card_number')
    expect(cards.length).toBeGreaterThan(0)
    for (const { label } of cards) {
      const card = label.card
      expect(card).toBeDefined()
      if (card === undefined) continue
      expect(isLuhnValid(card.pan)).toBe(true)
      expect(cardBrandOf(card.pan)).toBe(card.brand)
      expect(card.pan.slice(card.firstDigit, card.firstDigit + label.digits.length)).toBe(label.digits)
    }
    for (const testCase of set.filter((candidate) => candidate.category.startsWith('split_same') || candidate.category.startsWith('split_agent'))) {
      const parts = testCase.messages.flatMap((message) => message.labels)
      expect(parts.map((part) => part.digits).join('')).toBe(parts[0]?.card?.pan)
    }
  })

  it('labels valid phone numbers, IBANs, emails, expiry dates and CVVs', () => {
    for (const { testCase, label, message } of labelsOf('phone')) {
      const text = message.text.slice(label.start, label.end)
      const region = testCase.facets.region as CountryCode
      expect(label.countryCode === undefined ? isValidPhoneNumber(text, region) : isValidPhoneNumber(text), text).toBe(true)
    }
    for (const { label, message } of labelsOf('iban')) expect(isIbanChecksumValid(message.text.slice(label.start, label.end).replace(/ /g, ''))).toBe(true)
    for (const { label, message } of labelsOf('email')) {
      const address = message.text.slice(label.start, label.end)
      expect(label.emailIdentity !== undefined && label.emailIdentity.length >= 4 && address.startsWith(label.emailIdentity)).toBe(true)
      expect(address).toMatch(/^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/)
    }
    for (const { label } of labelsOf('expiry_date')) expect([3, 4, 6]).toContain(label.digits.length)
    for (const { label } of labelsOf('cvv')) expect([3, 4]).toContain(label.digits.length)
  })

  it('makes card-shaped negatives that hold no valid PAN', () => {
    const references = set.filter((testCase) => testCase.category === 'negative_card_shaped_reference')
    expect(references.length).toBeGreaterThan(0)
    for (const testCase of references) {
      const message = testCase.messages[0]
      const span = message?.negatives[0]
      expect(span).toBeDefined()
      if (message === undefined || span === undefined) continue
      expect(containsValidPan(message.text.slice(span.start, span.end))).toBe(false)
    }
  })
})

describe('black-box scoring on the generated set', () => {
  /** A reference redactor: masks every labelled digit in place, keeping a card's last four. */
  function idealMask(testCase: EvalCase, index: number): string {
    const message = testCase.messages[index]
    if (message === undefined) return ''
    // UTF-16 code units, as label offsets are.
    const out = message.text.split('')
    for (const label of message.labels) {
      let digitIndex = label.card?.firstDigit ?? 0
      const panLength = label.card?.pan.length ?? 0
      for (let position = label.start; position < label.end; position++) {
        if (asciiDigitsOf(message.text[position] ?? '') === '') continue
        const keep = label.type === 'card_number' && digitIndex >= panLength - 4
        if (!keep) out[position] = '*'
        digitIndex++
      }
      if (label.type === 'email') for (let position = label.start; position < label.end; position++) out[position] = '*'
    }
    return out.join('')
  }

  it('judges a perfect mask hidden and an unchanged text not hidden', () => {
    for (const testCase of set.filter((candidate) => CATEGORIES.find((category) => category.id === candidate.category)?.kind === 'positive')) {
      const message = testCase.messages[0]
      if (message === undefined) continue
      expect(judgeMessage(message, idealMask(testCase, 0), 'all', undefined).hidden, message.text).toBe(true)
      expect(judgeMessage(message, message.text, 'all', undefined).hidden, message.text).toBe(false)
    }
  })

  it('judges a placeholder that replaces the value hidden, and a harmless number kept intact as not destroyed', () => {
    for (const testCase of set.filter((candidate) => candidate.category === 'card' || candidate.category.startsWith('negative_'))) {
      const message = testCase.messages[0]
      if (message === undefined) continue
      let output = message.text
      for (const label of [...message.labels].sort((a, b) => b.start - a.start)) output = `${output.slice(0, label.start)}[CARD_1234]${output.slice(label.end)}`
      const judgement = judgeMessage(message, output, 'all', /\[[A-Z]+_\d+\]/g)
      if (message.labels.length > 0) expect(judgement.hidden).toBe(true)
      for (const negative of judgement.negatives) expect(negative.destroyed).toBe(false)
    }
  })
})
