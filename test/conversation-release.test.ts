/**
 * A Conversation releases what a sender or a finished conversation held.
 *
 * Why: a conversation keeps, per sender, the held-back tail of its joined text
 * and the messages overlapping it (about 0.65 KB). Nothing ever removed a sender,
 * so a long-lived process that routes many senders through one conversation
 * (a group chat, a support queue) grew without bound: 50,000 senders, 32 MB.
 *
 * The API these tests specify (to be implemented in `src/conversation.ts`):
 *
 * - `conversation.endSender(sender): Amendment[]` — that sender is done: its
 *   held tail is decided as final (exactly what `settle()` does for everyone),
 *   the amendments this causes are returned, and its state is released. A later
 *   message from the same sender starts afresh (it is not joined to the earlier
 *   text). Unknown sender: `[]`. After `settle()`: throws `STREAM_ENDED`.
 * - `redactor.conversation({ idleMessages })` — the bound on idle state: a
 *   sender with no message among the last `idleMessages` messages of the
 *   conversation is ended as by `endSender`; the amendments come back in the
 *   `amendments` of the `add()` that made it idle. Default
 *   `DEFAULT_IDLE_MESSAGES` (1,000, in `src/data/limits.ts`; the README names it),
 *   so live sender state is at most that many senders, whatever the traffic.
 *   Options are checked like `createRedactor()`'s (`parseConversationOptions` in
 *   `src/stream/options-check.ts`).
 * - `conversation.activeSenders: number` — how many senders' state is held.
 * - `settle()` releases every sender's state (after computing its amendments).
 *
 * These tests fail until that API exists.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, type Conversation } from '../src/index.js'
import { FIXED_NOW } from './helpers/chat-text.js'
import { chatmaskErrorOf } from './helpers/errors.js'

const redactor = createRedactor({ now: FIXED_NOW })

/** The API under test, as these tests expect it (until `Conversation`'s own types declare it). */
interface Releasing {
  endSender(sender: string): { index: number; text: string }[]
  readonly activeSenders: number
}
const releasing = (chat: Conversation): Conversation & Releasing => chat as Conversation & Releasing
const conversationWith = (options: unknown): Conversation & Releasing =>
  releasing((redactor.conversation as (options?: unknown) => Conversation)(options))

/** Final text of every message: what `add()` returned, updated by every amendment. */
function finalTexts(steps: readonly ({ sender: string; text: string } | { end: string })[], chat: Conversation & Releasing): string[] {
  const texts: string[] = []
  const apply = (amendments: readonly { index: number; text: string }[]): void => {
    for (const amendment of amendments) texts[amendment.index] = amendment.text
  }
  for (const step of steps) {
    if ('end' in step) apply(chat.endSender(step.end))
    else {
      const result = chat.add(step)
      texts[result.index] = result.text
      apply(result.amendments)
    }
  }
  apply(chat.settle())
  return texts
}

describe('Conversation.endSender()', () => {
  it('decides the sender’s held tail as settle() would, returning the amendments, and releases its state', () => {
    const chat = releasing(redactor.conversation())
    expect(chat.add({ sender: 'customer', text: 'room 404' }).text).toBe('room ***')
    chat.add({ sender: 'agent', text: 'thanks' })
    expect(chat.activeSenders).toBe(2)
    expect(chat.endSender('customer')).toEqual([{ index: 0, text: 'room 404', findings: [] }])
    expect(chat.activeSenders).toBe(1)
    expect(chat.endSender('nobody')).toEqual([])
  })

  it('a later message from the same sender starts afresh: it is not joined to the earlier text', () => {
    const chat = releasing(redactor.conversation())
    chat.add({ sender: 'customer', text: 'the number is 4111 1111' })
    chat.endSender('customer')
    // Joined, "4111 1111" + "1111 1111" would be a card; ended between, they are two numbers.
    expect(chat.add({ sender: 'customer', text: '1111 1111' }).text).toBe('**** ****')
    expect(chat.settle()).toEqual([{ index: 1, text: '1111 1111', findings: [] }])
  })

  it('is the same as ending the conversation there for that sender (any messages, any end points)', () => {
    const piece = fc.constantFrom('4111 1111', '1111 1111', 'cvv', '737', 'exp 12/29', 'room 404', 'thanks', '5555 5555 5555 4444')
    const steps = fc.array(fc.oneof(piece.map((text) => ({ sender: 'customer', text })), fc.constant({ end: 'customer' })), { maxLength: 12 })
    fc.assert(
      fc.property(steps, (script) => {
        const withEnds = finalTexts(script, releasing(redactor.conversation()))
        // Reference: a new conversation at every end point.
        const reference: string[] = []
        let segment: string[] = []
        const flush = (): void => {
          const chat = redactor.conversation()
          const texts: string[] = []
          for (const text of segment) {
            const result = chat.add({ sender: 'customer', text })
            texts[result.index] = result.text
            for (const amendment of result.amendments) texts[amendment.index] = amendment.text
          }
          for (const amendment of chat.settle()) texts[amendment.index] = amendment.text
          reference.push(...texts)
          segment = []
        }
        for (const step of script) {
          if ('end' in step) flush()
          else segment.push(step.text)
        }
        flush()
        expect(withEnds).toEqual(reference)
      }),
    )
  })

  it('throws STREAM_ENDED after settle()', () => {
    const chat = releasing(redactor.conversation())
    chat.settle()
    expect(chatmaskErrorOf(() => chat.endSender('customer')).code).toBe('STREAM_ENDED')
  })
})

describe('conversation({ idleMessages }): a bound on idle state', () => {
  it('ends a sender silent for idleMessages messages; its amendments come with the add() that idled it', () => {
    const chat = conversationWith({ idleMessages: 2 })
    chat.add({ sender: 'a', text: 'room 404' })
    chat.add({ sender: 'b', text: 'hi' })
    const third = chat.add({ sender: 'c', text: 'hello' })
    // "a" has had no message among the last 2: it is ended, and its provisional mask lifted.
    expect(third.amendments).toContainEqual({ index: 0, text: 'room 404', findings: [] })
    expect(chat.activeSenders).toBe(2)
  })

  it('keeps live state bounded by idleMessages whatever the number of senders', () => {
    const chat = conversationWith({ idleMessages: 100 })
    for (let index = 0; index < 5000; index++) {
      chat.add({ sender: `visitor-${index}`, text: `order ${index} please` })
      expect(chat.activeSenders).toBeLessThanOrEqual(100)
    }
  })

  it('has a default bound: 50,000 senders never hold more than the default number of senders’ state', () => {
    const chat = releasing(redactor.conversation())
    let most = 0
    for (let index = 0; index < 50_000; index++) {
      chat.add({ sender: `visitor-${index}`, text: 'hi' })
      most = Math.max(most, chat.activeSenders)
    }
    expect(most).toBeLessThanOrEqual(1000)
  })

  it('changes nothing while no sender is idle that long (the same texts as without the option)', () => {
    const message = fc.record({ sender: fc.constantFrom('customer', 'agent'), text: fc.constantFrom('4111 1111', '1111 1111', 'cvv', '737', 'what is the cvv?', 'room 404') })
    fc.assert(
      fc.property(fc.array(message, { maxLength: 20 }), (messages) => {
        expect(finalTexts(messages, conversationWith({ idleMessages: 50 }))).toEqual(finalTexts(messages, releasing(redactor.conversation())))
      }),
    )
  })

  it('is checked like createRedactor() options', () => {
    for (const bad of [0, -1, 1.5, '10', null]) {
      const error = chatmaskErrorOf(() => conversationWith({ idleMessages: bad }))
      expect(error.code).toBe('INVALID_OPTIONS')
      expect(error.path).toBe('idleMessages')
    }
    const typo = chatmaskErrorOf(() => conversationWith({ idleMessage: 10 }))
    expect(typo.message).toContain('did you mean "idleMessages"?')
  })
})

describe('Conversation.settle()', () => {
  it('releases every sender’s state', () => {
    const chat = releasing(redactor.conversation())
    chat.add({ sender: 'customer', text: 'card 4111 1111' })
    chat.add({ sender: 'agent', text: 'go on' })
    chat.settle()
    expect(chat.activeSenders).toBe(0)
  })
})
