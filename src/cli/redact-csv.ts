/**
 * CSV (RFC 4180, first row the header), streamed. Every cell is redacted: the
 * text column's cells (the first of `text`, `message`, `body`, `content`, or the
 * `--field` columns) as messages of their conversation, like JSONL, and every
 * other cell, extra cells past the header's width included, with its row as
 * context (`record-cells.ts`: a `cvv` column's cells are CVVs, and a card in a
 * row makes the row's expiry and CVV card data). With `--field`, only the named
 * columns are read.
 *
 * A row with nothing to redact is written back byte for byte; a changed row has
 * only its changed cells rewritten (quoted if they were, or if they must be).
 * Memory is the rows still waiting for their conversation, whatever the file's size.
 */
import type { AnswerableType, Finding, RedactionStream } from '../index.js'
import { inputError } from './cli-error.js'
import { CsvReader, CsvSyntaxError, type CsvEvents } from './csv-reader.js'
import type { FormatContext, RedactFormat } from './format-context.js'
import { conversationKey, DEFAULT_CONVERSATION_FIELDS, DEFAULT_SPEAKER_FIELDS, DEFAULT_TEXT_FIELDS } from './message-fields.js'
import type { MessageInput } from './message-sequencer.js'
import { newRecordContext, RecordCellRedactor, type RecordContext, type RedactedCell } from './record-cells.js'
import { cardDataTypeOfKey } from './record-keys.js'
import { LONG_VALUE_CHARS, RECORD_PART_CHARS } from './record-limits.js'
import { UnitWriter, type RecordTracker, type RedactedValue, type Replacement, type ValueSpan } from './record-units.js'

interface CsvCell extends ValueSpan {
  readonly quoted: boolean
  readonly value: string
  readonly column: number
}

/** Column positions read from the header row. */
interface Columns {
  readonly text: readonly { readonly index: number; readonly name: string }[]
  readonly conversation: number | undefined
  readonly speaker: number | undefined
  /** What each header name says its cells are. */
  readonly types: readonly (AnswerableType | undefined)[]
}

/** The row being read. */
interface Row extends RecordTracker {
  readonly context: RecordContext
  cells: CsvCell[]
  column: number
  conversation: string | undefined
  speaker: string | undefined
}

export const redactCsv: RedactFormat = async (input, context) => {
  const rows = new CsvRows(context)
  for await (const chunk of input) {
    rows.push(chunk.text)
    await context.sink.ready()
  }
  rows.end()
}

const NEEDS_QUOTES = /[",\r\n]/

/** A cell as written back: quoted if it was, or if its text needs it. */
function csvCell(text: string, quoted: boolean): string {
  return quoted || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

class CsvRows implements CsvEvents {
  readonly #context: FormatContext
  readonly #reader: CsvReader
  readonly #writer: UnitWriter<CsvCell>
  readonly #cells: RecordCellRedactor
  readonly #narrowed: boolean
  #header: string[] | undefined
  #columns: Columns | undefined
  #row: Row = newRow()
  #unitStart = 0
  #long: { readonly stream: RedactionStream | undefined; readonly line: number; readonly findings: Finding[] } | undefined

  constructor(context: FormatContext) {
    this.#context = context
    this.#reader = new CsvReader(this, LONG_VALUE_CHARS)
    this.#writer = new UnitWriter<CsvCell>(context.redactor, context.sink, context.tally, (cell, text) => csvCell(text, cell.quoted), context.limits)
    this.#cells = new RecordCellRedactor(context.redactor, context.policy)
    this.#narrowed = context.fields.text.length > 0
  }

  push(text: string): void {
    this.#guard(() => this.#reader.push(text))
  }

  end(): void {
    this.#guard(() => this.#reader.end())
    const end = this.#reader.length
    if (end > this.#unitStart) this.#writer.push(this.#rawUnit(end, undefined, false), [])
    this.#writer.end()
  }

  cell(start: number, end: number, line: number, quoted: boolean, value: string): void {
    const row = this.#row
    const column = row.column++
    row.cells.push({ start, end, line, quoted, value, column })
    const columns = this.#columns
    if (columns !== undefined) {
      if (column === columns.conversation) row.conversation = value
      if (column === columns.speaker) row.speaker = value
      if (end - this.#unitStart > RECORD_PART_CHARS) this.#flushPart(start, false)
    }
  }

  recordEnd(end: number): void {
    if (this.#header === undefined) {
      this.#header = this.#row.cells.map((cell) => cell.value)
      this.#columns = columnsOf(this.#header, this.#context)
      // The header is scanned too (an unexpected shape never leaks), but it is not a record.
      this.#flushHeader(end)
    } else {
      this.#flushPart(end, true)
    }
    this.#row = newRow()
  }

  longCellStart(start: number, line: number): void {
    const row = this.#row
    if (this.#columns === undefined) this.#flushHeaderPart(start)
    else this.#flushPart(start, false)
    const column = row.column
    const columns = this.#columns
    const inScope = columns === undefined ? !this.#narrowed : !this.#narrowed || columns.text.some((text) => text.index === column)
    const keyType = columns?.types[column]
    const answering = new Set<AnswerableType>(keyType === undefined ? [] : [keyType])
    if (row.context.hasCard) for (const type of ['expiry_date', 'cvv'] as const) answering.add(type)
    if (row.context.hasCardDetail) answering.add('card_number')
    const findings: Finding[] = []
    const stream = inScope
      ? this.#context.redactor.stream({ ...(answering.size > 0 ? { answering: [...answering] } : {}), onFinding: (finding) => findings.push(finding) })
      : undefined
    this.#long = { stream, line, findings }
    // A long cell is always written quoted: its text is not known in advance.
    this.#writer.pushOutput('"')
  }

  longCellPiece(value: string): void {
    const long = this.#long
    if (long === undefined) return
    this.#writer.pushOutput((long.stream?.write(value) ?? value).replaceAll('"', '""'))
  }

  longCellEnd(end: number): void {
    const long = this.#long
    if (long === undefined) return
    this.#long = undefined
    this.#row.column++
    this.#unitStart = end
    this.#reader.release(end)
    this.#writer.pushOutput(`${(long.stream?.end() ?? '').replaceAll('"', '""')}"`, long.findings, long.line)
    if (long.findings.length > 0) this.#row.changed = true
  }

  #flushHeader(end: number): void {
    this.#flushHeaderPart(end)
  }

  #flushHeaderPart(cut: number): void {
    const cells = this.#row.cells
    this.#row.cells = []
    const { replacements, redacted } = this.#redactPlain(this.#narrowed ? [] : cells, () => undefined, newRecordContext())
    this.#writer.push({ ...this.#rawUnit(cut, undefined, false), replacements, redacted }, [])
  }

  /** Decides the row read so far and queues it as one unit, cut at `cut`. */
  #flushPart(cut: number, closes: boolean): void {
    const row = this.#row
    const columns = this.#columns as Columns
    const cells = row.cells
    row.cells = []
    const messageCells: CsvCell[] = []
    const plain: CsvCell[] = []
    for (const cell of cells) {
      if (columns.text.some((text) => text.index === cell.column)) messageCells.push(cell)
      else if (!this.#narrowed) plain.push(cell)
    }
    const { replacements, redacted } = this.#redactPlain(plain, (column) => columns.types[column], row.context)
    const conversation = row.conversation ?? ''
    const sender = row.speaker ?? ''
    const messages: MessageInput[] = messageCells.map((cell) => ({
      conversation: conversationKey(this.#context.fields, columns.text.find((text) => text.index === cell.column)?.name ?? '', conversation),
      sender,
      text: cell.value,
    }))
    this.#writer.push({ ...this.#rawUnit(cut, row, closes), replacements, redacted, messageValues: messageCells }, messages)
  }

  #redactPlain(
    cells: readonly CsvCell[],
    typeOf: (column: number) => AnswerableType | undefined,
    context: RecordContext,
  ): { replacements: Replacement[]; redacted: RedactedValue[] } {
    const replacements: Replacement[] = []
    const redacted: RedactedValue[] = []
    if (cells.length === 0) return { replacements, redacted }
    const results = this.#cells.redactRecord(
      cells.map((cell) => ({ value: cell.value, keyType: typeOf(cell.column) })),
      context,
    )
    cells.forEach((cell, index) => {
      const result = results[index] as RedactedCell
      if (result.findings.length > 0) redacted.push({ offset: cell.start, line: cell.line, original: cell.value, findings: result.findings })
      if (result.text !== cell.value) replacements.push({ start: cell.start, end: cell.end, text: csvCell(result.text, cell.quoted) })
    })
    return { replacements, redacted }
  }

  #rawUnit(cut: number, record: RecordTracker | undefined, closes: boolean) {
    const raw = this.#reader.slice(this.#unitStart, cut)
    const unit = { raw, start: this.#unitStart, replacements: [] as Replacement[], redacted: [] as RedactedValue[], messageValues: [] as CsvCell[], record, closesRecord: closes }
    this.#unitStart = cut
    this.#reader.release(cut)
    return unit
  }

  #guard(step: () => void): void {
    try {
      step()
    } catch (error) {
      // Only the code and line: csv-parse's own messages quote the offending field, and so would ours.
      if (error instanceof CsvSyntaxError) throw inputError(this.#context.display, `invalid CSV (${error.code}).`, error.line)
      throw error
    }
  }
}

function newRow(): Row {
  return { context: newRecordContext(), cells: [], column: 0, conversation: undefined, speaker: undefined, changed: false }
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
    types: header.map((name) => cardDataTypeOfKey(name)),
  }
}
