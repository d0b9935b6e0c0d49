import { CharCode } from './char-codes.js'
import type { Cursor } from './cursor.js'
import { digitValueOf } from './unicode-digits.js'

/**
 * A maximal run of decimal digits (any script) with no other character between.
 * `digits` holds their ASCII values, so "４１１１" and "4111" read the same.
 */
export interface DigitGroup {
  readonly start: number
  readonly end: number
  readonly digits: string
}

/** True for a decimal digit of any script (ASCII first: it is nearly all of them). */
export function isDigitCode(code: number): boolean {
  if (code <= CharCode.Nine) return code >= CharCode.Zero
  return code >= CharCode.FirstNonAsciiDigitBlock && digitValueOf(code) >= 0
}

/**
 * Reads the digit group starting at `start`, reading at most `limit` digits.
 * Returns `undefined` when the group is longer than `limit`: no detector wants a
 * group that long, so the caller need not wait to see where it ends.
 */
export function readDigitGroup(cursor: Cursor, start: number, limit: number): DigitGroup | undefined {
  let index = start
  let ascii = true
  for (;;) {
    const code = cursor.code(index)
    if (code >= CharCode.Zero && code <= CharCode.Nine) {
      // fast path: nearly every digit is ASCII
    } else if (digitValueOf(code) >= 0) {
      ascii = false
    } else {
      break
    }
    if (index - start === limit) return undefined
    index++
  }
  // ASCII digits are their own canonical form: one slice instead of a string built per digit.
  if (ascii) return { start, end: index, digits: cursor.text.slice(start, index) }
  let digits = ''
  for (let at = start; at < index; at++) digits += String.fromCharCode(CharCode.Zero + digitValueOf(cursor.text.charCodeAt(at)))
  return { start, end: index, digits }
}
