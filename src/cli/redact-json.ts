/**
 * JSON: one document, which must be read whole to be parsed (`--help` says so;
 * use JSONL for large transcripts). An array of message objects is redacted like
 * JSONL, as conversations; any other document has every string value redacted on
 * its own (only values of the `--field` names, if given). Only changed string
 * literals are rewritten; every other byte of the document stays as it was.
 */
import { inputError } from './cli-error.js'
import type { FormatContext, RedactFormat } from './format-context.js'
import { describeJsonSyntaxError, invalidJsonMessage, lineAndColumnOf } from './json-syntax-error.js'
import { arrayItemSpans, propertyValueSpans, type JsonSpan } from './json-spans.js'
import { redactStringValues, spliceJson, stringReplacement, type JsonReplacement } from './json-splice.js'
import { conversationKey, isPlainObject } from './redact-jsonl.js'
import { LineCounter } from './line-counter.js'
import { messageFieldsOf, type MessageFields } from './message-fields.js'
import { MessageSequencer, type RedactedMessage } from './message-sequencer.js'

const BYTE_ORDER_MARK = 0xfeff

/** An array item waiting for its conversation to settle. */
interface JsonItem {
  readonly span: JsonSpan
  readonly fields: readonly string[]
  /** An item without a text field, already redacted string by string. */
  readonly standalone:
    | {
    readonly replacements: readonly JsonReplacement[]
        readonly values: readonly { readonly offset: number; readonly message: RedactedMessage }[]
      }
    | undefined
}

export const redactJson: RedactFormat = async (input, context) => {
  const text = await readWhole(input, context.display)
  const jsonStart = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0
  let document: unknown
  try {
    document = JSON.parse(jsonStart === 0 ? text : text.slice(jsonStart))
  } catch (error) {
    const problem = describeJsonSyntaxError(error)
    if (problem.position === undefined) throw inputError(context.display, invalidJsonMessage(problem, undefined))
    const { line, column } = lineAndColumnOf(text, problem.position + jsonStart)
    throw inputError(context.display, invalidJsonMessage(problem, `column ${column}`), line)
  }
  const lines = new LineCounter(text)
  const replacements = isMessageArray(document, context)
    ? redactMessages(text, jsonStart, document, context, lines)
    : redactStringValues(text, jsonStart, text.length, context.redactor, includeKey(context), (span, message) => {
        context.tally.record(lines.lineAt(span.start), [message])
      })
  context.sink.write(spliceJson(text, 0, text.length, replacements))
}

function redactMessages(text: string, jsonStart: number, items: readonly unknown[], context: FormatContext, lines: LineCounter): JsonReplacement[] {
  const replacements: JsonReplacement[] = []
  const sequencer = new MessageSequencer<JsonItem>(
    context.redactor,
    (item, messages) => {
      if (item.standalone !== undefined) {
        for (const { offset, message } of item.standalone.values) context.tally.record(lines.lineAt(offset), [message])
        replacements.push(...item.standalone.replacements)
        return
      }
      const spans = propertyValueSpans(text, item.span.start, new Set(item.fields))
      const first = spans.get(item.fields[0] ?? '')
      context.tally.record(lines.lineAt(first?.start ?? item.span.start), messages)
      item.fields.forEach((field, index) => {
        const message = messages[index]
        if (message === undefined || message.text === message.original) return
        const span = spans.get(field)
        if (span === undefined) throw new Error(`field ${JSON.stringify(field)} not found again in item at offset ${item.span.start}`)
        replacements.push(stringReplacement(span, message.text))
      })
    },
    context.limits,
  )
  const spans = arrayItemSpans(text, jsonStart)
  items.forEach((item, index) => {
    const span = spans[index]
    if (span === undefined) throw new Error(`array item ${index} not found again`)
    const parts = isPlainObject(item) ? messageFieldsOf(context.fields, (field) => (Object.hasOwn(item, field) ? item[field] : undefined)) : undefined
    if (parts === undefined) {
      // No default text field holds a string: redact every string in the item, so an odd item never leaks.
      const values: { offset: number; message: RedactedMessage }[] = []
      const redacted = redactStringValues(text, span.start, span.end, context.redactor, () => true, (valueSpan, message) => {
        values.push({ offset: valueSpan.start, message })
      })
      sequencer.push({ span, fields: [], standalone: { replacements: redacted, values } }, [], 0)
      return
    }
    sequencer.push({ span, fields: fieldsOf(parts), standalone: undefined }, messagesOf(parts, context), span.end - span.start)
  })
  sequencer.end()
  return replacements.sort((a, b) => a.start - b.start)
}

function fieldsOf(parts: MessageFields): string[] {
  return parts.texts.map(({ field }) => field)
}

function messagesOf(parts: MessageFields, context: FormatContext): { conversation: string; sender: string; text: string }[] {
  return parts.texts.map(({ field, text }) => ({ conversation: conversationKey(context.fields, field, parts.conversation), sender: parts.sender, text }))
}

/** An array of objects, at least one of which has a string text field: a transcript. */
function isMessageArray(document: unknown, context: FormatContext): document is unknown[] {
  if (!Array.isArray(document) || document.length === 0 || !document.every(isPlainObject)) return false
  return document.some((item) => (messageFieldsOf(context.fields, (field) => (Object.hasOwn(item, field) ? item[field] : undefined))?.texts.length ?? 0) > 0)
}

function includeKey(context: FormatContext): (key: string | undefined) => boolean {
  if (context.fields.text.length === 0) return () => true
  const names = new Set(context.fields.text)
  return (key) => key !== undefined && names.has(key)
}

async function readWhole(input: AsyncIterable<{ readonly text: string }>, display: string): Promise<string> {
  const parts: string[] = []
  for await (const chunk of input) parts.push(chunk.text)
  try {
    return parts.join('')
  } catch (error) {
    // V8's longest string is about 2^29 characters: past that, only JSONL can be read.
    if (error instanceof RangeError) throw inputError(display, 'is too large to read as one JSON document; convert it to JSONL (one message per line).')
    throw error
  }
}
