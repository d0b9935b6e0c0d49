/**
 * A streaming CSV reader (RFC 4180, as csv-parse reads it with
 * `relax_column_count` and `skip_empty_lines`): cells come out with their
 * absolute offsets, their line and whether they were quoted, so a row can be
 * written back byte for byte or with only its changed cells rewritten. One
 * linear charCode pass; a cell cut by a chunk boundary resumes where it stopped.
 *
 * Records end at "\n" or "\r\n"; a lone "\r" is data. An empty line is no
 * record (its bytes stay in the output). A quoted cell may hold commas, quotes
 * written as "" and line breaks. A cell longer than `longCellChars` is handed
 * over in pieces so it is never held whole.
 *
 * Errors are csv-parse's codes and the line: never the cell, which may hold a card.
 */

export interface CsvEvents {
  /** A whole cell: `[start, end)` as written (quotes included), `value` decoded. */
  cell(start: number, end: number, line: number, quoted: boolean, value: string): void
  /** The record ends at `end` (past its line break, or the end of input). */
  recordEnd(end: number): void
  /** A cell longer than `longCellChars`: its start, decoded pieces, its end (see {@link CsvEvents.cell}). */
  longCellStart(start: number, line: number, quoted: boolean): void
  longCellPiece(value: string): void
  longCellEnd(end: number): void
}

export class CsvSyntaxError extends Error {
  /** csv-parse's code for the problem. */
  readonly code: 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_INVALID_OPENING_QUOTE' | 'CSV_QUOTE_NOT_CLOSED'
  readonly line: number

  constructor(code: CsvSyntaxError['code'], line: number) {
    super(`${code} (line ${line})`)
    this.name = 'CsvSyntaxError'
    this.code = code
    this.line = line
  }
}

const enum Code {
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Quote = 0x22, // '"'
  Comma = 0x2c, // ","
  ByteOrderMark = 0xfeff,
}

const enum State {
  /** At the start of a cell (a record is open: a comma was read). */
  CellStart,
  /** At the start of a line: an empty line here is skipped, not a record. */
  RecordStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted cell: the closing one, or the first of "". */
  QuoteInQuoted,
}

const QUOTE_PAIR = /""/g

export class CsvReader {
  readonly #events: CsvEvents
  readonly #longCellChars: number
  #buffer = ''
  #base = 0
  #position = 0
  #releasedTo = 0
  #line = 1
  #state: State = State.RecordStart
  #cellStart = 0
  #cellLine = 1
  /** A long cell is being handed over; `#cellStart` is where its next piece starts (past the opening quote). */
  #long = false
  /** The long cell was quoted (its opening quote is behind `#cellStart`). */
  #longQuoted = false

  constructor(events: CsvEvents, longCellChars = Number.POSITIVE_INFINITY) {
    this.#events = events
    this.#longCellChars = longCellChars
  }

  slice(start: number, end: number): string {
    return this.#buffer.slice(start - this.#base, end - this.#base)
  }

  release(offset: number): void {
    if (offset > this.#releasedTo) this.#releasedTo = offset
  }

  get length(): number {
    return this.#base + this.#buffer.length
  }

  push(chunk: string): void {
    const inCell = this.#state === State.Unquoted || this.#state === State.Quoted || this.#state === State.QuoteInQuoted
    const keep = Math.min(this.#releasedTo, inCell ? this.#cellStart : this.#position)
    this.#buffer = keep > this.#base ? this.#buffer.slice(keep - this.#base) + chunk : this.#buffer + chunk
    if (keep > this.#base) this.#base = keep
    this.#run(false)
  }

  end(): void {
    this.#run(true)
    const end = this.length
    switch (this.#state) {
      case State.Quoted:
        throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', this.#line)
      case State.Unquoted:
      case State.QuoteInQuoted:
        this.#endCell(end)
        this.#events.recordEnd(end)
        break
      case State.CellStart:
        // "a," at the end of input: the record's last cell is empty.
        this.#emptyCell(end)
        this.#events.recordEnd(end)
        break
      case State.RecordStart:
        break
    }
  }

  #run(final: boolean): void {
    const buffer = this.#buffer
    const base = this.#base
    const length = buffer.length
    let index = this.#position - base
    while (index < length) {
      const code = buffer.charCodeAt(index)
      switch (this.#state) {
        case State.RecordStart:
        case State.CellStart: {
          const atRecordStart = this.#state === State.RecordStart
          if (code === Code.ByteOrderMark && base + index === 0) {
            index++
            continue
          }
          const breakLength = this.#lineBreakAt(index, final)
          if (breakLength === -1) break
          if (breakLength > 0) {
            const end = base + index + breakLength
            this.#line++
            if (!atRecordStart) {
              this.#emptyCell(base + index)
              this.#events.recordEnd(end)
              this.#state = State.RecordStart
            }
            index += breakLength
            continue
          }
          this.#cellStart = base + index
          this.#cellLine = this.#line
          this.#long = false
          if (code === Code.Comma) {
            this.#emptyCell(base + index)
            this.#state = State.CellStart
            index++
            continue
          }
          if (code === Code.Quote) {
            this.#state = State.Quoted
            index++
            continue
          }
          this.#state = State.Unquoted
          continue
        }
        case State.Unquoted: {
          if (code === Code.Comma) {
            this.#endCell(base + index)
            this.#state = State.CellStart
            index++
            continue
          }
          if (code === Code.Quote) throw new CsvSyntaxError('CSV_INVALID_OPENING_QUOTE', this.#line)
          const breakLength = this.#lineBreakAt(index, final)
          if (breakLength === -1) break
          if (breakLength > 0) {
            this.#endCell(base + index)
            this.#line++
            this.#events.recordEnd(base + index + breakLength)
            this.#state = State.RecordStart
            index += breakLength
            continue
          }
          index++
          continue
        }
        case State.Quoted: {
          const quote = buffer.indexOf('"', index)
          const stop = quote === -1 ? length : quote
          for (let newline = buffer.indexOf('\n', index); newline !== -1 && newline < stop; newline = buffer.indexOf('\n', newline + 1)) this.#line++
          if (quote === -1) {
            index = length
            continue
          }
          this.#state = State.QuoteInQuoted
          index = quote + 1
          continue
        }
        case State.QuoteInQuoted: {
          if (code === Code.Quote) {
            this.#state = State.Quoted
            index++
            continue
          }
          if (code === Code.Comma) {
            this.#endCell(base + index)
            this.#state = State.CellStart
            index++
            continue
          }
          const breakLength = this.#lineBreakAt(index, final)
          if (breakLength === -1) break
          if (breakLength === 0) throw new CsvSyntaxError('CSV_INVALID_CLOSING_QUOTE', this.#line)
          this.#endCell(base + index)
          this.#line++
          this.#events.recordEnd(base + index + breakLength)
          this.#state = State.RecordStart
          index += breakLength
          continue
        }
      }
      // A "\r" at the end of the buffer: wait for the next chunk to know if "\n" follows.
      break
    }
    this.#position = base + index
    const inCell = this.#state === State.Unquoted || this.#state === State.Quoted
    if (inCell && !final && (this.#long || this.#position - this.#cellStart > this.#longCellChars)) this.#handOverPiece()
  }

  /** 1 for "\n", 2 for "\r\n", 0 for anything else, -1 for a "\r" that ends the buffer (unknown yet). */
  #lineBreakAt(index: number, final: boolean): number {
    const code = this.#buffer.charCodeAt(index)
    if (code === Code.LineFeed) return 1
    if (code !== Code.CarriageReturn) return 0
    if (index + 1 >= this.#buffer.length) return final ? 0 : -1
    return this.#buffer.charCodeAt(index + 1) === Code.LineFeed ? 2 : 0
  }

  #emptyCell(at: number): void {
    this.#events.cell(at, at, this.#line, false, '')
  }

  #endCell(end: number): void {
    if (this.#long) {
      const quoted = this.#longQuoted
      const rest = this.slice(this.#cellStart, quoted ? end - 1 : end)
      if (rest !== '') this.#events.longCellPiece(quoted ? rest.replace(QUOTE_PAIR, '"') : rest)
      this.#events.longCellEnd(end)
      this.#long = false
      return
    }
    const start = this.#cellStart
    const raw = this.slice(start, end)
    const quoted = raw.charCodeAt(0) === Code.Quote
    this.#events.cell(start, end, this.#cellLine, quoted, quoted ? raw.slice(1, -1).replace(QUOTE_PAIR, '"') : raw)
  }

  /** Hands over the long cell read so far; in a quoted cell never between the quotes of a "". */
  #handOverPiece(): void {
    if (!this.#long) {
      this.#long = true
      this.#longQuoted = this.#state === State.Quoted
      this.#events.longCellStart(this.#cellStart, this.#cellLine, this.#longQuoted)
      if (this.#longQuoted) this.#cellStart++
    }
    const end = this.#position
    if (end <= this.#cellStart) return
    const piece = this.slice(this.#cellStart, end)
    this.#events.longCellPiece(this.#longQuoted ? piece.replace(QUOTE_PAIR, '"') : piece)
    this.#cellStart = end
  }
}
