/**
 * JSONL: one JSON value per line. Each object's text field is a message of its
 * conversation (see `message-sequencer.ts`); a line nothing was redacted in is
 * written back byte for byte, and a changed line has only its text literal
 * replaced. Lines are read one at a time: memory is the lines still waiting,
 * whatever the file's size.
 */
import { inputError } from './cli-error.js'
import type { FormatContext, RedactFormat } from './format-context.js'
import { describeJsonSyntaxError, invalidJsonMessage } from './json-syntax-error.js'
import { propertyValueSpans } from './json-spans.js'
import { redactStringValues, spliceJson, stringReplacement, type JsonReplacement } from './json-splice.js'
import { LineSplitter } from './line-splitter.js'
import { messageFieldsOf, type FieldNames } from './message-fields.js'
import { MessageSequencer, type MessageInput, type RedactedMessage } from './message-sequencer.js'

const BYTE_ORDER_MARK = 0xfeff

/** A line waiting to be written. */
interface JsonlLine {
  readonly number: number
  readonly content: string
  readonly terminator: string
  /** Where the JSON starts in `content`: 1 after a byte order mark on the first line. */
  readonly jsonStart: number
  /** The fields redacted as messages, in the order of the messages. */
  readonly fields: readonly string[]
  /** A line without a text field, already redacted string by string. */
  readonly standalone: { readonly content: string; readonly messages: readonly RedactedMessage[] } | undefined
}

export const redactJsonl: RedactFormat = async (input, context) => {
  const { sink, tally } = context
  const sequencer = new MessageSequencer<JsonlLine>(
    context.redactor,
    (line, messages) => {
      const standalone = line.standalone
      tally.record(line.number, standalone?.messages ?? messages)
      sink.write((standalone?.content ?? rewriteLine(line, messages)) + line.terminator)
    },
    context.limits,
  )
  const splitter = new LineSplitter()
  let number = 0
  const onLine = (content: string, terminator: string): void => {
    number++
    const jsonStart = number === 1 && content.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0
    const json = jsonStart === 0 ? content : content.slice(jsonStart)
    if (json.trim() === '') {
      sequencer.push({ number, content, terminator, jsonStart, fields: [], standalone: undefined }, [], content.length)
      return
    }
    const value = parseLine(json, context.display, number)
    const { messages, fields, standalone } = messagesOf(value, content, jsonStart, context)
    sequencer.push({ number, content, terminator, jsonStart, fields, standalone }, messages, content.length)
  }
  for await (const chunk of input) {
    splitter.push(chunk.text, onLine)
    await sink.ready()
  }
  splitter.end(onLine)
  sequencer.end()
}

function parseLine(json: string, display: string, number: number): unknown {
  try {
    return JSON.parse(json)
  } catch (error) {
    const problem = describeJsonSyntaxError(error)
    throw inputError(display, invalidJsonMessage(problem, problem.position === undefined ? undefined : `column ${problem.position + 1}`), number)
  }
}

/** The line's text fields as messages; or, if it has no text field, the line redacted string by string. */
function messagesOf(
  value: unknown,
  content: string,
  jsonStart: number,
  context: FormatContext,
): { messages: MessageInput[]; fields: string[]; standalone: JsonlLine['standalone'] } {
  const parts = isPlainObject(value) ? messageFieldsOf(context.fields, (field) => (Object.hasOwn(value, field) ? value[field] : undefined)) : undefined
  if (parts !== undefined) {
    return {
      messages: parts.texts.map(({ field, text }) => ({ conversation: conversationKey(context.fields, field, parts.conversation), sender: parts.sender, text })),
      fields: parts.texts.map(({ field }) => field),
      standalone: undefined,
    }
  }
  // No default text field holds a string: redact every string, so an unexpected shape never leaks.
  const messages: RedactedMessage[] = []
  const replacements = redactStringValues(content, jsonStart, content.length, context.redactor, () => true, (_span, message) => {
    messages.push(message)
  })
  return { messages: [], fields: [], standalone: { content: spliceJson(content, 0, content.length, replacements), messages } }
}

/**
 * With several --field names, each field is its own conversation: a card split
 * between a message's "text" and the next message's "note" is not one number.
 */
export function conversationKey(fields: FieldNames, field: string, conversation: string): string {
  return fields.text.length > 1 ? `${field}\u0000${conversation}` : conversation
}

function rewriteLine(line: JsonlLine, messages: readonly RedactedMessage[]): string {
  if (messages.every((message) => message.text === message.original)) return line.content
  const spans = propertyValueSpans(line.content, line.jsonStart, new Set(line.fields))
  const replacements: JsonReplacement[] = []
  line.fields.forEach((field, index) => {
    const message = messages[index]
    if (message === undefined || message.text === message.original) return
    const span = spans.get(field)
    // JSON.parse found this field; not finding it again would write the original text: never.
    if (span === undefined) throw new Error(`field ${JSON.stringify(field)} not found again in line ${line.number}`)
    replacements.push(stringReplacement(span, message.text))
  })
  replacements.sort((a, b) => a.start - b.start)
  return spliceJson(line.content, 0, line.content.length, replacements)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
