/**
 * The streaming CSV reader against csv-parse (the reference, with the options
 * the CLI used before: relax_column_count, skip_empty_lines, "\r\n" or "\n"
 * between records): for any text and any chunking, the same records and cells,
 * the same errors; and the cells' spans cut the input exactly.
 */
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvReader, CsvSyntaxError, type CsvEvents } from '../../src/cli/csv-reader.js'
import { cutsArbitrary, splitAt } from '../helpers/chunking.js'

interface Read {
  readonly records: string[][]
  readonly spans: { raw: string; quoted: boolean; value: string; line: number }[]
  readonly ends: number[]
}

function read(chunks: readonly string[], longCellChars?: number): Read {
  const records: string[][] = []
  const spans: { raw: string; quoted: boolean; value: string; line: number }[] = []
  const ends: number[] = []
  let record: string[] = []
  let long = ''
  let reader: CsvReader
  const events: CsvEvents = {
    cell(start, end, line, quoted, value) {
      spans.push({ raw: reader.slice(start, end), quoted, value, line })
      record.push(value)
    },
    recordEnd(end) {
      records.push(record)
      record = []
      ends.push(end)
    },
    longCellStart() {
      long = ''
    },
    longCellPiece(value) {
      long += value
    },
    longCellEnd() {
      record.push(long)
    },
  }
  reader = new CsvReader(events, longCellChars)
  for (const chunk of chunks) {
    reader.push(chunk)
    reader.release(reader.length)
  }
  reader.end()
  return { records, spans, ends }
}

function reference(text: string): string[][] | 'error' {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'], bom: true }) as string[][]
  } catch {
    return 'error'
  }
}

/** Valid CSV: cells quoted when they need it (or at random), rows joined by "\n" or "\r\n". */
const csvText = fc
  .array(
    fc.array(
      fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '4'), maxLength: 6 }), fc.boolean()),
      { minLength: 1, maxLength: 4 },
    ),
    { maxLength: 6 },
  )
  .chain((rows) =>
    fc.tuple(fc.constant(rows), fc.array(fc.constantFrom('\n', '\r\n'), { minLength: rows.length, maxLength: rows.length }), fc.boolean()),
  )
  .map(([rows, breaks, finalBreak]) =>
    rows
      .map((cells, index) => {
        const line = cells.map(([value, quote]) => (quote || /[",\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value)).join(',')
        return line + (index < rows.length - 1 || finalBreak ? breaks[index] : '')
      })
      .join(''),
  )

describe('CsvReader', () => {
  it('reads valid CSV as csv-parse does, for any chunking; spans cut out each cell as written', () => {
    fc.assert(
      fc.property(csvText, cutsArbitrary(120), (text, cuts) => {
        const result = read(splitAt(text, cuts))
        expect(result.records).toEqual(reference(text))
        for (const span of result.spans) expect(span.quoted ? span.raw.slice(1, -1).replaceAll('""', '"') : span.raw).toBe(span.value)
        if (result.ends.length > 0) expect(result.ends[result.ends.length - 1]).toBeLessThanOrEqual(text.length)
      }),
    )
  })

  it('agrees with csv-parse on any text at all: the same records, or an error', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r'), maxLength: 30 }), cutsArbitrary(30), (text, cuts) => {
        const expected = reference(text)
        if (expected === 'error') {
          expect(() => read(splitAt(text, cuts))).toThrow(CsvSyntaxError)
          return
        }
        expect(read(splitAt(text, cuts)).records).toEqual(expected)
      }),
    )
  })

  it('hands over a long cell in pieces that put together are the cell', () => {
    fc.assert(
      fc.property(csvText, cutsArbitrary(120), (text, cuts) => {
        expect(read(splitAt(text, cuts), 2).records).toEqual(reference(text))
      }),
    )
  })

  it('gives each cell the line it starts on, and csv-parse codes for errors', () => {
    const { spans } = read(['a,"x\ny"\n', '\nb,c'])
    expect(spans.map((span) => [span.value, span.line])).toEqual([
      ['a', 1],
      ['x\ny', 1],
      ['b', 4],
      ['c', 4],
    ])
    const codeOf = (text: string): string => {
      try {
        read([text])
      } catch (error) {
        return error instanceof CsvSyntaxError ? `${error.code}:${error.line}` : String(error)
      }
      return 'ok'
    }
    expect(codeOf('text\n"card 4111111111111111" x\n')).toBe('CSV_INVALID_CLOSING_QUOTE:2')
    expect(codeOf('a\nb"c\n')).toBe('CSV_INVALID_OPENING_QUOTE:2')
    expect(codeOf('a\n"open\n')).toBe('CSV_QUOTE_NOT_CLOSED:3')
  })
})
