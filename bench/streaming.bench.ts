/**
 * Streaming throughput: the same text fed to `redactor.stream()` in chunks of
 * 64 KiB (a file or socket), 16 characters (LLM tokens, network fragments) and
 * 1 character (keystrokes), beside one batch `redact()` of the same text.
 * Before timing, each chunking's output is checked against the batch output
 * (DESIGN.md invariant 1); a mismatch is reported in the table.
 */
import { MESSAGE_SEPARATOR, utf8Bytes } from './lib/corpus.js'
import type { BenchContext, BenchFile, BenchSection } from './lib/context.js'
import { markdownTable } from './lib/format.js'
import { consume, HEAVY, LIGHT, measure, type Case } from './lib/measure.js'
import { OURS_ALL, oursAll, type Redactor } from './lib/ours.js'
import { kib, margin, mbps, ratioCell } from './lib/rows.js'

/** About 1 MB: enough for stable figures, small enough that 1-character chunks take about a second a pass. */
const STREAM_SAMPLE_BYTES = 1_000_000
const QUICK_SAMPLE_BYTES = 100_000
const KIB = 1024

/** Splits into chunks of `size` UTF-16 code units. */
function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = []
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size))
  return chunks
}

function streamAll(redactor: Redactor, chunks: readonly string[]): string {
  const stream = redactor.stream()
  let output = ''
  for (const chunk of chunks) output += stream.write(chunk)
  return output + stream.end()
}

function streamLength(redactor: Redactor, chunks: readonly string[]): number {
  const stream = redactor.stream()
  let length = 0
  for (const chunk of chunks) length += stream.write(chunk).length
  return length + stream.end().length
}

export const streaming: BenchFile = {
  name: 'streaming',
  question: 'What does streaming cost beside batch, for 64 KiB, 16-character and 1-character chunks?',
  async run(context: BenchContext): Promise<BenchSection> {
    const redactor = oursAll()
    const { messages: sample, step } = context.sample(context.quick ? QUICK_SAMPLE_BYTES : STREAM_SAMPLE_BYTES)
    const text = sample.join(MESSAGE_SEPARATOR)
    const bytes = utf8Bytes(text)
    const chunkings = [
      { label: '64 KiB chunks', chunks: chunksOf(text, 64 * KIB) },
      { label: '16-char chunks', chunks: chunksOf(text, 16) },
      // Code points, as keys are typed: a surrogate pair stays one chunk.
      { label: '1-char chunks', chunks: Array.from(text) },
    ]
    const batch = redactor.redact(text).text
    const mismatches = new Map<string, boolean>()
    for (const { label, chunks } of chunkings) mismatches.set(label, streamAll(redactor, chunks) !== batch)

    const cases: Case[] = [
      { name: 'batch redact()', bytes, fn: () => consume(redactor.redact(text).text) },
      ...chunkings.map(({ label, chunks }) => ({ name: label, bytes, units: chunks.length, fn: () => consume(streamLength(redactor, chunks)) })),
    ]
    context.log('streaming')
    const measured = await measure(cases, context.quick ? LIGHT : HEAVY, context.log)
    const [batchMeasured] = measured
    for (const item of measured) context.figures.set(`streaming.${item.name}`, item)

    const rows = measured.map((item, index) => [
      item.name,
      index === 0 ? '1' : (item.units ?? 1).toLocaleString('en-US'),
      mbps(item),
      margin(item),
      ratioCell(item, batchMeasured),
      index === 0 ? '' : mismatches.get(item.name) === true ? '**differs from batch**' : 'equal',
    ])
    const markdown = [
      `Input: every ${step}th corpus message, joined by newlines (${sample.length.toLocaleString('en-US')} messages, ${kib(bytes)}); \`${OURS_ALL}\`, one stream per pass.`,
      '',
      markdownTable(['feeding', 'writes per pass', 'MB/s', '±', '÷ batch', 'output vs batch'], rows, ['l', 'r', 'r', 'r', 'r', 'l']),
    ].join('\n')
    return { title: 'Streaming vs batch', markdown }
  },
}
