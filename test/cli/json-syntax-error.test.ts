import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeJsonSyntaxError, invalidJsonMessage, lineAndColumnOf } from '../../src/cli/json-syntax-error.js'

function problemOf(text: string) {
  try {
    JSON.parse(text)
  } catch (error) {
    return describeJsonSyntaxError(error)
  }
  throw new Error('parsed')
}

describe('describeJsonSyntaxError', () => {
  it('keeps V8 reasons that quote nothing, and the position', () => {
    expect(problemOf('{"a": 4111111111111111 x}')).toEqual({ reason: "Expected ',' or '}' after property value", position: 23 })
    expect(invalidJsonMessage(problemOf('"abc'), 'column 5')).toBe('invalid JSON (Unterminated string, column 5).')
  })

  it('drops reasons that quote the input', () => {
    // V8: Unexpected token 'x', "[4111111111111111, x]" is not valid JSON
    expect(problemOf('[4111111111111111, x]').reason).toBeUndefined()
  })

  it('never repeats a digit run of the input, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('4111111111111111', '5555 5555 5555 4444'), fc.string(), (before, card, after) => {
        const text = `${before}${card}${after}`
        let problem
        try {
          JSON.parse(text)
          return
        } catch (error) {
          problem = describeJsonSyntaxError(error)
        }
        const message = invalidJsonMessage(problem, undefined)
        expect(message).not.toMatch(/[0-9]{4}/)
      }),
    )
  })

  it('lineAndColumnOf counts from 1', () => {
    expect(lineAndColumnOf('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumnOf('ab', 0)).toEqual({ line: 1, column: 1 })
  })
})
