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

/** Writes batched text. */
export interface TextSink {
  /** Queues text; never blocks. */
  write(text: string): void
  /** Writes the queued text once there is a batch of it; rejects if writing failed. */
  ready(): Promise<void>
  /** Writes everything queued. */
  flush(): Promise<void>
}

/** Writes are batched up to this many UTF-16 code units. */
const BATCH_CHARS = 1 << 16

/** A sink over any "write this string" function that resolves when it is written. */
export class BatchedSink implements TextSink {
  readonly #writeOut: (text: string) => Promise<void>
  #parts: string[] = []
  #size = 0

  constructor(writeOut: (text: string) => Promise<void>) {
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
    const text = this.#parts.join('')
    this.#parts = []
    this.#size = 0
    await this.#writeOut(text)
  }
}

/** For `--check`: counts happen, output does not. */
export const DISCARD_SINK: TextSink = {
  write: () => undefined,
  ready: async () => undefined,
  flush: async () => undefined,
}
