import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../src/cli/line-splitter.js'
import { cutsArbitrary, splitAt } from '../helpers/chunking.js'

/** At a space (either side), as the conversation's joiner rule says for whitespace. */
const atSpace = (before: string, after: string): boolean => before === ' ' || after === ' '

function linesOf(chunks: readonly string[], cutLongLinesAt?: number): [string, string][] {
  const lines: [string, string][] = []
  const splitter = new LineSplitter(cutLongLinesAt, atSpace)
  const onLine = (content: string, terminator: string, continues: boolean): void => {
    lines.push([content, continues ? '+' : terminator])
  }
  for (const chunk of chunks) splitter.push(chunk, onLine)
  splitter.end(onLine)
  return lines
}

/** The pieces put back together: a continued piece ("+") runs straight into the next. */
const joined = (lines: readonly [string, string][]): string => lines.map(([content, terminator]) => content + (terminator === '+' ? '' : terminator)).join('')

describe('LineSplitter', () => {
  it('keeps each line terminator, a lone CR inside a line, and a last line without one', () => {
    expect(linesOf(['a\r\nb\rc\n', '\nlast'])).toEqual([
      ['a', '\r\n'],
      ['b\rc', '\n'],
      ['', '\n'],
      ['last', ''],
    ])
  })

  it('gives back exactly the input for any chunking, a CRLF split across chunks included', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab\r\n]{0,60}$/), cutsArbitrary(60), (text, cuts) => {
        const lines = linesOf(splitAt(text, cuts))
        expect(lines.map(([content, terminator]) => content + terminator).join('')).toBe(text)
        expect(lines).toEqual(linesOf([text]))
        for (const [content] of lines) expect(content).not.toContain('\n')
      }),
    )
  })

  it('cuts a long line where the joiner rule allows (at a space), else after punctuation, else at the bound; the pieces give back the line', () => {
    expect(linesOf(['aaaa bb', 'b cc\nx'], 5)).toEqual([
      ['aaaa ', '+'],
      ['bbb cc', '\n'],
      ['x', ''],
    ])
    // The rest of a line that ends in the next chunk is handed over with it: at most the bound plus one chunk.
    expect(linesOf(['aa,bbbbbbb', 'bbbbb\n'], 5)).toEqual([
      ['aa,', '+'],
      ['bbbbb', '+'],
      ['bbbbbbb', '\n'],
    ])
    fc.assert(
      fc.property(fc.stringMatching(/^[ab ,\r\n]{0,80}$/), cutsArbitrary(80), fc.integer({ min: 1, max: 20 }), (text, cuts, cutAt) => {
        const lines = linesOf(splitAt(text, cuts), cutAt)
        expect(joined(lines)).toBe(text)
        for (const [content, terminator] of lines) if (terminator === '+') expect(content.length).toBeGreaterThan(0)
      }),
    )
  })

  it('never cuts between the halves of a surrogate pair', () => {
    const line = '😀'.repeat(20)
    for (const [content] of linesOf([line], 5)) expect(content).toMatch(/^(?:😀)+$/u)
  })

  it('handles a line of many chunks with no place to cut in linear work (each piece at most the bound)', () => {
    const chunk = 'x'.repeat(1000)
    const lines = linesOf(Array.from({ length: 200 }, () => chunk), 4096)
    expect(joined(lines)).toBe(chunk.repeat(200))
    for (const [content] of lines) expect(content.length).toBeLessThanOrEqual(4096)
  })
})
