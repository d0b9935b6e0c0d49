import { CharCode } from './char-codes.js'

/**
 * Thrown (as this one shared object, so it costs no allocation) when a detector
 * asks for a character the stream has not received yet. The scanner catches it
 * and holds the undecided candidate back until more input arrives.
 */
export const NEED_MORE_INPUT: unique symbol = Symbol('chatmask.needMoreInput')

/**
 * The only way detectors read input. It makes streaming and batch decide alike
 * by construction:
 * - past the end of what has arrived, it throws {@link NEED_MORE_INPUT} unless
 *   the input is final, so no decision is ever made on a guess about the future;
 * - before `floor` (a fixed distance before the candidate) it answers
 *   {@link CharCode.None}, exactly as it does at the true start of the input, so a
 *   detector cannot see further back in a batch than a stream keeps.
 */
/**
 * How many characters detectors have read, summed over every cursor. Tests use
 * it to prove linear work on adversarial input without timing anything.
 */
let reads = 0

/** Characters read through any cursor since the last {@link resetCursorReads}. */
export function cursorReads(): number {
  return reads
}

/** Starts a fresh {@link cursorReads} count. */
export function resetCursorReads(): void {
  reads = 0
}

export class Cursor {
  /** The text under analysis: kept look-behind context followed by pending input. */
  text = ''
  /** True when no more input will come (batch, or a stream's `end()`). */
  final = false
  /** The first index detectors may read for the current candidate. */
  floor = 0

  /** The UTF-16 code unit at `index`, {@link CharCode.None} outside the readable window. */
  code(index: number): number {
    reads++
    if (index >= this.text.length) {
      if (this.final) return CharCode.None
      throw NEED_MORE_INPUT
    }
    if (index < this.floor) return CharCode.None
    return this.text.charCodeAt(index)
  }

  /** `text.slice(start, end)` for ranges already known to be readable. */
  slice(start: number, end: number): string {
    return this.text.slice(Math.max(start, this.floor), end)
  }
}
