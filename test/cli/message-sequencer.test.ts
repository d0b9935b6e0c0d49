import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { MessageSequencer, type MessageInput, type RedactedMessage } from '../../src/cli/message-sequencer.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })

interface Emitted {
  readonly record: number
  readonly texts: readonly string[]
}

/** Runs records (each a list of messages) through a sequencer; returns what it emitted, and the most records ever waiting. */
function sequence(records: readonly (readonly MessageInput[])[], limits?: { maxPendingRecords: number; maxPendingChars: number }) {
  const emitted: Emitted[] = []
  const sequencer = new MessageSequencer<number>(redactor, (record, messages: readonly RedactedMessage[]) => emitted.push({ record, texts: messages.map((message) => message.text) }), limits)
  let mostWaiting = 0
  records.forEach((messages, index) => {
    sequencer.push(index, messages, messages.reduce((sum, message) => sum + message.text.length, 0))
    mostWaiting = Math.max(mostWaiting, index + 1 - emitted.length)
  })
  sequencer.end()
  return { emitted, mostWaiting }
}

/** What a program holding every message until the end would show: each conversation's final texts. */
function reference(records: readonly (readonly MessageInput[])[]): string[][] {
  const conversations = new Map<string, { chat: ReturnType<typeof redactor.conversation>; slots: { record: number; slot: number }[] }>()
  const texts = records.map((messages) => messages.map((message) => message.text))
  records.forEach((messages, record) =>
    messages.forEach((message, slot) => {
      if (message.text === '') return
      let open = conversations.get(message.conversation)
      if (open === undefined) {
        open = { chat: redactor.conversation(), slots: [] }
        conversations.set(message.conversation, open)
      }
      const result = open.chat.add({ sender: message.sender, text: message.text })
      open.slots[result.index] = { record, slot }
      ;(texts[record] as string[])[slot] = result.text
      for (const amendment of result.amendments) {
        const at = open.slots[amendment.index] as { record: number; slot: number }
        ;(texts[at.record] as string[])[at.slot] = amendment.text
      }
    }),
  )
  for (const open of conversations.values()) {
    for (const amendment of open.chat.settle()) {
      const at = open.slots[amendment.index] as { record: number; slot: number }
      ;(texts[at.record] as string[])[at.slot] = amendment.text
    }
  }
  return texts
}

const pieces = [
  ...['4111 1111', '1111 1111', '5555', '4444', '378282246310005', 'cvv', '737', 'exp 12/29', 'room 12', 'thanks', '', 'ok then', '12', '-', 'x'.repeat(90)],
  // Personal data, whose detectors hold back text that does not start with a digit.
  ...['jane.doe', '@example.com', 'jane.doe@example.co.uk', '+44 20', '7946 0958', 'GB82 WEST', '1234 5698 7654 32', '078-05-1120', 'QQ 12 34 56 C', 'a'.repeat(250)],
]
const messageArbitrary = fc.record({
  conversation: fc.constantFrom('a', 'b', 'c'),
  sender: fc.constantFrom('customer', 'agent'),
  text: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((parts) => parts.join(' ')),
})
const recordsArbitrary = fc.array(fc.array(messageArbitrary, { minLength: 0, maxLength: 2 }), { maxLength: 40 })

describe('MessageSequencer', () => {
  it('emits records in order with their final texts (worked example)', () => {
    const { emitted } = sequence([
      [{ conversation: 'c1', sender: 'customer', text: 'card 4111 1111' }],
      [{ conversation: 'c2', sender: 'customer', text: 'order 1111 1111' }],
      [],
      [{ conversation: 'c1', sender: 'customer', text: '1111 1111 thanks' }],
    ])
    expect(emitted).toEqual([
      { record: 0, texts: ['card **** ****'] },
      { record: 1, texts: ['order 1111 1111'] },
      { record: 2, texts: [] },
      { record: 3, texts: ['**** 1111 thanks'] },
    ])
  })

  it('writes a record only when no later message can amend it: output equals holding everything to the end', () => {
    fc.assert(
      fc.property(recordsArbitrary, (records) => {
        const { emitted } = sequence(records)
        expect(emitted.map((entry) => entry.record)).toEqual(records.map((_record, index) => index))
        expect(emitted.map((entry) => entry.texts)).toEqual(reference(records))
      }),
    )
  })

  it('never holds more than maxPendingRecords + 1 records, whatever the input', () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.integer({ min: 1, max: 5 }), (records, maxPendingRecords) => {
        const { emitted, mostWaiting } = sequence(records, { maxPendingRecords, maxPendingChars: Number.MAX_SAFE_INTEGER })
        expect(emitted.map((entry) => entry.record)).toEqual(records.map((_record, index) => index))
        expect(mostWaiting).toBeLessThanOrEqual(maxPendingRecords + 1)
      }),
    )
  })

  it('settles a conversation early only when the bound forces it (a split card farther apart is not joined)', () => {
    const split = [[{ conversation: 'c', sender: 'u', text: 'card 4111 1111' }], [], [], [{ conversation: 'c', sender: 'u', text: '1111 1111' }]]
    expect(sequence(split, { maxPendingRecords: 3, maxPendingChars: 1000 }).emitted.map((entry) => entry.texts)).toEqual([['card **** ****'], [], [], ['**** 1111']])
    expect(sequence(split, { maxPendingRecords: 1, maxPendingChars: 1000 }).emitted.map((entry) => entry.texts)).toEqual([['card 4111 1111'], [], [], ['1111 1111']])
  })
})
