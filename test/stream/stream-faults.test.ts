/**
 * Faults of the stream API: a throwing `onFinding` callback neither loses text
 * (what the failing call settled comes back from the next call) nor leaks it
 * (nothing unredacted is ever returned; the error is the callback's own); and
 * every stream option is checked like `createRedactor()`'s.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChatmaskError, createRedactor, createRedactionTransformStream, type Finding } from '../../src/index.js'
import { chatTextArbitrary, FIXED_NOW } from '../helpers/chat-text.js'
import { cutsArbitrary, splitAt } from '../helpers/chunking.js'
import { chatmaskErrorOf } from '../helpers/errors.js'

const redactor = createRedactor({ now: FIXED_NOW })

class CallbackFailure extends Error {}

/**
 * Feeds `chunks`, with an `onFinding` that throws for the findings `fails`
 * picks; a caller that catches each error and goes on. Returns everything the
 * stream returned, and every finding it reported.
 */
function streamThroughFailures(text: string, cuts: readonly number[], fails: (index: number) => boolean) {
  const reported: Finding[] = []
  const stream = redactor.stream({
    onFinding: (finding) => {
      reported.push(finding)
      if (fails(reported.length - 1)) throw new CallbackFailure('callback failed')
    },
  })
  let output = ''
  let errors = 0
  const call = (step: () => string): void => {
    try {
      output += step()
    } catch (error) {
      if (!(error instanceof CallbackFailure)) throw error
      errors++
    }
  }
  for (const chunk of splitAt(text, cuts)) call(() => stream.write(chunk))
  call(() => stream.end())
  // end() threw: the rest comes from a second end().
  if (output.length < redactor.redact(text).text.length || errors > 0) {
    try {
      output += stream.end()
    } catch (error) {
      if (!(error instanceof ChatmaskError && error.code === 'STREAM_ENDED')) throw error
    }
  }
  return { output, reported, errors }
}

describe('stream(): a throwing onFinding', () => {
  it('loses no text: the text the failing call settled comes back from the next call (worked example)', () => {
    let calls = 0
    const stream = redactor.stream({
      onFinding: () => {
        calls++
        if (calls === 1) throw new CallbackFailure('first one fails')
      },
    })
    const whole = 'hello card 4111 1111 1111 1111 thanks, and cvv 737 it is'
    const first = stream.write('hello card 4111 1111 1111 1111 ')
    expect(first).toBe('hello ca')
    // The card is settled by this write, and its callback throws: nothing is returned, nothing is lost.
    expect(() => stream.write('thanks, and cvv 737 it is')).toThrow(CallbackFailure)
    const next = stream.write('')
    expect(next.startsWith('rd **** **** **** 1111 thanks')).toBe(true)
    expect(first + next + stream.end()).toBe(redactor.redact(whole).text)
    expect(calls).toBe(2)
  })

  it('outputs still add up to redact(whole), every finding is reported once, for any failures and any chunking', () => {
    fc.assert(
      fc.property(chatTextArbitrary(), cutsArbitrary(300), fc.func(fc.boolean()), (text, cuts, fails) => {
        const { output, reported } = streamThroughFailures(text, cuts, (index) => fails(index))
        const batch = redactor.redact(text)
        expect(output).toBe(batch.text)
        expect(reported).toEqual(batch.findings)
      }),
    )
  })

  it('never returns text that was not redacted: every output is a prefix of the batch output', () => {
    fc.assert(
      fc.property(chatTextArbitrary(), cutsArbitrary(300), (text, cuts) => {
        const batch = redactor.redact(text).text
        const stream = redactor.stream({
          onFinding: () => {
            throw new CallbackFailure('always')
          },
        })
        let shown = ''
        for (const chunk of splitAt(text, cuts)) {
          try {
            shown += stream.write(chunk)
          } catch {
            // The text stays with the stream; it is not shown.
          }
          expect(batch.startsWith(shown)).toBe(true)
        }
      }),
    )
  })

  it('the callback’s own error is what surfaces (the stream adds nothing of the input to it)', () => {
    const failure = new CallbackFailure('callback failed')
    const stream = redactor.stream({
      onFinding: () => {
        throw failure
      },
    })
    let caught: unknown
    try {
      stream.write('card 4111111111111111 ')
      stream.end()
    } catch (error) {
      caught = error
    }
    expect(caught).toBe(failure)
    // A second end() gives the rest, redacted.
    expect(stream.end()).toContain('************1111')
  })

  it('a TransformStream over it errors, and emits nothing after the error', async () => {
    const transform = createRedactionTransformStream(redactor, {
      onFinding: () => {
        throw new CallbackFailure('in a pipe')
      },
    })
    const writer = transform.writable.getWriter()
    const reader = transform.readable.getReader()
    const written = writer.write('card 4111111111111111 and more').catch((error: unknown) => error)
    const read = reader.read().catch((error: unknown) => error)
    const closed = writer.close().catch((error: unknown) => error)
    expect(await read).toBeInstanceOf(CallbackFailure)
    expect(await written).toBeInstanceOf(CallbackFailure)
    expect(await closed).toBeInstanceOf(CallbackFailure)
  })
})

describe('stream(): options are checked like createRedactor()’s', () => {
  it.each([
    [{ onFinding: 'log' }, 'onFinding', 'stream(): Invalid option onFinding: received a string'],
    [{ onFindings: () => undefined }, 'onFindings', 'not a known option (did you mean "onFinding"?). Allowed: onFinding, answering.'],
    [{ answering: 'cvv' }, 'answering', 'answering'],
    [{ answering: ['pin'] }, 'answering.0', 'answering[0]'],
  ])('%j is rejected, naming %s', (options, path, message) => {
    const error = chatmaskErrorOf(() => redactor.stream(options as never))
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toBe(path)
    expect(error.message).toContain(message)
  })

  it('rejects options that are not an object, and never repeats a value that might be sensitive', () => {
    for (const options of [null, 'x', 42, ['onFinding']]) expect(chatmaskErrorOf(() => redactor.stream(options as never)).code).toBe('INVALID_OPTIONS')
    const error = chatmaskErrorOf(() => redactor.stream({ onFinding: '4111111111111111' } as never))
    expect(error.message).not.toContain('4111')
    const oddKey = chatmaskErrorOf(() => redactor.stream({ '4111 1111 1111 1111': true } as never))
    expect(oddKey.message).not.toContain('4111')
  })

  it('the adapters check them too', () => {
    expect(chatmaskErrorOf(() => createRedactionTransformStream(redactor, { onFinding: 1 } as never)).path).toBe('onFinding')
  })
})
