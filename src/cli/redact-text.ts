/**
 * Plain text: every line is the next message of one sender in one conversation.
 *
 * Why not one `redactor.stream()` over the whole text: the scanner ends a number
 * at a line break (a newline is not a card-group separator), so "4111 1111" at the
 * end of one line and "1111 1111" on the next would pass. Read as consecutive
 * messages, lines are joined with a space, as a person reads wrapped text, and
 * the split card is found and masked on both lines. Each line still comes back on
 * its own, so line breaks stay where they were, whatever the policy writes.
 *
 * Memory is constant: the lines still waiting (a few, see `message-sequencer.ts`),
 * and a line longer than {@link LONG_LINE_CHARS} is fed in pieces cut at spaces.
 * The conversation joins messages with exactly one space, so the pieces read as
 * the line itself; the space is written back between their redacted texts. (With
 * a `replace` policy, a finding across a cut leaves that space after its
 * replacement: a cosmetic difference, never a leak.)
 */
import type { FormatContext, RedactFormat } from './format-context.js'
import { LineSplitter, type Terminator } from './line-splitter.js'
import { MessageSequencer } from './message-sequencer.js'

/** A line (or piece of a long one) waiting to be written: its number and terminator; its text travels as the message. */
interface TextLine {
  readonly number: number
  readonly terminator: Terminator
}

/**
 * Lines longer than this are fed in pieces: `redact()`-style work on one message
 * costs tens of times its length in memory when findings are dense.
 */
export const LONG_LINE_CHARS = 1 << 16

/** All lines are one sender's messages in one conversation. */
const ONE_CONVERSATION = ''
const ONE_SENDER = ''

export const redactText: RedactFormat = async (input, context: FormatContext) => {
  const { sink, tally } = context
  const sequencer = new MessageSequencer<TextLine>(
    context.redactor,
    (line, messages) => {
      tally.record(line.number, messages)
      sink.write((messages[0]?.text ?? '') + line.terminator)
    },
    context.limits,
  )
  const splitter = new LineSplitter(LONG_LINE_CHARS)
  let number = 0
  const onLine = (content: string, terminator: Terminator): void => {
    sequencer.push({ number: number + 1, terminator }, [{ conversation: ONE_CONVERSATION, sender: ONE_SENDER, text: content }], content.length)
    // A piece of a long line (terminator " ") is still on the same line.
    if (terminator !== ' ') number++
  }
  for await (const chunk of input) {
    splitter.push(chunk.text, onLine)
    await sink.ready()
  }
  splitter.end(onLine)
  sequencer.end()
}
