/**
 * The record formats are streamed, so how the input arrives must not matter:
 * for any JSON, JSONL, CSV or text input and any chunking, the output and the
 * `--check` entries equal those of reading it in one piece (real redactor, the
 * format functions the CLI calls, a sink that keeps what it is given).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { FileTally, type TallyData } from '../../src/cli/file-tally.js'
import type { RedactFormat } from '../../src/cli/format-context.js'
import { redactCsv } from '../../src/cli/redact-csv.js'
import { redactJson } from '../../src/cli/redact-json.js'
import { redactJsonl } from '../../src/cli/redact-jsonl.js'
import { redactText } from '../../src/cli/redact-text.js'
import type { TextSink } from '../../src/cli/text-sink.js'
import { cutsArbitrary, splitAt } from '../helpers/chunking.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })

async function run(format: RedactFormat, chunks: readonly string[]): Promise<{ output: string; tally: TallyData }> {
  let output = ''
  const sink: TextSink = {
    write: (text) => {
      output += text
    },
    ready: async () => undefined,
    flush: async () => undefined,
    setEncoding: () => undefined,
    writeBytes: async () => undefined,
  }
  const tally = new FileTally(true)
  async function* input() {
    for (const text of chunks) yield { bytes: Buffer.from(text), text }
  }
  await format(input(), { redactor, policy: { now }, fields: { text: [], conversation: undefined, speaker: undefined }, sink, tally, display: 'test' })
  return { output, tally: tally.toData() }
}

const piece = fc.constantFrom('4111 1111', '1111 1111', 'cvv', '737', 'exp 12/29', 'room 404', 'thanks', '5555555555554444', 'a "quote"', 'x,y', 'é😀')
const text = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(' '))
const message = fc.record({ conversation: fc.constantFrom('a', 'b'), speaker: fc.constantFrom('customer', 'agent'), text, card: fc.option(fc.constantFrom(4111111111111111, 737, '12/29'), { nil: undefined }) })
const messages = fc.array(message, { maxLength: 8 })

const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

const inputs: Record<string, [RedactFormat, (list: readonly { conversation: string; speaker: string; text: string; card?: unknown }[]) => string]> = {
  jsonl: [redactJsonl, (list) => list.map((item) => `${JSON.stringify(item)}\n`).join('')],
  json: [redactJson, (list) => JSON.stringify({ id: 'x', messages: list }, null, 2)],
  csv: [redactCsv, (list) => `conversation,speaker,text,card\r\n${list.map((item) => [item.conversation, item.speaker, item.text, String(item.card ?? '')].map(csvCell).join(',')).join('\r\n')}`],
  text: [redactText, (list) => list.map((item) => item.text).join('\n')],
}

describe('record formats: any chunking gives the same output and the same --check entries', () => {
  for (const [name, [format, render]] of Object.entries(inputs)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(messages, cutsArbitrary(400), async (list, cuts) => {
          const input = render(list)
          const whole = await run(format, [input])
          const chunked = await run(format, splitAt(input, cuts))
          expect(chunked.output).toBe(whole.output)
          expect(chunked.tally).toEqual(whole.tally)
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 60) },
      )
    })
  }
})
