/**
 * The input bytes between what has been consumed and what has been read, so a
 * parser that reports only byte offsets (csv-parse's `info.bytes`) can hand back
 * the exact original bytes of each record. Holds only what the parser has not
 * yet emitted: a record or two, and a chunk.
 */
export class ByteWindow {
  #chunks: Buffer[] = []
  /** Absolute offset of `#chunks[0][0]`. */
  #start = 0

  append(chunk: Buffer): void {
    if (chunk.length > 0) this.#chunks.push(chunk)
  }

  /** Removes and returns the bytes from the last `take` up to absolute offset `end`. */
  take(end: number): Buffer {
    const parts: Buffer[] = []
    let need = end - this.#start
    while (need > 0) {
      const chunk = this.#chunks[0]
      if (chunk === undefined) throw new Error(`byte window: offset ${end} is past the input read`)
      if (chunk.length <= need) {
        parts.push(chunk)
        this.#chunks.shift()
        need -= chunk.length
      } else {
        parts.push(chunk.subarray(0, need))
        this.#chunks[0] = chunk.subarray(need)
        need = 0
      }
    }
    this.#start = end
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)
  }

  /** Removes and returns everything left. */
  rest(): Buffer {
    const rest = Buffer.concat(this.#chunks)
    this.#start += rest.length
    this.#chunks = []
    return rest
  }
}
