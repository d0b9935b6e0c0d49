/**
 * Rewrites string values inside JSON text in place: the changed literal is
 * replaced by `JSON.stringify` of the new text and every other byte is kept.
 */
import type { Redactor } from '../index.js'
import { decodeJsonString, forEachStringValue, type JsonSpan } from './json-spans.js'
import type { RedactedMessage } from './message-sequencer.js'

/** A span of JSON text to replace by `text`. */
export interface JsonReplacement extends JsonSpan {
  readonly text: string
}

/** `json[start, end)` with `replacements` (in order, not overlapping) applied. */
export function spliceJson(json: string, start: number, end: number, replacements: readonly JsonReplacement[]): string {
  if (replacements.length === 0) return start === 0 && end === json.length ? json : json.slice(start, end)
  let output = ''
  let position = start
  for (const replacement of replacements) {
    output += json.slice(position, replacement.start) + replacement.text
    position = replacement.end
  }
  return output + json.slice(position, end)
}

/** The replacement for a string literal at `span` whose value became `text`. */
export function stringReplacement(span: JsonSpan, text: string): JsonReplacement {
  return { start: span.start, end: span.end, text: JSON.stringify(text) }
}

/**
 * Redacts every string value in `json[start, end)` whose property name passes
 * `include`, each on its own (a document is not a conversation). Calls `onValue`
 * with each value's position and result, and returns the replacements to splice.
 */
export function redactStringValues(
  json: string,
  start: number,
  end: number,
  redactor: Redactor,
  include: (key: string | undefined) => boolean,
  onValue: (span: JsonSpan, message: RedactedMessage) => void,
): JsonReplacement[] {
  const replacements: JsonReplacement[] = []
  forEachStringValue(json, start, end, (span, key) => {
    if (!include(key)) return
    const original = decodeJsonString(json, span)
    const { text, findings } = redactor.redact(original)
    onValue(span, { original, text, findings })
    if (text !== original) replacements.push(stringReplacement(span, text))
  })
  return replacements
}
