import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../src/cli/line-splitter.js'
import { cutsArbitrary, splitAt } from '../helpers/chunking.js'

function linesOf(chunks: readonly string[], cutLongLinesAt?: number): [string, string][] {
  const lines: [string, string][] = []
  const splitter = new LineSplitter(cutLongLinesAt)
  for (const chunk of chunks) splitter.push(chunk, (content, terminator) => lines.push([content, terminator]))
  splitter.end((content, terminator) => lines.push([content, terminator]))
  return lines
}

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

  it('cuts a long line at a space, handing the space over as the terminator; the pieces give back the input', () => {
    expect(linesOf(['aaaa bb', 'b cc\nx'], 5)).toEqual([
      ['aaaa', ' '],
      ['bbb cc', '\n'],
      ['x', ''],
    ])
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \r\n]{0,80}$/), cutsArbitrary(80), fc.integer({ min: 1, max: 20 }), (text, cuts, cutAt) => {
        const lines = linesOf(splitAt(text, cuts), cutAt)
        expect(lines.map(([content, terminator]) => content + terminator).join('')).toBe(text)
        for (const [content, terminator] of lines) if (terminator === ' ') expect(content.length).toBeGreaterThan(0)
      }),
    )
  })
})
