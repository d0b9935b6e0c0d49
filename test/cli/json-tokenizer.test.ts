/**
 * The streaming JSON tokenizer against `JSON.parse`, the reference: for any
 * JSON text in any layout and any chunking, the events rebuild exactly the value
 * JSON.parse reads (numbers compared as written), and a text JSON.parse rejects
 * is rejected too. Errors carry a fixed reason and a position, never the text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JsonSyntaxError, JsonTokenizer, type JsonEvents } from '../../src/cli/json-tokenizer.js'
import { cutsArbitrary, splitAt } from '../helpers/chunking.js'

interface Tokenized {
  readonly values: unknown[]
  /** Each scalar's raw text and line, in order. */
  readonly scalars: { raw: string; line: number }[]
}

/** Feeds `chunks` and rebuilds the top-level values from the events. */
function tokenize(chunks: readonly string[], mode: 'json' | 'jsonl' = 'json', longStringChars?: number): Tokenized {
  const values: unknown[] = []
  const scalars: { raw: string; line: number }[] = []
  const stack: { container: unknown[] | Record<string, unknown>; key: string | undefined }[] = []
  let long = ''
  const place = (value: unknown): void => {
    const top = stack[stack.length - 1]
    if (top === undefined) values.push(value)
    else if (Array.isArray(top.container)) top.container.push(value)
    else top.container[top.key as string] = value
  }
  let tokenizer: JsonTokenizer
  const events: JsonEvents = {
    open(kind) {
      const container = kind === 'object' ? {} : []
      place(container)
      stack.push({ container, key: undefined })
    },
    close() {
      stack.pop()
    },
    property(name) {
      ;(stack[stack.length - 1] as { key: string | undefined }).key = name
    },
    scalar(kind, start, end, line) {
      const raw = tokenizer.slice(start, end)
      scalars.push({ raw, line })
      place(kind === 'number' ? Number(raw) : JSON.parse(raw))
    },
    longStringStart() {
      long = ''
    },
    longStringPiece(raw) {
      long += JSON.parse(`"${raw}"`) as string
    },
    longStringEnd() {
      place(long)
    },
  }
  tokenizer = new JsonTokenizer(events, { mode, longStringChars })
  for (const chunk of chunks) {
    tokenizer.push(chunk)
    // A consumer that keeps nothing: only what a token in progress needs is held.
    tokenizer.release(tokenizer.length)
  }
  tokenizer.end()
  return { values, scalars }
}

/** JSON text in the layouts people write: compact, indented, or with tabs. */
const jsonText = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 2, '\t'))
  .map(([value, indent]) => JSON.stringify(value, null, indent))

describe('JsonTokenizer', () => {
  it('rebuilds what JSON.parse reads, for any layout and any chunking', () => {
    fc.assert(
      fc.property(jsonText, cutsArbitrary(200), (text, cuts) => {
        expect(tokenize(splitAt(text, cuts)).values).toEqual([JSON.parse(text)])
      }),
    )
  })

  it('hands over long strings in pieces that decode to the whole string, escapes never cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', 'é', '😀', '\u0001', 'b'), maxLength: 60 }), cutsArbitrary(400), (value, cuts) => {
        const text = JSON.stringify({ key: value, list: [value] })
        expect(tokenize(splitAt(text, cuts), 'json', 3).values).toEqual([JSON.parse(text)])
      }),
    )
  })

  it('reads numbers as written: a 16-digit card is not rounded to a double', () => {
    const { scalars } = tokenize(['{"card": 4111111111111111, "n": -1.5e+3, "big": 12345678901234567890}'])
    expect(scalars.map((scalar) => scalar.raw)).toEqual(['4111111111111111', '-1.5e+3', '12345678901234567890'])
  })

  it('gives each token its line', () => {
    const { scalars } = tokenize(['[\n  "a",\n\n  1,', '\n  true\n]'])
    expect(scalars).toEqual([
      { raw: '"a"', line: 2 },
      { raw: '1', line: 4 },
      { raw: 'true', line: 5 },
    ])
  })

  it('rejects what JSON.parse rejects (mutations of valid JSON), with a fixed reason and position', () => {
    const mutation = fc.tuple(jsonText, fc.nat(), fc.constantFrom('', '"', ',', '}', ']', '{', '[', ':', 'x', '\u0000', '-', '.', 'e', '0', ' '), fc.boolean())
    fc.assert(
      fc.property(mutation, ([text, at, insert, replace]) => {
        const index = at % (text.length + 1)
        const mutated = text.slice(0, index) + insert + text.slice(index + (replace ? 1 : 0))
        let expected: unknown
        let parses = true
        try {
          expected = JSON.parse(mutated)
        } catch {
          parses = false
        }
        if (parses) {
          expect(tokenize([mutated]).values).toEqual([expected])
          return
        }
        let error: unknown
        try {
          tokenize([mutated])
        } catch (caught) {
          error = caught
        }
        expect(error).toBeInstanceOf(JsonSyntaxError)
        const { reason, line, column } = error as JsonSyntaxError
        expect(line).toBeGreaterThanOrEqual(1)
        expect(column).toBeGreaterThanOrEqual(1)
        // The reason is one of a few fixed phrases: it never carries input text.
        expect(reason).toMatch(/^(?:Unexpected|Expected|Unterminated|Bad|No number|Exponent|Nesting|A value)[A-Za-z ,':{}\]0-9-]*$/)
      }),
    )
  })

  it('names what is wrong without quoting the input', () => {
    const reasonOf = (text: string): string | undefined => {
      try {
        tokenize([text])
      } catch (error) {
        return error instanceof JsonSyntaxError ? `${error.reason} @${error.line}:${error.column}` : String(error)
      }
      return undefined
    }
    expect(reasonOf('{"text": "4111111111111111" x}')).toBe("Expected ',' or '}' after property value @1:29")
    expect(reasonOf('[1, 2')).toBe('Unexpected end of JSON input @1:6')
    expect(reasonOf('{"a": 1}\n{"b": 2}')).toBe('Unexpected non-whitespace character after JSON @2:1')
    expect(reasonOf('"4111 1111')).toBe('Unterminated string @1:11')
    expect(reasonOf('')).toBe('Unexpected end of JSON input @1:1')
    expect(reasonOf('[' .repeat(10_001))).toBe('Nesting deeper than 10000 levels @1:10001')
  })

  it('jsonl: one value per line, blank lines allowed, a value may not continue past its line', () => {
    expect(tokenize(['{"a":1}\n\n', '4111\n"x"\r\n[]'], 'jsonl').values).toEqual([{ a: 1 }, 4111, 'x', []])
    expect(tokenize([''], 'jsonl').values).toEqual([])
    expect(() => tokenize(['{"a":\n1}'], 'jsonl')).toThrow('A value continues past the end of its line (line 1, column 6)')
    expect(() => tokenize(['{"a":1} {"b":2}'], 'jsonl')).toThrow('Unexpected non-whitespace character after JSON')
  })

  it('keeps only what a token in progress needs, whatever the input length', () => {
    const tokenizer = new JsonTokenizer(
      { open: () => {}, close: () => {}, property: () => {}, scalar: () => {}, longStringStart: () => {}, longStringPiece: () => {}, longStringEnd: () => {} },
      { mode: 'json', longStringChars: 1000 },
    )
    const item = '{"text": "hello 4111 1111 1111 1111", "n": 12},'
    tokenizer.push('[')
    for (let index = 0; index < 2000; index++) {
      tokenizer.push(item)
      tokenizer.release(tokenizer.length)
      // What was released goes at the next push: at most the last chunk and the one before.
      expect(tokenizer.heldLength).toBeLessThanOrEqual(2 * item.length)
    }
    tokenizer.push('1]')
    tokenizer.end()
  })
})
