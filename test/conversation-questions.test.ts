import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor, type ChatMessage } from '../src/index.js'
import { CARD_DETAILS_PHRASES, CVV_KEYWORD_PHRASES, EXPIRY_KEYWORD_PHRASES } from '../src/data/context-keywords.js'
import { ANSWER_WINDOW_MESSAGES } from '../src/data/limits.js'
import { cutsArbitrary, splitAt } from './helpers/chunking.js'
import { completeWithLuhn } from './helpers/cards.js'
import { FIXED_NOW } from './helpers/chat-text.js'

const redactor = createRedactor({ now: FIXED_NOW })

/** Plays `messages` through one conversation and returns the final text of each, amendments applied. */
function finalTexts(messages: readonly ChatMessage[]): string[] {
  const chat = redactor.conversation()
  const shown: string[] = []
  for (const message of messages) {
    const result = chat.add(message)
    shown[result.index] = result.text
    for (const amendment of result.amendments) shown[amendment.index] = amendment.text
  }
  for (const amendment of chat.settle()) shown[amendment.index] = amendment.text
  return shown
}

const customer = (text: string): ChatMessage => ({ sender: 'customer', text })
const agent = (text: string): ChatMessage => ({ sender: 'agent', text })

describe('conversation(): the other party asking for card data makes the answer card data', () => {
  it.each([
    ['the security code', 'thanks, what is the security code on the back?', "it's 123", "it's ***"],
    ['a bare code after thanks', 'thanks! and the 3 digits on the back?', '123', '***'],
    ['the CVV, spelled out', 'Can you give me the CVV please', '1 2 3', '* * *'],
    ['the expiry', 'expiry?', '12/29', '**/**'],
    ['the expiry as MMYY', 'and the expiry date?', '1229', '****'],
    ['the expiry with a space', 'when does it expire?', '12 29', '** **'],
    ['expiry and code together', 'can I have the expiry date and cvv?', 'sure 12/29 and 123', 'sure **/** and ***'],
    ['the card details', 'can I take your card details?', '12/29 123', '**/** ***'],
  ])('%s', (_name, question, answer, expected) => {
    const shown = finalTexts([customer('card is 4111 1111 1111 1111'), agent(question), customer(answer)])
    expect(shown[0]).toBe('card is **** **** **** 1111')
    expect(shown[2]).toBe(expected)
  })

  it('a card number of an unlisted scheme, asked for, is a card (fail closed)', () => {
    const unlisted = completeWithLuhn('700012345678901')
    const shown = finalTexts([agent('What is the long number on your card?'), customer(unlisted)])
    expect(shown[1]).toBe(`************${unlisted.slice(-4)}`)
  })

  it('questions that ask for something else leave numbers alone', () => {
    expect(finalTexts([agent('what is your order number?'), customer('123456')])[1]).toBe('123456')
    expect(finalTexts([agent("what's the postcode?"), customer('123')])[1]).toBe('123')
    expect(finalTexts([agent('how many nights?'), customer('12 29')])[1]).toBe('12 29')
  })

  it('the window closes after a bounded number of messages, or when the asker moves on', () => {
    const fillers = Array.from({ length: ANSWER_WINDOW_MESSAGES }, () => customer('one sec'))
    expect(finalTexts([agent('security code?'), ...fillers, customer('123')]).at(-1)).toBe('123')
    expect(finalTexts([agent('security code?'), customer('one sec'), customer('123')]).at(-1)).toBe('***')
    expect(finalTexts([agent('security code?'), agent('actually, which room are you in?'), customer('123')]).at(-1)).toBe('123')
  })

  it('a message that carries its own card data asks nothing: the agent after it is not an answer', () => {
    expect(finalTexts([customer('my cvv is 737'), agent('order 123 is on its way')])[1]).toBe('order 123 is on its way')
  })

  it('a typing preview of the answer never shows the code', () => {
    const chat = redactor.conversation()
    chat.add(agent('what is the security code?'))
    let draft = ''
    for (const key of "it's 123 ok") {
      draft += key
      expect(chat.preview(customer(draft))).not.toMatch(/\d/)
    }
  })
})

/** A 3-digit code with no digit in common with the rest of the message. */
const codeArbitrary = fc.stringMatching(/^[1-9][0-9]{2}$/)

const casing = (phrase: string, upper: boolean): string => (upper ? phrase.toUpperCase() : phrase)

describe('conversation(): answers to card questions, generated', () => {
  const questionTemplates = ['what is the {}?', 'can you give me the {} please', 'and the {}?', '{}?', 'I need your {} to continue']
  const cvvAnswers = ['{}', "it's {}", 'sure, {}', 'the code is {}', '{} thanks', 'ok {}']

  it('any CVV question phrase × any answer form: the code is never shown, in any version', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CVV_KEYWORD_PHRASES, ...CARD_DETAILS_PHRASES),
        fc.constantFrom(...questionTemplates),
        fc.constantFrom(...cvvAnswers),
        fc.boolean(),
        codeArbitrary,
        (phrase, template, answer, upper, code) => {
          const chat = redactor.conversation()
          const versions: string[] = []
          const record = (result: ReturnType<typeof chat.add>) => {
            versions.push(result.text, ...result.amendments.map((amendment) => amendment.text))
          }
          record(chat.add(agent(template.replace('{}', casing(phrase, upper)))))
          record(chat.add(customer(answer.replace('{}', code))))
          versions.push(...chat.settle().map((amendment) => amendment.text))
          // Print nothing of the code on failure: only whether it showed.
          expect(versions.some((version) => version.includes(code))).toBe(false)
        },
      ),
    )
  })

  it('any expiry question phrase × the ways an expiry is answered: the date is never shown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXPIRY_KEYWORD_PHRASES),
        fc.constantFrom(...questionTemplates),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 27, max: 35 }),
        fc.constantFrom('{m}/{y}', '{m}{y}', '{m} {y}', "it's {m}/{y}", '{m}-{y}', '{m}/20{y}'),
        (phrase, template, month, year, form) => {
          const mm = String(month).padStart(2, '0')
          const shown = finalTexts([agent(template.replace('{}', phrase)), customer(form.replace('{m}', mm).replace('{y}', String(year)))])
          expect(/\d/.test(shown[1] as string)).toBe(false)
        },
      ),
    )
  })
})

describe('conversation(): a question from the other party starts a new number', () => {
  it.each([
    ['a CVV stays masked when the next answer comes', [customer('card number 4111 1111 1111 1111'), agent('what is the security code?'), customer('123'), agent('what is your order number?'), customer('119190')], ['card number **** **** **** 1111', 'what is the security code?', '***', 'what is your order number?', '119190']],
    ['a spaced CVV does not join the card', [customer('card number 4111 1111 1111 1111'), agent('what is the security code?'), customer('1 0 2')], ['card number **** **** **** 1111', 'what is the security code?', '* * *']],
    ['a harmless answer after a card stays', [customer('card 4111 1111 1111 1111, thanks'), agent('what is your room number?'), customer('100')], ['card **** **** **** 1111, thanks', 'what is your room number?', '100']],
    // 16 digits may be the first 16 of 19: "and the rest?" would ask for them, so the answer joins (fail closed).
    ['an answer right after a card that may still grow is masked', [customer('card 4111 1111 1111 1111'), agent('what is your room number?'), customer('100')], ['card **** **** **** 1111', 'what is your room number?', '***']],
    ['half a card, then "and the rest?"', [customer('its 4111 1111'), agent('got it, and the rest?'), customer('1111 1111')], ['its **** ****', 'got it, and the rest?', '**** 1111']],
    ['an acknowledgement without a question still joins a split card', [customer('card 4111 1111'), agent('go on'), customer('1111 1111')], ['card **** ****', 'go on', '**** 1111']],
    ['a question that names only the card asks for its expiry too', [agent('Wann läuft die Karte ab?'), customer('07/29')], ['Wann läuft die Karte ab?', '**/**']],
  ])('%s', (_name, messages, expected) => {
    expect(finalTexts(messages)).toEqual(expected)
  })

  it('after any question, any later answer of digits is read on its own (generated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('what is your room number?', 'how many guests?', 'and the order number?', 'which postcode?'),
        fc.stringMatching(/^[1-9][0-9]{0,5}$/),
        (question, answer) => {
          const shown = finalTexts([customer('card 4111 1111 1111 1111 thanks'), agent(question), customer(answer)])
          expect(shown[0]).toBe('card **** **** **** 1111 thanks')
          // Six digits or fewer after a card are no card digits and, asked for nothing, no code.
          expect(shown[2]).toBe(answer)
        },
      ),
    )
  })
})

describe('answering: the option of redact() and stream()', () => {
  it('redact(text, { answering }) masks a bare answer; without it the text passes', () => {
    expect(redactor.redact("it's 123").text).toBe("it's 123")
    expect(redactor.redact("it's 123", { answering: ['cvv'] }).text).toBe("it's ***")
    expect(redactor.redact('12 29', { answering: ['expiry_date'] }).text).toBe('** **')
    // ISO/IEC 7812 gives 7 to the petroleum industry: no card scheme in the table starts with it.
    const unlisted = completeWithLuhn('700012345678901')
    expect(redactor.redact(unlisted).findings).toEqual([])
    expect(redactor.redact(unlisted, { answering: ['card_number'] }).findings[0]?.reason).toBe('luhn+context')
    expect(redactor.redact(`card number ${unlisted}`).findings[0]?.reason).toBe('luhn+context')
  })

  it('rejects what it does not know, naming the field', () => {
    const error = (() => {
      try {
        redactor.redact('x', { answering: ['cvc' as never] })
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(ChatmaskError)
    expect((error as ChatmaskError).path).toBe('answering.0')
    expect(() => redactor.stream({ answering: 'cvv' as never })).toThrow(/answering must be an array/)
  })

  it('stream({ answering }) equals redact(text, { answering }) for every chunking', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("it's 123", '1 2 3', 'exp 12 29 and 737', '12/29 then 123', 'room 12, 2 people'),
        fc.subarray(['card_number', 'expiry_date', 'cvv'] as const, { minLength: 1 }),
        cutsArbitrary(24),
        (text, answering, cuts) => {
          const stream = redactor.stream({ answering })
          let output = ''
          for (const chunk of splitAt(text, cuts)) output += stream.write(chunk)
          output += stream.end()
          expect(output).toBe(redactor.redact(text, { answering }).text)
        },
      ),
    )
  })
})
