import type { Redactor } from '../redactor.js'
import type { StreamOptions } from './redaction-stream.js'

/**
 * A WHATWG `TransformStream<string, string>` that redacts what flows through it:
 * for browsers, Node 18+, Deno, Bun and edge runtimes. Pipe an LLM's text stream
 * or a socket's decoded text through it; chunks come out as soon as they are
 * final, and the held tail is flushed when the input closes.
 *
 * @example
 * ```ts
 * import { createRedactor, createRedactionTransformStream } from 'chatmask'
 * const safe = llmTextStream.pipeThrough(createRedactionTransformStream(createRedactor()))
 * ```
 */
export function createRedactionTransformStream(redactor: Redactor, options?: StreamOptions): TransformStream<string, string> {
  const stream = redactor.stream(options)
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const output = stream.write(chunk)
      if (output !== '') controller.enqueue(output)
    },
    flush(controller) {
      const output = stream.end()
      if (output !== '') controller.enqueue(output)
    },
  })
}
