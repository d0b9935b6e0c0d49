/**
 * JSONL: one JSON value per line, streamed like a JSON document
 * (`json-records.ts`), with the JSONL rule that a value ends on its line. Each
 * line's object is a record; its text field is a message of its conversation. A
 * line nothing was redacted in is written back byte for byte.
 */
import type { RedactFormat } from './format-context.js'
import { JsonRecords } from './json-records.js'

export const redactJsonl: RedactFormat = async (input, context) => {
  const records = new JsonRecords({ ...context, mode: 'jsonl' })
  for await (const chunk of input) {
    records.push(chunk.text)
    await context.sink.ready()
  }
  records.end()
}
