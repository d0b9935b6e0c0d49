/**
 * chatmask/node: a Node.js `stream.Transform` adapter. Node-only (it imports
 * `node:stream` and `node:string_decoder`), so it lives in its own entry point and
 * never reaches a browser bundle.
 */
import { Transform, type TransformCallback } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import type { Redactor } from './redactor.js'
import type { StreamOptions } from './stream/redaction-stream.js'

/**
 * A Node `Transform` that takes strings or Buffers (UTF-8, with characters split
 * across chunks decoded correctly) and pushes redacted text. Backpressure is the
 * stream machinery's own: `pipeline(source, createRedactionTransform(r), sink)`.
 *
 * @example
 * ```ts
 * import { pipeline } from 'node:stream/promises'
 * import { createRedactor } from 'chatmask'
 * import { createRedactionTransform } from 'chatmask/node'
 * await pipeline(process.stdin, createRedactionTransform(createRedactor()), process.stdout)
 * ```
 */
export function createRedactionTransform(redactor: Redactor, options?: StreamOptions): Transform {
  const stream = redactor.stream(options)
  const decoder = new StringDecoder('utf8')
  return new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        const text = typeof chunk === 'string' ? chunk : decoder.write(chunk)
        const output = stream.write(text)
        callback(null, output === '' ? undefined : output)
      } catch (error) {
        callback(error as Error)
      }
    },
    flush(callback: TransformCallback) {
      try {
        const output = stream.write(decoder.end()) + stream.end()
        callback(null, output === '' ? undefined : output)
      } catch (error) {
        callback(error as Error)
      }
    },
  })
}
