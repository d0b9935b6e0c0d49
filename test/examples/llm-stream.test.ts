/**
 * The LLM-stream example: a simulated model reply, token by token, through
 * createRedactionTransformStream. The safe text must equal batch redaction, come
 * out while the reply is still streaming (not all at the end), and never hold a
 * digit of the card beyond its last four, the expiry or the CVV.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'
import { maskTokens, SAMPLE_REPLY, simulatedLlmReply } from '../../examples/llm-stream/llm-stream.js'
import { splitAt } from '../helpers/chunking.js'
import { expectNoLeak } from './leak-check.js'

const EXPECTED =
  'Sure! The card on file is **** **** **** 1881, expiring **/**, and the CVV is ***. ' + 'Shall I charge the $42.50 to it?'

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = []
  for await (const chunk of chunks) out.push(chunk)
  return out
}

async function* fromArray(tokens: readonly string[]): AsyncGenerator<string> {
  yield* tokens
}

describe('examples/llm-stream', () => {
  it('prints the reply masked, equal to batch redaction', async () => {
    const chunks = await collect(maskTokens(simulatedLlmReply()))
    expect(chunks.join('')).toBe(EXPECTED)
    expect(chunks.join('')).toBe(createRedactor().redact(SAMPLE_REPLY).text)
    // Shown progressively, no state of the output reveals more than the final text does.
    let shown = ''
    for (const chunk of chunks) {
      shown += chunk
      expectNoLeak(shown.replace('$42.50', ''), ['1881'])
    }
  })

  it('masks a reply formatted in Markdown, as models write, token by token', async () => {
    const reply = 'Here are the details:\n* **Card:** **4012 8888 8888 1881**\n* **Expires:** *08/28*\n* **CVV:** `737`'
    const chunks = await collect(maskTokens(simulatedLlmReply(reply)))
    expect(chunks.join('')).toBe(createRedactor().redact(reply).text)
    let shown = ''
    for (const chunk of chunks) {
      shown += chunk
      expectNoLeak(shown, ['1881'])
    }
    expect(shown).toContain('1881**')
  })

  it('streams: safe text arrives while the model is still producing tokens', async () => {
    const events: string[] = []
    async function* traced(): AsyncGenerator<string> {
      for await (const token of simulatedLlmReply()) {
        events.push(`token ${JSON.stringify(token)}`)
        yield token
      }
      events.push('model done')
    }
    for await (const chunk of maskTokens(traced())) events.push(`safe ${JSON.stringify(chunk)}`)
    const modelDone = events.indexOf('model done')
    const cardShown = events.findIndex((event) => event.startsWith('safe') && event.includes('**** **** **** 1881'))
    const greetingShown = events.findIndex((event) => event.startsWith('safe') && event.includes('Sure'))
    expect(greetingShown).toBeGreaterThanOrEqual(0)
    expect(greetingShown).toBeLessThan(events.indexOf('token " card"'))
    expect(cardShown).toBeGreaterThanOrEqual(0)
    expect(cardShown).toBeLessThan(modelDone)
  })

  it('gives the same safe text for any tokenization of the reply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: SAMPLE_REPLY.length }), { maxLength: 40 }), async (cuts) => {
        const chunks = await collect(maskTokens(fromArray(splitAt(SAMPLE_REPLY, cuts))))
        expect(chunks.join('')).toBe(EXPECTED)
      }),
      { numRuns: 100 },
    )
  })

  it('runs as a script', () => {
    const script = fileURLToPath(new URL('../../examples/llm-stream/llm-stream.ts', import.meta.url))
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      env: { ...process.env, TOKEN_DELAY_MS: '0' },
      timeout: 30_000,
    })
    expect(output).toBe(`${EXPECTED}\n`)
  })
})
