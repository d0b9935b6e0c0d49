/**
 * Splits decoded text into lines as it arrives, keeping each line's terminator
 * ("\n", "\r\n", or "" for a last line without one) so output can write back
 * exactly the bytes that came in. A lone "\r" is not a line break (no chat export
 * uses old Mac endings, and treating it as one would lose it).
 *
 * Optionally, a line longer than `cutLongLinesAt` is handed over in pieces, each
 * cut at a space that is dropped and reported as the piece's terminator " ": the
 * consumer writes it back, and memory stays bounded whatever the line's length. A
 * run of that many characters without a space is kept whole.
 */

const LINE_FEED = '\n'
const CARRIAGE_RETURN = 0x0d // "\r"
const SPACE = ' '

/** How a piece of text ended: a line break, the end of input, or (for a cut long line) the space it was cut at. */
export type Terminator = '' | '\n' | '\r\n' | ' '

/** Receives each complete line (or piece of a long one): its content, then what followed it. */
export type OnLine = (content: string, terminator: Terminator) => void

export class LineSplitter {
  readonly #cutLongLinesAt: number
  /**
   * Pieces of the line still open at the end of the last chunk. A list, not one
   * string, so a long line costs one join instead of a copy per chunk.
   */
  #carry: string[] = []
  #carryLength = 0
  /** The carry length at which to look for a space to cut at next (grows when none is found). */
  #nextCutAt: number

  /** `cutLongLinesAt`: hand over lines longer than this in pieces cut at spaces (default: never). */
  constructor(cutLongLinesAt = Number.POSITIVE_INFINITY) {
    this.#cutLongLinesAt = cutLongLinesAt
    this.#nextCutAt = cutLongLinesAt
  }

  /** Feeds the next chunk; calls `onLine` for every line it completes. */
  push(chunk: string, onLine: OnLine): void {
    let start = 0
    for (let newline = chunk.indexOf(LINE_FEED); newline !== -1; newline = chunk.indexOf(LINE_FEED, start)) {
      let line = chunk.slice(start, newline)
      if (this.#carry.length > 0) line = this.#takeCarry() + line
      if (line.charCodeAt(line.length - 1) === CARRIAGE_RETURN) onLine(line.slice(0, -1), '\r\n')
      else onLine(line, '\n')
      start = newline + 1
    }
    if (start < chunk.length) {
      this.#carry.push(chunk.slice(start))
      this.#carryLength += chunk.length - start
      if (this.#carryLength > this.#nextCutAt) this.#cutLongLine(onLine)
    }
  }

  /** Ends the input: calls `onLine` for a last line with no terminator, if any. */
  end(onLine: OnLine): void {
    if (this.#carry.length > 0) onLine(this.#takeCarry(), '')
  }

  #takeCarry(): string {
    const line = this.#carry.join('')
    this.#carry = []
    this.#carryLength = 0
    this.#nextCutAt = this.#cutLongLinesAt
    return line
  }

  /** Hands over the open line up to its last space, keeping the rest. */
  #cutLongLine(onLine: OnLine): void {
    const line = this.#carry.join('')
    const space = line.lastIndexOf(SPACE)
    if (space <= 0) {
      // No space to cut at yet: keep the line whole, and look again only after as much again.
      this.#carry = [line]
      this.#nextCutAt = this.#carryLength + this.#cutLongLinesAt
      return
    }
    onLine(line.slice(0, space), SPACE)
    const rest = line.slice(space + 1)
    this.#carry = rest === '' ? [] : [rest]
    this.#carryLength = rest.length
    this.#nextCutAt = this.#cutLongLinesAt
  }
}
