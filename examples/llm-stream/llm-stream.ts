/**
 * Masking an LLM's reply token by token, before a user, a log or another model
 * sees it. The "LLM" here is simulated (no network): an async generator that
 * yields a reply in small tokens, digits split the way model tokenizers split
 * them. The tokens are piped through `createRedactionTransformStream`, and the
 * safe text is printed as it arrives: words flow through at once, a number is
 * held only until it is known whether it is a card, an expiry or a CVV.
 *
 * Run it:  node --import tsx examples/llm-stream/llm-stream.ts
 *
 * In your own project, import from 'chatmask' instead of '../../src/index.js'.
 */
import { pathToFileURL } from 'node:url'
import { createRedactionTransformStream, createRedactor, type Redactor } from '../../src/index.js'

/** A reply quoting Visa's published test number, an expiry date and a CVV. */
export const SAMPLE_REPLY =
  'Sure! The card on file is 4012 8888 8888 1881, expiring 08/28, and the CVV is 737. ' +
  'Shall I charge the $42.50 to it?'

/**
 * A word with its leading space, up to three digits (tokenizers rarely merge more),
 * a run of spaces, or one other character: roughly how an LLM's tokens fall.
 */
const TOKEN = /\s?\p{L}+|\s?\d{1,3}|\s+|./gu

/** The reply as a simulated model would stream it, with an optional pause between tokens. */
export async function* simulatedLlmReply(reply: string = SAMPLE_REPLY, tokenDelayMs = 0): AsyncGenerator<string> {
  for (const token of reply.match(TOKEN) ?? []) {
    if (tokenDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, tokenDelayMs))
    yield token
  }
}

/** Any async iterable of text as a WHATWG ReadableStream (what `fetch` bodies and AI SDKs hand you). */
export function readableFrom(tokens: AsyncIterable<string>): ReadableStream<string> {
  const iterator = tokens[Symbol.asyncIterator]()
  return new ReadableStream<string>({
    async pull(controller) {
      const { value, done } = await iterator.next()
      if (done) controller.close()
      else controller.enqueue(value)
    },
    async cancel() {
      await iterator.return?.()
    },
  })
}

/**
 * The safe text of a token stream, chunk by chunk, as soon as each piece is final.
 * Joined, the chunks equal `redactor.redact(wholeReply).text`.
 */
export async function* maskTokens(tokens: AsyncIterable<string>, redactor: Redactor = createRedactor()): AsyncGenerator<string> {
  const reader = readableFrom(tokens).pipeThrough(createRedactionTransformStream(redactor)).getReader()
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  const delay = Number(process.env.TOKEN_DELAY_MS ?? 40)
  for await (const safe of maskTokens(simulatedLlmReply(SAMPLE_REPLY, delay))) process.stdout.write(safe)
  process.stdout.write('\n')
}
