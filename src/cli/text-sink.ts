/**
 * Where redacted text goes: batched into large writes (a write per line would
 * cost a syscall per line). `ready()` is the backpressure: processors await it
 * once per input chunk, so reading pauses while output is behind.
 *
 * A batch is written to completion before redaction goes on. Overlapping them
 * (one async write in flight while the next batch is redacted) kept batches alive
 * across young-generation GCs, so output was promoted to the old space: 57–151 MB
 * promoted per 100 MB of JSONL, against 22 MB now (5 runs each, `--trace-gc-nvp`),
 * for no measurable speed (writes to files and pipes mostly complete at once).
 */

/** How output text becomes bytes: the input's encoding, so a UTF-16 export is rewritten as UTF-16. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Writes batched text. */
export interface TextSink {
  /** Queues text; never blocks. */
  write(text: string): void
  /** Writes the queued text once there is a batch of it; rejects if writing failed. */
  ready(): Promise<void>
  /** Writes everything queued. */
  flush(): Promise<void>
  /** The encoding of text written from now on (default UTF-8). */
  setEncoding(encoding: TextEncoding): void
  /** Writes bytes as they are, after everything queued (a worker's spooled output, already encoded). */
  writeBytes(bytes: Buffer): Promise<void>
}

/** Writes are batched up to this many UTF-16 code units. */
const BATCH_CHARS = 1 << 16

/** `text` as bytes in `encoding`. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  const bytes = Buffer.from(text, 'utf16le')
  return encoding === 'utf-16le' ? bytes : bytes.swap16()
}

/** A sink over any "write these bytes" function that resolves when they are written. */
export class BatchedSink implements TextSink {
  readonly #writeOut: (bytes: Buffer) => Promise<void>
  #parts: string[] = []
  #size = 0
  #encoding: TextEncoding = 'utf-8'

  constructor(writeOut: (bytes: Buffer) => Promise<void>) {
    this.#writeOut = writeOut
  }

  write(text: string): void {
    if (text === '') return
    this.#parts.push(text)
    this.#size += text.length
  }

  async ready(): Promise<void> {
    if (this.#size >= BATCH_CHARS) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.#size === 0) return
    const text = this.#parts.length === 1 ? (this.#parts[0] as string) : this.#parts.join('')
    this.#parts = []
    this.#size = 0
    await this.#writeOut(encodeText(text, this.#encoding))
  }

  setEncoding(encoding: TextEncoding): void {
    this.#encoding = encoding
  }

  async writeBytes(bytes: Buffer): Promise<void> {
    await this.flush()
    if (bytes.length > 0) await this.#writeOut(bytes)
  }
}

/** For `--check`: counts happen, output does not. */
export const DISCARD_SINK: TextSink = {
  write: () => undefined,
  ready: async () => undefined,
  flush: async () => undefined,
  setEncoding: () => undefined,
  writeBytes: async () => undefined,
}
