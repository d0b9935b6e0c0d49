import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor } from '../src/pci.js'
import { joinerBetween } from '../src/conversation.js'
import { formattedPanArbitrary, safeTextArbitrary } from './helpers/cards.js'
import { FIXED_NOW, digitsOf } from './helpers/chat-text.js'

const redactor = createRedactor({ now: FIXED_NOW })

/** Plays messages through a conversation, applying amendments; records every version ever shown. */
function play(messages: readonly { sender: string; text: string }[]) {
  const chat = redactor.conversation()
  const shown: string[] = []
  const versions: string[] = []
  for (const message of messages) {
    const result = chat.add(message)
    shown[result.index] = result.text
    versions.push(result.text)
    for (const amendment of result.amendments) {
      shown[amendment.index] = amendment.text
      versions.push(amendment.text)
    }
  }
  for (const amendment of chat.settle()) {
    shown[amendment.index] = amendment.text
    versions.push(amendment.text)
  }
  return { shown, versions }
}

describe('conversation(): worked examples', () => {
  it('a card split across two messages is masked in both; its last four show once it cannot grow', () => {
    const chat = redactor.conversation()
    const first = chat.add({ sender: 'customer', text: "it's 5425 2334" })
    expect(first.text).toBe("it's **** ****")
    // Still held: a 19-digit card could go on, and then "9903" would be middle digits.
    const second = chat.add({ sender: 'customer', text: '3010 9903' })
    expect(second.text).toBe('**** ****')
    expect(second.amendments).toEqual([])
    const third = chat.add({ sender: 'customer', text: 'thanks' })
    // The finding is reported in the message where the card starts.
    expect(third.amendments).toEqual([
      { index: 0, text: "it's **** ****", findings: [{ type: 'card_number', start: 5, end: 14, brand: 'mastercard', reason: 'luhn+iin' }] },
      { index: 1, text: '**** 9903', findings: [] },
    ])
    expect(chat.settle()).toEqual([])
  })

  it('an agent message in between does not break the customer thread', () => {
    const { shown } = play([
      { sender: 'customer', text: 'card 4111 1111' },
      { sender: 'agent', text: 'go on' },
      { sender: 'customer', text: '1111 1111' },
    ])
    expect(shown).toEqual(['card **** ****', 'go on', '**** 1111'])
  })

  it('a CVV in the next message joins the card in the earlier one', () => {
    const { shown } = play([
      { sender: 'customer', text: '4111111111111111' },
      { sender: 'customer', text: '737' },
    ])
    expect(shown).toEqual(['************1111', '***'])
  })

  it('a harmless trailing number is masked provisionally and released by an amendment', () => {
    const chat = redactor.conversation()
    expect(chat.add({ sender: 'customer', text: 'room 404' }).text).toBe('room ***')
    const next = chat.add({ sender: 'customer', text: 'thanks!' })
    expect(next.text).toBe('thanks!')
    expect(next.amendments).toEqual([{ index: 0, text: 'room 404', findings: [] }])
  })

  it('settle() releases what is still held', () => {
    const chat = redactor.conversation()
    chat.add({ sender: 'agent', text: 'order 12345' })
    expect(chat.settle()).toEqual([{ index: 0, text: 'order 12345', findings: [] }])
    expect(() => chat.add({ sender: 'agent', text: 'x' })).toThrow(ChatmaskError)
  })

  it('reports findings relative to the message they start in', () => {
    const chat = redactor.conversation()
    chat.add({ sender: 'c', text: 'hello' })
    const result = chat.add({ sender: 'c', text: 'pay 4111111111111111 now' })
    expect(result.findings).toEqual([{ type: 'card_number', start: 4, end: 20, brand: 'visa', reason: 'luhn+iin' }])
  })
})

describe('conversation(): properties', () => {
  const chatText = fc
    .tuple(safeTextArbitrary(), formattedPanArbitrary(), fc.constantFrom('', ' exp 11/28', ' 123', ' cvv 737'), safeTextArbitrary())
    .map(([before, card, tail, after]) => ({ text: `${before} ${card.text}${tail} ${after}` }))

  it('split into 2–3 messages at any points, amendments applied give the batch redaction of the joined text', () => {
    fc.assert(
      fc.property(chatText, fc.nat(), fc.nat(), ({ text }, a, b) => {
        // Split at whitespace so that joining with one space restores the text.
        const spaces = [...text.matchAll(/ /g)].map((match) => match.index)
        const cuts = [...new Set([spaces[a % Math.max(1, spaces.length)], spaces[b % Math.max(1, spaces.length)]])]
          .filter((cut): cut is number => cut !== undefined)
          .sort((x, y) => x - y)
        const messages: string[] = []
        let previous = 0
        for (const cut of cuts) {
          messages.push(text.slice(previous, cut))
          previous = cut + 1
        }
        messages.push(text.slice(previous))
        const { shown } = play(messages.map((message) => ({ sender: 'customer', text: message })))
        let joined = ''
        let shownJoined = ''
        let last = ''
        messages.forEach((message, index) => {
          const joiner = joinerBetween(last, message)
          joined += joiner + message
          shownJoined += joiner + (shown[index] ?? '')
          if (message !== '') last = message
        })
        expect(shownJoined).toBe(redactor.redact(joined).text)
      }),
    )
  })

  it('leak budget: no version of any message shows a card digit beyond its last four, however the messages split', () => {
    const cardText = fc
      .tuple(safeTextArbitrary(), formattedPanArbitrary(), safeTextArbitrary())
      .map(([before, card, after]) => ({ text: `${before} ${card.text} ${after}`, card }))
    fc.assert(
      fc.property(cardText, fc.integer({ min: 1, max: 40 }), ({ text, card }, pieces) => {
        // Any split, even inside a digit group, as a customer hitting enter mid-number would.
        const size = Math.max(1, Math.ceil(text.length / pieces))
        const messages: { sender: string; text: string }[] = []
        for (let index = 0; index < text.length; index += size) messages.push({ sender: 'customer', text: text.slice(index, index + size) })
        const { shown, versions } = play(messages)
        const lastFour = card.digits.slice(-4)
        for (const version of versions) expect(lastFour).toContain(digitsOf(version))
        // Every digit left in the final texts is one of the last four, in order.
        expect(lastFour.endsWith(shown.map(digitsOf).join(''))).toBe(true)
      }),
    )
  })
})

describe('conversation(): typing previews', () => {
  it('a draft continuing a card from an earlier message previews masked', () => {
    const chat = redactor.conversation()
    chat.add({ sender: 'customer', text: 'my card is 5555 5555' })
    expect(chat.preview({ sender: 'customer', text: '5555 44' })).toBe('**** **')
    expect(chat.preview({ sender: 'customer', text: '5555 4444' })).toBe('**** ****')
    expect(chat.preview({ sender: 'customer', text: '5555 4444 t' })).toBe('**** 4444 t')
    expect(chat.preview({ sender: 'customer', text: '5555 4444 thanks' })).toBe('**** 4444 thanks')
    // Previews change nothing: sending the draft gives the same text.
    expect(chat.add({ sender: 'customer', text: '5555 4444 thanks' }).text).toBe('**** 4444 thanks')
  })

  it('leak budget: every keystroke preview of a card typed after an earlier fragment shows at most its last four', () => {
    fc.assert(
      fc.property(formattedPanArbitrary(), fc.nat(), (card, at) => {
        const cut = 1 + (at % Math.max(1, card.text.length - 1))
        const chat = redactor.conversation()
        const first = chat.add({ sender: 'customer', text: card.text.slice(0, cut) })
        expect(card.digits.slice(-4)).toContain(digitsOf(first.text))
        const rest = card.text.slice(cut) + ' ok'
        for (let typed = 1; typed <= rest.length; typed++) {
          const preview = chat.preview({ sender: 'customer', text: rest.slice(0, typed) })
          expect(card.digits.slice(-4)).toContain(digitsOf(preview))
        }
      }),
    )
  })

  it('findings of a message settled later are reported in an amendment', () => {
    const chat = redactor.conversation()
    chat.add({ sender: 'c', text: 'card 4111 1111 1111 1111' })
    const next = chat.add({ sender: 'c', text: 'thanks' })
    expect(next.amendments).toEqual([
      { index: 0, text: 'card **** **** **** 1111', findings: [{ type: 'card_number', start: 5, end: 24, brand: 'visa', reason: 'luhn+iin' }] },
    ])
  })
})

describe('conversation(): amendments only when something changed', () => {
  it('a message emptied by a remove policy is not amended again and again', () => {
    const chat = createRedactor({ now: FIXED_NOW, policies: { cvv: { action: 'remove' } } }).conversation()
    chat.add({ sender: 'c', text: 'cvv 123' })
    chat.add({ sender: 'c', text: 'x' })
    expect(chat.add({ sender: 'c', text: 'y' }).amendments).toEqual([])
  })
})
