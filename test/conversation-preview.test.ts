import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, type ChatMessage } from '../src/index.js'
import { formattedPanArbitrary } from './helpers/cards.js'
import { FIXED_NOW, chatTextArbitrary } from './helpers/chat-text.js'

const redactor = createRedactor({ now: FIXED_NOW })

/** A conversation that has seen `history`, freshly built: its preview has no state to go on from. */
function freshPreview(history: readonly ChatMessage[], draft: ChatMessage): string {
  const chat = redactor.conversation()
  for (const message of history) chat.add(message)
  return chat.preview(draft)
}

describe('conversation.preview(): a keystroke costs a keystroke', () => {
  it('previews typed key by key equal previews computed from scratch', () => {
    fc.assert(
      fc.property(
        fc.oneof(chatTextArbitrary(), formattedPanArbitrary().map((card) => `card ${card.text} exp 12/29 cvv 123`)),
        fc.constantFrom<readonly ChatMessage[]>([], [{ sender: 'customer', text: 'card 4111 1111' }], [{ sender: 'agent', text: 'what is the cvv?' }]),
        (text, history) => {
          const chat = redactor.conversation()
          for (const message of history) chat.add(message)
          let draft = ''
          for (const key of text) {
            draft += key
            const typed = chat.preview({ sender: 'customer', text: draft })
            expect(typed).toBe(freshPreview(history, { sender: 'customer', text: draft }))
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('a message sent between two previews is taken into account', () => {
    const chat = redactor.conversation()
    expect(chat.preview({ sender: 'customer', text: '123' })).toBe('***')
    chat.add({ sender: 'agent', text: 'anything else?' })
    expect(chat.preview({ sender: 'customer', text: '123 ok' })).toBe('123 ok')
  })

  it('deleting a character starts again from the thread, not from the longer draft', () => {
    const chat = redactor.conversation()
    chat.preview({ sender: 'customer', text: 'cvv 12' })
    chat.preview({ sender: 'customer', text: 'cvv 123' })
    expect(chat.preview({ sender: 'customer', text: 'cvv 12' })).toBe(freshPreview([], { sender: 'customer', text: 'cvv 12' }))
  })
})
