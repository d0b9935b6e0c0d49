/**
 * JSON: one document, streamed (`json-records.ts`): an array of a million
 * messages costs the memory of one, and every value in it is redacted. Only
 * changed values are rewritten; every other byte of the document stays as it was.
 */
import type { RedactFormat } from './format-context.js'
import { JsonRecords } from './json-records.js'

export const redactJson: RedactFormat = async (input, context) => {
  const records = new JsonRecords({ ...context, mode: 'json' })
  for await (const chunk of input) {
    records.push(chunk.text)
    await context.sink.ready()
  }
  records.end()
}
