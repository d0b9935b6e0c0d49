import { getCountries, getExampleNumber, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/examples.mobile.json'
import { describe, expect, it } from 'vitest'
import { asciiDigitsOf } from '../../bench/eval/digits.js'
import { CATEGORIES, DEFAULT_NATIONAL_REGIONS, generateEvalSet } from '../../bench/eval/generate.js'
import { EVAL_LANGUAGES } from '../../bench/eval/families/languages.js'
import { UNLISTED_BRAND, type EvalCase, type Label } from '../../bench/eval/labels.js'
import { EVAL_PHONE_REGIONS } from '../../bench/eval/redactor.js'
import { judgeMessage } from '../../bench/eval/score.js'
import { VOCABULARIES } from '../../src/data/context-keywords.js'
import { IIN_RANGES } from '../../src/data/iin-ranges.js'
import { DEFAULT_PHONE_REGIONS } from '../../src/data/phone-regions.js'
import { containsValidPan } from '../helpers/cards.js'
import { cardBrandOf, isLuhnValid, MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../../src/validators/index.js'
import { isIbanChecksumValid } from '../../src/validators/mod97.js'

// A small slice of the evaluation set: every category, a few cases each.
const SCALE = 0.04
const set = generateEvalSet({ seed: 7, scale: SCALE })
const labelled = set.flatMap((testCase) => testCase.messages.flatMap((message) => message.labels.map((label) => ({ testCase, message, label }))))
const labelsOf = (type: Label['type']) => labelled.filter(({ label }) => label.type === type)
const kindOf = (testCase: EvalCase) => CATEGORIES.find((category) => category.id === testCase.category)?.kind

/** Keywords that end in a digit ("cvv2", "CAV2"): their digit may show, scoring reads it as context. */
const KEYWORD_WITH_DIGIT = /(?<![\p{L}\p{N}])\p{L}+2(?![\p{L}\p{N}])/gu

describe('evaluation set generator', () => {
  it('covers every category and is deterministic for a seed', () => {
    for (const category of CATEGORIES) expect(set.some((testCase) => testCase.category === category.id), category.id).toBe(true)
    expect(JSON.stringify(generateEvalSet({ seed: 7, scale: SCALE }))).toBe(JSON.stringify(set))
    expect(JSON.stringify(generateEvalSet({ seed: 8, scale: SCALE }))).not.toBe(JSON.stringify(set))
  })

  it('labels exactly the digits of their span', () => {
    for (const { message, label } of labelled) {
      expect(label.start).toBeGreaterThanOrEqual(0)
      expect(label.end).toBeLessThanOrEqual(message.text.length)
      expect(asciiDigitsOf(message.text.slice(label.start, label.end))).toBe(label.digits)
      if (label.monthWord !== undefined) expect(message.text.slice(label.start, label.end).startsWith(label.monthWord)).toBe(true)
    }
  })

  it('keeps the text around labels digit-free (but for keywords such as cvv2), as black-box scoring needs', () => {
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
        expect(asciiDigitsOf(outside.replace(KEYWORD_WITH_DIGIT, '')), `${testCase.id}: ${outside.length} characters outside the labels`).toBe('')
      }
    }
  })

  it('labels only Luhn-valid PANs, of a listed brand or (in card context) of none, and split parts add up to the PAN', () => {
    const cards = labelsOf('card_number')
    expect(cards.length).toBeGreaterThan(0)
    for (const { label } of cards) {
      const card = label.card
      expect(card).toBeDefined()
      if (card === undefined) continue
      expect(isLuhnValid(card.pan)).toBe(true)
      expect(card.pan.length).toBeGreaterThanOrEqual(MIN_PAN_DIGITS)
      expect(card.pan.length).toBeLessThanOrEqual(MAX_PAN_DIGITS)
      expect(cardBrandOf(card.pan)).toBe(card.brand === UNLISTED_BRAND ? undefined : card.brand)
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
      expect(label.countryCode === undefined ? isValidPhoneNumber(text, region) : isValidPhoneNumber(text), `${testCase.id} (${region})`).toBe(true)
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

  it('makes card-shaped negatives and phone false-positive shapes that hold no valid PAN', () => {
    const ids = ['negative_card_shaped_reference', 'negative_serial_number', 'negative_tracking_usps']
    for (const id of ids) {
      const negatives = set.filter((testCase) => testCase.category === id)
      expect(negatives.length, id).toBeGreaterThan(0)
      for (const testCase of negatives) {
        const message = testCase.messages[0]
        const span = message?.negatives[0]
        expect(span).toBeDefined()
        if (message === undefined || span === undefined) continue
        expect(containsValidPan(asciiDigitsOf(message.text.slice(span.start, span.end))), testCase.id).toBe(false)
      }
    }
  })
})

describe('the families of issue 12', () => {
  it('draws a card from every row and length of the issuer table that owns one', () => {
    const rows = generateEvalSet({ seed: 7, only: ['card_issuer_rows'] })
    const lengthsByBrand = new Map<string, Set<number>>()
    for (const testCase of rows) for (const label of testCase.messages[0]?.labels ?? []) lengthsByBrand.set(label.card?.brand ?? '', (lengthsByBrand.get(label.card?.brand ?? '') ?? new Set()).add(label.digits.length))
    for (const range of IIN_RANGES) expect(lengthsByBrand.has(range.brand), range.brand).toBe(true)
    for (const [brand, lengths] of lengthsByBrand) {
      const issued = new Set(IIN_RANGES.filter((range) => range.brand === brand).flatMap((range) => range.lengths))
      for (const length of lengths) expect(issued.has(length), `${brand} ${length}`).toBe(true)
    }
  })

  it('asks and answers in every language of the vocabulary tables, from the tables and from words written for the eval', () => {
    const languages = VOCABULARIES.map((vocabulary) => vocabulary.language)
    expect(EVAL_LANGUAGES.map((language) => language.language).sort()).toEqual([...languages].sort())
    const wider = generateEvalSet({ seed: 7, scale: 0.3, only: ['vocab_cvv', 'vocab_expiry', 'flow_cvv', 'flow_expiry', 'flow_details', 'flow_card_number', 'card_unlisted_context'] })
    for (const category of ['vocab_cvv', 'vocab_expiry', 'flow_cvv', 'card_unlisted_context']) {
      const cases = wider.filter((testCase) => testCase.category === category)
      for (const language of languages) expect(cases.some((testCase) => testCase.facets.language === language), `${category} ${language}`).toBe(true)
      const sourceFacet = category.startsWith('flow') ? 'question' : 'source'
      expect(new Set(cases.map((testCase) => testCase.facets[sourceFacet])).size, category).toBe(2)
    }
  })

  it('puts the agent question before the answer, and the answer in the customer message', () => {
    for (const testCase of set.filter((candidate) => candidate.category.startsWith('flow_'))) {
      const answer = testCase.messages.at(-1)
      expect(answer?.sender).toBe('customer')
      expect(testCase.messages.at(-2)?.sender === 'agent' || testCase.messages.at(-3)?.sender === 'agent').toBe(true)
      if (kindOf(testCase) === 'flow_negative') {
        expect(answer?.labels).toEqual([])
        expect(answer?.negatives.length).toBe(1)
      } else {
        expect(answer?.labels.length).toBeGreaterThan(0)
      }
      for (const message of testCase.messages) if (message.sender === 'agent') expect(message.labels).toEqual([])
    }
  })

  it('draws phones from libphonenumber: every default region nationally, every region with an example internationally', () => {
    expect(DEFAULT_NATIONAL_REGIONS).toEqual(DEFAULT_PHONE_REGIONS)
    expect(EVAL_PHONE_REGIONS.slice(0, DEFAULT_PHONE_REGIONS.length)).toEqual(DEFAULT_PHONE_REGIONS)
    const phones = generateEvalSet({ seed: 7, only: ['phone_examples_default_regions', 'phone_examples_every_region'] })
    const national = new Set(phones.filter((testCase) => testCase.category === 'phone_examples_default_regions').map((testCase) => testCase.facets.region))
    expect([...national].sort()).toEqual([...DEFAULT_PHONE_REGIONS].sort())
    const international = new Set(phones.filter((testCase) => testCase.category === 'phone_examples_every_region').map((testCase) => testCase.facets.region))
    const withExample = getCountries().filter((region) => (getExampleNumber(region, examples)?.nationalNumber.length ?? 0) >= 7)
    expect([...international].sort()).toEqual(withExample.sort())
  })
})

describe('black-box scoring on the generated set', () => {
  /** A reference redactor: masks every labelled digit (and month name) in place, keeping a card's last four. */
  function idealMask(testCase: EvalCase, index: number): string {
    const message = testCase.messages[index]
    if (message === undefined) return ''
    // UTF-16 code units, as label offsets are; a digit above U+FFFF becomes two asterisks.
    const out = message.text.split('')
    for (const label of message.labels) {
      let digitIndex = label.card?.firstDigit ?? 0
      const panLength = label.card?.pan.length ?? 0
      for (let position = label.start; position < label.end; ) {
        const character = String.fromCodePoint(message.text.codePointAt(position) ?? 0)
        if (asciiDigitsOf(character) !== '') {
          const keep = label.type === 'card_number' && digitIndex >= panLength - 4
          if (!keep) for (let unit = 0; unit < character.length; unit++) out[position + unit] = '*'
          digitIndex++
        }
        position += character.length
      }
      if (label.type === 'email') for (let position = label.start; position < label.end; position++) out[position] = '*'
      if (label.monthWord !== undefined) for (let position = label.start; position < label.start + label.monthWord.length; position++) out[position] = '*'
    }
    return out.join('')
  }

  it('judges a perfect mask hidden and an unchanged text not hidden', () => {
    for (const testCase of set.filter((candidate) => kindOf(candidate) === 'positive')) {
      const message = testCase.messages[0]
      if (message === undefined) continue
      expect(judgeMessage(message, idealMask(testCase, 0), 'all', undefined).hidden, testCase.id).toBe(true)
      expect(judgeMessage(message, message.text, 'all', undefined).hidden, testCase.id).toBe(false)
    }
  })

  it('judges a placeholder that replaces the value hidden, and a harmless number kept intact as not destroyed', () => {
    for (const testCase of set.filter((candidate) => candidate.category.startsWith('card') || candidate.category.startsWith('negative_'))) {
      const message = testCase.messages[0]
      if (message === undefined) continue
      let output = message.text
      for (const label of [...message.labels].sort((a, b) => b.start - a.start)) output = `${output.slice(0, label.start)}[CARD_1234]${output.slice(label.end)}`
      const judgement = judgeMessage(message, output, 'all', /\[[A-Z]+_\d+\]/g)
      if (message.labels.length > 0) expect(judgement.hidden, testCase.id).toBe(true)
      for (const negative of judgement.negatives) expect(negative.destroyed, testCase.id).toBe(false)
    }
  })
})
