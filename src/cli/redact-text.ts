/**
 * Plain text: every line is the next message of one sender in one conversation.
 *
 * Why lines are messages and not one `redactor.stream()` over the whole text:
 * the scanner lets a card wrap over one line break but not over a blank line, as
 * a list of numbers one per paragraph needs; a transcript pasted with blank lines
 * between turns ("4111 1111" … "" … "1111 1111") is still one customer typing.
 * Read as consecutive messages (empty lines skipped), lines are joined with a
 * space, as a person reads wrapped text, so the split card is found and masked
 * on both lines. Each line still comes back on its own, so line breaks stay
 * where they were, whatever the policy writes.
 *
 * Memory and time are linear whatever the line length: a line longer than
 * {@link LONG_LINE_CHARS} is fed in pieces (see `line-splitter.ts`), cut where
 * the conversation joins two messages without adding a space (at whitespace or a
 * card separator), so the pieces read exactly as the line; the pieces' redacted
 * texts are written back to back.
 */
import { joinerBetween } from '../conversation.js'
import type { FormatContext, RedactFormat } from './format-context.js'
import { LineSplitter, type Terminator } from './line-splitter.js'
import { MessageSequencer } from './message-sequencer.js'

/** A line (or piece of a long one) waiting to be written: its number and terminator; its text travels as the message. */
interface TextLine {
  readonly number: number
  readonly terminator: Terminator
  /** More pieces of the same line follow. */
  readonly continues: boolean
}

/**
 * Lines longer than this are fed in pieces: `redact()`-style work on one message
 * costs tens of times its length in memory when findings are dense.
 */
export const LONG_LINE_CHARS = 1 << 16

/** All lines are one sender's messages in one conversation. */
const ONE_CONVERSATION = ''
const ONE_SENDER = ''

/** A cut between `before` and `after` reads the same as no cut: the conversation joins them without a space. */
const isSeamless = (before: string, after: string): boolean => joinerBetween(before, after) === ''

export const redactText: RedactFormat = async (input, context: FormatContext) => {
  const { sink, tally } = context
  let lineChanged = false
  const sequencer = new MessageSequencer<TextLine>(
    context.redactor,
    (line, messages) => {
      const message = messages[0]
      if (message !== undefined) {
        tally.addMessage(line.number, message)
        lineChanged ||= message.text !== message.original
      }
      sink.write((message?.text ?? '') + line.terminator)
      if (!line.continues) {
        tally.countRecord(lineChanged)
        lineChanged = false
      }
    },
    context.limits,
  )
  const splitter = new LineSplitter(LONG_LINE_CHARS, isSeamless)
  let number = 1
  const onLine = (content: string, terminator: Terminator, continues: boolean): void => {
    sequencer.push({ number, terminator, continues }, [{ conversation: ONE_CONVERSATION, sender: ONE_SENDER, text: content }], content.length)
    if (!continues) number++
  }
  for await (const chunk of input) {
    splitter.push(chunk.text, onLine)
    await sink.ready()
  }
  splitter.end(onLine)
  sequencer.end()
}
