/**
 * Splits decoded text into lines as it arrives, keeping each line's terminator
 * ("\n", "\r\n", or "" for a last line without one) so output can write back
 * exactly the bytes that came in. A lone "\r" is not a line break (no chat export
 * uses old Mac endings, and treating it as one would lose it).
 *
 * Optionally, a line longer than `cutLongLinesAt` is handed over in pieces, so
 * memory and the work per piece stay bounded whatever the line's length. Each
 * piece but the last is reported with `continues: true` and terminator "", and
 * the pieces put together are the line. Where a piece ends: the last place in
 * the window where `isSeamless` says the two characters around it would be read
 * as one text without a joining space (the conversation adds none at whitespace
 * or a card separator); else after the last punctuation mark; else at the end of
 * the window. Never between the two halves of a surrogate pair. Each character
 * is joined and looked at a bounded number of times: linear in the line's length.
 */

const LINE_FEED = '\n'
const CARRIAGE_RETURN = 0x0d // "\r"
const HIGH_SURROGATE_FIRST = 0xd800
const HIGH_SURROGATE_LAST = 0xdbff

/** How a line ended: a line break, the end of input, or (a piece of a long line) not yet. */
export type Terminator = '' | '\n' | '\r\n'

/** Receives each complete line, or piece of a long one (`continues`: more of the same line follows). */
export type OnLine = (content: string, terminator: Terminator, continues: boolean) => void

/** Whether a long line may be cut between the characters `before` and `after` without changing how it reads. */
export type SeamTest = (before: string, after: string) => boolean

/** Punctuation after which a cut splits no word, number or address (a space is read there when joining). */
const BREAKING_PUNCTUATION = new Set([',', ';', '!', '?', '"', "'", '(', ')', '[', ']', '{', '}', '<', '>', '|'])

export class LineSplitter {
  readonly #cutLongLinesAt: number
  readonly #isSeamless: SeamTest
  /**
   * Pieces of the line still open at the end of the last chunk. A list, not one
   * string, so a long line costs one join per window instead of a copy per chunk.
   */
  #carry: string[] = []
  #carryLength = 0

  /** `cutLongLinesAt`: hand over lines longer than this in pieces (default: never). */
  constructor(cutLongLinesAt = Number.POSITIVE_INFINITY, isSeamless: SeamTest = () => false) {
    this.#cutLongLinesAt = cutLongLinesAt
    this.#isSeamless = isSeamless
  }

  /** Feeds the next chunk; calls `onLine` for every line (or piece) it completes. */
  push(chunk: string, onLine: OnLine): void {
    let start = 0
    for (let newline = chunk.indexOf(LINE_FEED); newline !== -1; newline = chunk.indexOf(LINE_FEED, start)) {
      let line = chunk.slice(start, newline)
      if (this.#carry.length > 0) line = this.#takeCarry() + line
      if (line.charCodeAt(line.length - 1) === CARRIAGE_RETURN) onLine(line.slice(0, -1), '\r\n', false)
      else onLine(line, '\n', false)
      start = newline + 1
    }
    if (start < chunk.length) {
      this.#carry.push(start === 0 ? chunk : chunk.slice(start))
      this.#carryLength += chunk.length - start
      if (this.#carryLength > this.#cutLongLinesAt) this.#cutLongLine(onLine)
    }
  }

  /** Ends the input: calls `onLine` for a last line with no terminator, if any. */
  end(onLine: OnLine): void {
    if (this.#carry.length > 0) onLine(this.#takeCarry(), '', false)
  }

  #takeCarry(): string {
    const line = this.#carry.length === 1 ? (this.#carry[0] as string) : this.#carry.join('')
    this.#carry = []
    this.#carryLength = 0
    return line
  }

  /** Hands over the open line in pieces while it is longer than the bound, keeping the rest. */
  #cutLongLine(onLine: OnLine): void {
    let line = this.#takeCarry()
    while (line.length > this.#cutLongLinesAt) {
      const cut = this.#cutPoint(line)
      onLine(line.slice(0, cut), '', true)
      line = line.slice(cut)
    }
    if (line !== '') {
      this.#carry = [line]
      this.#carryLength = line.length
    }
  }

  /** Where to end the next piece of `line` (1 ≤ cut ≤ the bound): see the file comment for the order of preference. */
  #cutPoint(line: string): number {
    const limit = this.#cutLongLinesAt
    let afterPunctuation = 0
    // A "\r" ending a piece could be the first half of a CRLF; not cutting right after it keeps the line's ending whole.
    for (let cut = limit; cut > 0; cut--) {
      const before = line.charAt(cut - 1)
      if (isHighSurrogate(line.charCodeAt(cut - 1)) || before === '\r') continue
      if (this.#isSeamless(before, line.charAt(cut))) return cut
      if (afterPunctuation === 0 && BREAKING_PUNCTUATION.has(before)) afterPunctuation = cut
    }
    if (afterPunctuation > 0) return afterPunctuation
    return isHighSurrogate(line.charCodeAt(limit - 1)) && limit > 1 ? limit - 1 : limit
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= HIGH_SURROGATE_FIRST && code <= HIGH_SURROGATE_LAST
}
