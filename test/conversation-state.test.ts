import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor, type Amendment, type ChatMessage, type Conversation } from '../src/index.js'
import type { ConversationOptions } from '../src/conversation.js'
import { restoreConversation, saveConversation, type ConversationState } from '../src/conversation-state.js'
import { formattedPanArbitrary, validPanArbitrary } from './helpers/cards.js'
import { FIXED_NOW, chatTextArbitrary, digitsOf } from './helpers/chat-text.js'
import { piiChatTextArbitrary } from './helpers/pii.js'

const redactor = createRedactor({ now: FIXED_NOW })

/** Everything a conversation returns, in order: what a broker would write out. */
type Output = ReturnType<Conversation['add']> | readonly Amendment[]

/** Plays `messages`, restoring from JSON before each index in `cuts`. */
function play(messages: readonly ChatMessage[], cuts: ReadonlySet<number>, options?: ConversationOptions): Output[] {
  let chat = redactor.conversation(options)
  const outputs: Output[] = []
  const carryOn = () => restoreConversation(redactor, JSON.parse(JSON.stringify(saveConversation(chat))), options)
  messages.forEach((message, index) => {
    if (cuts.has(index)) chat = carryOn()
    outputs.push(chat.add(message))
  })
  if (cuts.has(messages.length)) chat = carryOn()
  outputs.push(chat.settle())
  return outputs
}

/** A card cut in two, the halves sent as two messages: the case a crashed worker must not leak. */
const splitCard = formattedPanArbitrary().chain((card) =>
  fc.integer({ min: 1, max: card.text.length - 1 }).map((cut) => [card.text.slice(0, cut), card.text.slice(cut)]),
)

const messageText = fc.oneof(
  chatTextArbitrary(),
  piiChatTextArbitrary(),
  fc.constantFrom('what is the security code on the back?', 'and the expiry?', 'your card details please', 'cvv', 'exp', 'thanks', '123', '12/27', ''),
)

const conversation = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('customer', 'agent'), messageText).map(([sender, text]) => [{ sender, text }]),
      fc.tuple(fc.constantFrom('customer', 'agent'), splitCard).map(([sender, halves]) => halves.map((text) => ({ sender, text }))),
    ),
    { maxLength: 8 },
  )
  .map((groups) => groups.flat())

describe('saveConversation() / restoreConversation()', () => {
  it('a card split across two messages, saved in between, is still masked and its amendment fires', () => {
    const first = redactor.conversation()
    expect(first.add({ sender: 'customer', text: "it's 5425 2334" }).text).toBe("it's **** ****")
    const saved: ConversationState = JSON.parse(JSON.stringify(saveConversation(first)))
    const second = restoreConversation(redactor, saved)
    expect(second.add({ sender: 'customer', text: '3010 9903' }).text).toBe('**** ****')
    const third = second.add({ sender: 'customer', text: 'thanks' })
    expect(third.index).toBe(2)
    expect(third.amendments.map((amendment) => amendment.text)).toEqual(["it's **** ****", '**** 9903'])
  })

  it('a question asked before the save still makes the answer after it a CVV', () => {
    const first = redactor.conversation()
    first.add({ sender: 'agent', text: 'what is the security code on the back?' })
    const second = restoreConversation(redactor, JSON.parse(JSON.stringify(saveConversation(first))))
    expect(second.add({ sender: 'customer', text: "it's 737" }).text).toBe("it's ***")
  })

  it('a state that is not one is rejected by field, without quoting it', () => {
    const error = (() => {
      try {
        restoreConversation(redactor, { v: 1, count: -1, question: null, threads: [] })
      } catch (thrown) {
        return thrown
      }
    })()
    expect(error).toBeInstanceOf(ChatmaskError)
    expect((error as ChatmaskError).code).toBe('INVALID_INPUT')
    expect((error as ChatmaskError).message).toContain('count')
    expect(() => restoreConversation(redactor, { v: 99 })).toThrow(ChatmaskError)
  })

  it('property: saving and restoring at any message boundaries changes no output', () => {
    fc.assert(
      fc.property(
        conversation.chain((messages) => fc.tuple(fc.constant(messages), fc.uniqueArray(fc.integer({ min: 0, max: messages.length }), { maxLength: 3 }))),
        // A small idleMessages makes senders end (and their tails release) around the cuts too.
        fc.constantFrom<ConversationOptions | undefined>(undefined, { idleMessages: 2 }),
        ([messages, cuts], options) => {
          const straight = play(messages, new Set(), options)
          const restored = play(messages, new Set(cuts), options)
          // Compared as a boolean: a failure must not print the messages (they hold card numbers).
          expect(JSON.stringify(restored) === JSON.stringify(straight)).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('property: once a card is settled, its digits are not in the saved state', () => {
    fc.assert(
      fc.property(validPanArbitrary(), fc.constantFrom(' ', '-', ''), (pan, separator) => {
        const chat = redactor.conversation()
        const grouped = pan.digits.match(/.{1,4}/g)!.join(separator)
        chat.add({ sender: 'customer', text: `card ${grouped} ok` })
        chat.add({ sender: 'customer', text: 'thanks' })
        const state = saveConversation(chat)
        const saved = JSON.stringify(state)
        const digits = digitsOf(saved)
        // Boolean assertions: never print the state, it would hold the card if the test failed.
        expect(digits.includes(pan.digits)).toBe(false)
        expect(digits.includes(pan.digits.slice(0, 8))).toBe(false)
        expect(state.threads.every((thread) => thread.holdBack.held.length === 0 || digitsOf(thread.holdBack.held) === '')).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('the last message is saved as its last character only', () => {
    const chat = redactor.conversation()
    chat.add({ sender: 'agent', text: 'a long greeting that is not needed again' })
    const [thread] = saveConversation(chat).threads
    expect(thread?.lastChar).toBe('n')
  })

  it('an ended conversation cannot be saved', () => {
    const chat = redactor.conversation()
    chat.settle()
    expect(() => saveConversation(chat)).toThrow(ChatmaskError)
  })
})
