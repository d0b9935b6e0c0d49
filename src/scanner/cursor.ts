import { CharCode } from './char-codes.js'
import { SECOND_HALF_OF_DIGIT, digitValueOfPair, isLowSurrogate, mayStartAstralDigit } from './unicode-digits.js'

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

  /** The UTF-16 code unit at `index`, {@link CharCode.None} outside the readable window (for digits above U+FFFF, see {@link AstralCursor}). */
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

/**
 * A {@link Cursor} for text that may hold digits above U+FFFF ("𝟒", a
 * surrogate pair; the scanner uses it when `MAY_HOLD_NON_ASCII_DIGITS` matches,
 * and a plain `Cursor` otherwise, which reads the same there one compare per
 * character cheaper). Such a digit reads as its code point at its first code
 * unit, so every "is this a digit?" test (`isDigitCode`) answers for it as for
 * "4", and its second unit as {@link SECOND_HALF_OF_DIGIT}, a zero-width mark:
 * code that steps one unit at a time reads "𝟒" as it reads "4️⃣", a digit and a
 * mark on it, which it already knows how to read through. `readDigitGroup`
 * steps over both. Which pair is a digit depends on the second unit: at the end
 * of a stream's input so far, it waits for it ({@link NEED_MORE_INPUT}).
 */
export class AstralCursor extends Cursor {
  override code(index: number): number {
    const code = super.code(index)
    return code < FIRST_SURROGATE ? code : surrogateCode(this, index, code)
  }
}

/** The first UTF-16 surrogate code unit (U+D800): below it, a code unit is its own character. */
const FIRST_SURROGATE = 0xd800

/**
 * {@link AstralCursor.code} at or above U+D800 (rare: emoji, mathematical
 * letters and digits, CJK extensions; private use and compatibility characters
 * above the surrogates come back as they are).
 */
function surrogateCode(cursor: Cursor, index: number, code: number): number {
  const { text } = cursor
  if (isLowSurrogate(code)) {
    // Not at the floor, where a batch could see the pair's first half and a stream cannot.
    return index > cursor.floor && digitValueOfPair(text.charCodeAt(index - 1), code) >= 0 ? SECOND_HALF_OF_DIGIT : code
  }
  if (!mayStartAstralDigit(code)) return code
  if (index + 1 >= text.length) {
    if (cursor.final) return code
    throw NEED_MORE_INPUT
  }
  return digitValueOfPair(code, text.charCodeAt(index + 1)) >= 0 ? (text.codePointAt(index) as number) : code
}
