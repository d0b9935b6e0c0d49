import { describe, expect, it } from 'vitest'
import { createRedactionTransformStream, createRedactor } from '../../src/index.js'

const redactor = createRedactor({ now: () => new Date('2026-11-24T12:00:00Z') })

async function pipeTokens(tokens: readonly string[]): Promise<string[]> {
  const source = new ReadableStream<string>({
    start(controller) {
      for (const token of tokens) controller.enqueue(token)
      controller.close()
    },
  })
  const out: string[] = []
  const reader = source.pipeThrough(createRedactionTransformStream(redactor)).getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return out
    out.push(value)
  }
}

describe('createRedactionTransformStream()', () => {
  it('masks a card an LLM streams token by token, equal to batch', async () => {
    const reply = 'Sure! The card on file is 4111 1111 1111 1111, exp 12/28, cvv 123. Anything else?'
    const tokens = reply.match(/.{1,3}/gs) ?? []
    const out = await pipeTokens(tokens)
    expect(out.join('')).toBe(redactor.redact(reply).text)
    expect(out.join('')).toContain('**** **** **** 1111')
    // No chunk ever carries a digit of the card beyond the last four.
    for (const chunk of out) expect(chunk).not.toMatch(/4111 1|1111 1111 1/)
  })

  it('emits nothing for empty input and flushes the held tail at the end', async () => {
    expect(await pipeTokens([])).toEqual([])
    expect((await pipeTokens(['order ', '12345'])).join('')).toBe('order 12345')
  })
})
