/**
 * Agent/customer flows of issue 12: the agent (or a bot) asks for the CVV, the
 * expiry, the card number or "the card details" in one of the nine languages,
 * and the customer's next message answers with nothing but the value ("123",
 * "it's 123", "1 2 3", "12/29", "1229", "12 29", "sure 12/29 and 123", a card
 * of a scheme the issuer table does not list). chatmask is scored through
 * `conversation()`, which knows who sent what; a peer redacts each message on
 * its own. A flow leaks when any version of any message shows a labelled digit.
 *
 * And the other way round: the agent asks for an order number, a postcode, a
 * room or how many guests, and the customer's number must pass unchanged in
 * the final text of its message, also after a card and a CVV exchange.
 *
 * Questions come from two sources, a facet each: the phrases of chatmask's
 * vocabulary tables in each language's question frames, and whole questions
 * written for the evaluation (`languages.ts`).
 */
import fc from 'fast-check'
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { VOCABULARIES } from '../../../src/data/context-keywords.js'
import { DEFAULT_PHONE_REGIONS } from '../../../src/data/phone-regions.js'
import type { Vocabulary } from '../../../src/data/vocabulary/vocabulary.js'
import { cardPiece, cases, commonFormattedPanArbitrary, cvvPiece, digitString, expiryPiece, futureMonthArbitrary, grouped, pad, patternDigits, sample, type CategorySpec } from '../building-blocks.js'
import { asciiDigitsOf } from '../digits.js'
import { compose, type EvalCase, type EvalMessage, type FlowNegativeKind, type Piece } from '../labels.js'
import { unlistedCardPiece, unlistedPanArbitrary } from './cards.js'
import { evalLanguage, type EvalLanguage } from './languages.js'

const AGENT = 'agent'
const CUSTOMER = 'customer'

type Ask = 'cvv' | 'expiry' | 'details' | 'card'

interface Question {
  readonly text: string
  readonly source: 'vocabulary table' | 'written for the eval'
}

const digitFree = (phrase: string) => asciiDigitsOf(phrase) === ''

function framedQuestions(language: EvalLanguage, phrases: readonly string[]): Question[] {
  return phrases.filter(digitFree).flatMap((phrase) => language.questionFrames.map((frame): Question => ({ text: frame.replace('{}', phrase), source: 'vocabulary table' })))
}

/** Every question for `ask` in one language: the table's phrases in question frames, and the questions written for the eval. */
function questionsFor(vocabulary: Vocabulary, ask: Ask): Question[] {
  const language = evalLanguage(vocabulary.language)
  const written = language.questionsWritten[ask].map((text): Question => ({ text, source: 'written for the eval' }))
  switch (ask) {
    case 'cvv':
      return [...framedQuestions(language, vocabulary.cvv), ...written]
    case 'expiry':
      return [...framedQuestions(language, vocabulary.expiry), ...written]
    case 'card':
      return [...framedQuestions(language, vocabulary.card), ...written]
    case 'details': {
      // "card details", or the expiry and the code asked together ("the expiry date and cvv?").
      const pairs = vocabulary.expiry.filter(digitFree).slice(0, 4).flatMap((expiry) => vocabulary.cvv.filter(digitFree).slice(0, 4).map((cvv) => `${expiry} ${language.and} ${cvv}`))
      return [...framedQuestions(language, vocabulary.cardDetails), ...framedQuestions(language, pairs), ...written]
    }
  }
}

/** A question, each source (the tables' phrases, the questions written here) equally often. */
function questionArbitrary(questions: readonly Question[]): fc.Arbitrary<Question> {
  const bySource = [...new Set(questions.map((question) => question.source))].map((source) => fc.constantFrom(...questions.filter((question) => question.source === source)))
  return fc.oneof(...bySource)
}

/** How the conversation reaches the answer. */
type Shape = 'card, question, answer' | 'question, answer' | 'question, filler, answer'

function flowMessages(shape: Shape, language: EvalLanguage, question: string, answer: EvalMessage, card: Piece): EvalMessage[] {
  const asked = compose([question], AGENT)
  switch (shape) {
    case 'card, question, answer':
      return [compose([`${language.cardWritten[0] ?? 'card'} `, card], CUSTOMER), asked, answer]
    case 'question, answer':
      return [asked, answer]
    case 'question, filler, answer':
      return [asked, compose([language.filler], CUSTOMER), answer]
  }
}

/** The customer's answer to a question for `ask`, by answer shape. */
type Answer = (parts: { language: EvalLanguage; cvv: string; month: string; year: string; unlisted: string; listed: Piece }) => Piece[]

const ANSWERS: Readonly<Record<Ask, Readonly<Record<string, Answer>>>> = {
  cvv: {
    '123': ({ cvv }) => [cvvPiece(cvv)],
    "it's 123": ({ language, cvv }) => [language.itIs, cvvPiece(cvv)],
    '1 2 3': ({ cvv }) => [cvvPiece([...cvv].join(' '))],
    '123 thanks': ({ language, cvv }) => [cvvPiece(cvv), language.thanks],
  },
  expiry: {
    '12/29': ({ month, year }) => [expiryPiece({ text: `${month}/${year}` })],
    '1229': ({ month, year }) => [expiryPiece({ text: `${month}${year}` })],
    '12 29': ({ month, year }) => [expiryPiece({ text: `${month} ${year}` })],
    "it's 12/29": ({ language, month, year }) => [language.itIs, expiryPiece({ text: `${month}/${year}` })],
  },
  details: {
    'sure 12/29 and 123': ({ language, month, year, cvv }) => [`${language.sure} `, expiryPiece({ text: `${month}/${year}` }), ` ${language.and} `, cvvPiece(cvv)],
    '12/29 123': ({ month, year, cvv }) => [expiryPiece({ text: `${month}/${year}` }), ' ', cvvPiece(cvv)],
    '12/29, 123': ({ month, year, cvv }) => [expiryPiece({ text: `${month}/${year}` }), ', ', cvvPiece(cvv)],
    '1229 123': ({ month, year, cvv }) => [expiryPiece({ text: `${month}${year}` }), ' ', cvvPiece(cvv)],
  },
  card: {
    'unlisted scheme, contiguous': ({ unlisted }) => [unlistedCardPiece(unlisted, unlisted)],
    'unlisted scheme, groups of 4': ({ unlisted }) => [unlistedCardPiece(grouped(unlisted, 4, ' '), unlisted)],
    "it's + unlisted scheme": ({ language, unlisted }) => [language.itIs, unlistedCardPiece(unlisted, unlisted)],
    'listed scheme': ({ listed }) => [listed],
  },
}

const SHAPES_WITH_CARD: readonly Shape[] = ['card, question, answer', 'question, answer', 'question, filler, answer']
const SHAPES_WITHOUT_CARD: readonly Shape[] = ['question, answer', 'question, filler, answer']

function buildFlows(ask: Ask, id: string) {
  return (seed: number, count: number): EvalCase[] => {
    const each = Math.max(1, Math.round(count / VOCABULARIES.length))
    const messages: EvalMessage[][] = []
    const facets: Record<string, string>[] = []
    VOCABULARIES.forEach((vocabulary, index) => {
      const language = evalLanguage(vocabulary.language)
      const drawn = sample(
        fc.tuple(
          questionArbitrary(questionsFor(vocabulary, ask)),
          fc.constantFrom(...Object.keys(ANSWERS[ask])),
          fc.constantFrom(...(ask === 'card' ? SHAPES_WITHOUT_CARD : SHAPES_WITH_CARD)),
          commonFormattedPanArbitrary(),
          commonFormattedPanArbitrary(),
          futureMonthArbitrary,
          digitString(3),
          unlistedPanArbitrary,
        ),
        seed + index,
        each,
      )
      for (const [question, answerName, shape, pan, listed, { month, year }, cvv, unlisted] of drawn) {
        const answer = (ANSWERS[ask][answerName] as Answer)({ language, cvv, month: pad(month), year: pad(year % 100), unlisted, listed: cardPiece(listed) })
        messages.push(flowMessages(shape, language, question.text, compose(answer, CUSTOMER), cardPiece(pan)))
        facets.push({ language: vocabulary.language, question: question.source, answer: answerName, shape })
      }
    })
    return cases(id, messages, facets)
  }
}

// ---------------------------------------------------------------------------
// Questions for harmless numbers

const HARMLESS_ASKS: Readonly<Record<FlowNegativeKind, 'order' | 'postcode' | 'room' | 'guests'>> = {
  answer_order_number: 'order',
  answer_postcode: 'postcode',
  answer_room: 'room',
  answer_guests: 'guests',
}

/** An order number no default phone region reads as a valid number. */
const orderNumberArbitrary = fc
  .integer({ min: 6, max: 9 })
  .chain(digitString)
  .filter((digits) => !DEFAULT_PHONE_REGIONS.some((region) => isValidPhoneNumber(digits, region as CountryCode)))

function harmlessValue(kind: FlowNegativeKind, language: EvalLanguage): fc.Arbitrary<string> {
  switch (kind) {
    case 'answer_order_number':
      return orderNumberArbitrary
    case 'answer_postcode':
      return fc.constantFrom(...language.postcodeShapes).chain(patternDigits)
    case 'answer_room':
      return fc.integer({ min: 100, max: 4999 }).map(String)
    case 'answer_guests':
      return fc.integer({ min: 1, max: 12 }).map(String)
  }
}

type NegativeShape = 'question, answer' | 'card, question, answer' | 'card, CVV asked and given, question, answer'

const NEGATIVE_SHAPES: readonly NegativeShape[] = ['question, answer', 'card, question, answer', 'card, CVV asked and given, question, answer']

function buildNegativeFlows(seed: number, count: number): EvalCase[] {
  const kinds = Object.keys(HARMLESS_ASKS) as FlowNegativeKind[]
  const each = Math.max(1, Math.round(count / (VOCABULARIES.length * kinds.length)))
  const messages: EvalMessage[][] = []
  const facets: Record<string, string>[] = []
  VOCABULARIES.forEach((vocabulary, languageIndex) => {
    const language = evalLanguage(vocabulary.language)
    kinds.forEach((kind, kindIndex) => {
      const drawn = sample(
        fc.tuple(fc.constantFrom(...language.harmlessQuestions[HARMLESS_ASKS[kind]]), harmlessValue(kind, language), fc.boolean(), fc.constantFrom(...NEGATIVE_SHAPES), commonFormattedPanArbitrary(), digitString(3), fc.constantFrom(...language.questionsWritten.cvv)),
        seed + languageIndex * kinds.length + kindIndex,
        each,
      )
      for (const [question, value, withItIs, shape, pan, cvv, cvvQuestion] of drawn) {
        const answer = compose([withItIs ? language.itIs : '', { text: value, negative: kind }], CUSTOMER)
        const asked = compose([question], AGENT)
        const card = compose([`${language.cardWritten[0] ?? 'card'} `, cardPiece(pan)], CUSTOMER)
        const flow =
          shape === 'question, answer'
            ? [asked, answer]
            : shape === 'card, question, answer'
              ? [card, asked, answer]
              : [card, compose([cvvQuestion], AGENT), compose([cvvPiece(cvv)], CUSTOMER), asked, answer]
        messages.push(flow)
        facets.push({ language: vocabulary.language, asked: kind, shape })
      }
    })
  })
  return cases('flow_negative', messages, facets)
}

export const FLOW_FAMILIES: readonly CategorySpec[] = [
  { id: 'flow_cvv', title: 'Agent asks for the CVV (9 languages), customer answers (123, it’s 123, 1 2 3)', kind: 'split', count: 360, build: buildFlows('cvv', 'flow_cvv') },
  { id: 'flow_expiry', title: 'Agent asks for the expiry, customer answers (12/29, 1229, 12 29)', kind: 'split', count: 270, build: buildFlows('expiry', 'flow_expiry') },
  { id: 'flow_details', title: 'Agent asks for card details / expiry and CVV, customer answers (sure 12/29 and 123)', kind: 'split', count: 270, build: buildFlows('details', 'flow_details') },
  { id: 'flow_card_number', title: 'Agent asks for the card number, customer answers (unlisted scheme, Luhn-valid)', kind: 'split', count: 180, build: buildFlows('card', 'flow_card_number') },
  { id: 'flow_negative', title: 'Agent asks for an order number, postcode, room or guests: the answer must pass', kind: 'flow_negative', count: 360, build: buildNegativeFlows },
]
