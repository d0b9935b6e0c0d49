/**
 * CSV (RFC 4180, first row the header): the text column of each row is a message
 * of its conversation, like JSONL. csv-parse does the quoting rules; each row's
 * original bytes are cut out by its byte offset, so a row with nothing to redact
 * is written back byte for byte (line endings, quoting and all). A changed row is
 * written by csv-stringify, with each field quoted as it was (or where it must be).
 * Streamed: memory is the rows still waiting, whatever the file's size.
 */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CsvError, parse, type Options as ParseOptions } from 'csv-parse'
import { stringify } from 'csv-stringify/sync'
import { inputError } from './cli-error.js'
import { ByteWindow } from './byte-window.js'
import type { FormatContext, RedactFormat } from './format-context.js'
import { conversationKey } from './redact-jsonl.js'
import { DEFAULT_CONVERSATION_FIELDS, DEFAULT_SPEAKER_FIELDS, DEFAULT_TEXT_FIELDS } from './message-fields.js'
import { MessageSequencer, type MessageInput, type RedactedMessage } from './message-sequencer.js'

/** A record as the parser hands it over. */
interface ParsedRow {
  readonly cells: string[]
  /** Which fields were written in quotes. */
  readonly quoted: boolean[]
  /** Byte offset just past the row (and its line break). */
  readonly end: number
}

/** A row waiting to be written. */
interface CsvRow {
  readonly line: number
  /** Its original text: empty lines skipped before it, the record, its line break. */
  readonly raw: string
  readonly cells: readonly string[]
  readonly quoted: readonly boolean[]
  /** The columns redacted as messages, in the order of the messages. */
  readonly columns: readonly number[]
  /** A row of a file without a text column, already redacted cell by cell. */
  readonly standalone: readonly RedactedMessage[] | undefined
}

/** Column positions read from the header row. */
interface Columns {
  /** Text columns; empty means "no text column: every cell is redacted on its own". */
  readonly text: readonly { readonly index: number; readonly name: string }[]
  readonly conversation: number | undefined
  readonly speaker: number | undefined
}

const LEADING_LINE_BREAKS = /^[\r\n]*/
const TRAILING_LINE_BREAK = /\r?\n$/

export const redactCsv: RedactFormat = async (input, context) => {
  const { sink, tally } = context
  const window = new ByteWindow()
  let quoted: boolean[] = []
  const options: ParseOptions<ParsedRow, unknown> = {
    info: true,
    // Rows with more or fewer cells than the header are data, not errors: they pass through.
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n'],
    bom: true,
    cast: (value, field) => {
      quoted[field.index] = field.quoting
      return value
    },
    // With `info`, a record arrives as { record, info }; the row keeps what later steps need.
    on_record: (parsed: unknown): ParsedRow => {
      const { record, info } = parsed as { record: string[]; info: { bytes: number } }
      const row = { cells: record, quoted, end: info.bytes }
      quoted = []
      return row
    },
  }
  // csv-parse's overloads type records as string[] unless `columns` is set; on_record changes the shape.
  const parser = parse(options as unknown as ParseOptions)
  const sequencer = new MessageSequencer<CsvRow>(
    context.redactor,
    (row, messages) => {
      const redacted = row.standalone ?? messages
      tally.record(row.line, redacted)
      sink.write(redacted.every((message) => message.text === message.original) ? row.raw : rewriteRow(row, redacted))
    },
    context.limits,
  )
  let columns: Columns | undefined
  let linesBefore = 0
  const source = Readable.from(
    (async function* () {
      for await (const chunk of input) {
        window.append(chunk.bytes)
        yield chunk.bytes
      }
    })(),
    { objectMode: false },
  )
  try {
    await pipeline(source, parser, async (rows: AsyncIterable<ParsedRow>) => {
      for await (const parsed of rows) {
        const raw = window.take(parsed.end).toString('utf8')
        const line = linesBefore + 1 + countLineFeeds(LEADING_LINE_BREAKS.exec(raw)?.[0] ?? '')
        linesBefore += countLineFeeds(raw)
        if (columns === undefined) {
          columns = columnsOf(parsed.cells, context)
          sequencer.push({ line, raw, cells: parsed.cells, quoted: parsed.quoted, columns: [], standalone: undefined }, [], raw.length)
          continue
        }
        pushRow(sequencer, line, raw, parsed, columns, context)
        await sink.ready()
      }
    })
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse's messages quote the offending field; keep only its code and line.
      throw inputError(context.display, `invalid CSV (${error.code}).`, typeof error.lines === 'number' ? error.lines : undefined)
    }
    throw error
  }
  sequencer.end()
  sink.write(window.rest().toString('utf8'))
}

/** Pushes a data row: its cells as messages, or (with no text column) every cell redacted on its own. */
function pushRow(sequencer: MessageSequencer<CsvRow>, line: number, raw: string, parsed: ParsedRow, columns: Columns, context: FormatContext): void {
  const { cells, quoted } = parsed
  if (columns.text.length === 0) {
    const standalone = cells.map((original) => ({ original, ...context.redactor.redact(original) }))
    sequencer.push({ line, raw, cells, quoted, columns: [], standalone }, [], raw.length)
    return
  }
  const conversation = columns.conversation === undefined ? '' : (cells[columns.conversation] ?? '')
  const sender = columns.speaker === undefined ? '' : (cells[columns.speaker] ?? '')
  const messages: MessageInput[] = []
  const used: number[] = []
  for (const { index, name } of columns.text) {
    const text = cells[index]
    if (text === undefined) continue
    messages.push({ conversation: conversationKey(context.fields, name, conversation), sender, text })
    used.push(index)
  }
  sequencer.push({ line, raw, cells, quoted, columns: used, standalone: undefined }, messages, raw.length)
}

function rewriteRow(row: CsvRow, messages: readonly RedactedMessage[]): string {
  const cells = [...row.cells]
  if (row.standalone !== undefined) messages.forEach((message, index) => (cells[index] = message.text))
  else row.columns.forEach((column, index) => (cells[column] = messages[index]?.text ?? ''))
  const record = stringify([cells], {
    eof: false,
    cast: {
      string: (value, field) => {
        const wasQuoted = row.quoted[field.index] === true
        return { value, quoted: wasQuoted, quoted_empty: wasQuoted }
      },
    },
  })
  const leading = LEADING_LINE_BREAKS.exec(row.raw)?.[0] ?? ''
  const trailing = TRAILING_LINE_BREAK.exec(row.raw)?.[0] ?? ''
  return leading + record + trailing
}

function columnsOf(header: readonly string[], context: FormatContext): Columns {
  const { fields, display } = context
  const indexOf = (name: string): number | undefined => {
    const index = header.indexOf(name)
    return index === -1 ? undefined : index
  }
  const named = (name: string, option: string): number => {
    const index = indexOf(name)
    if (index === undefined) throw inputError(display, `has no column named ${JSON.stringify(name)} (${option}); its columns are: ${header.join(', ')}.`, 1)
    return index
  }
  const firstOf = (names: readonly string[]): number | undefined => names.map(indexOf).find((index) => index !== undefined)
  let text: { index: number; name: string }[]
  if (fields.text.length > 0) text = fields.text.map((name) => ({ index: named(name, '--field'), name }))
  else {
    const index = firstOf(DEFAULT_TEXT_FIELDS)
    text = index === undefined ? [] : [{ index, name: header[index] ?? '' }]
  }
  return {
    text,
    conversation: fields.conversation === undefined ? firstOf(DEFAULT_CONVERSATION_FIELDS) : named(fields.conversation, '--conversation-key'),
    speaker: fields.speaker === undefined ? firstOf(DEFAULT_SPEAKER_FIELDS) : named(fields.speaker, '--speaker-key'),
  }
}

function countLineFeeds(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}
