import { MAX_DIGIT_DECORATIONS } from '../data/limits.js'
import { CharCode } from './char-codes.js'
import { isDigitDecoration } from './char-classes.js'
import type { Cursor } from './cursor.js'
import { digitValueOf, digitValueOfPair, mayStartAstralDigit } from './unicode-digits.js'

/**
 * A maximal run of digits (any script or style) with no other character
 * between, each with the marks drawn on it: "4111", "４１１１", "𝟒𝟏𝟏𝟏",
 * "7️⃣3️⃣7️⃣", "7̶3̶7̶". `digits` holds their ASCII values, so all of these read
 * alike; `start` and `end` are UTF-16 offsets, `end` after the last digit's
 * marks, so a finding masks a digit and what is drawn on it together.
 */
export interface DigitGroup {
  readonly start: number
  readonly end: number
  readonly digits: string
}

/** Code units below this are one code point: a digit's width is 1 below, 2 (a surrogate pair) at or above. */
const ASTRAL_START = 0x10000

/**
 * True for a digit of any script or style: a UTF-16 code unit (`charCodeAt`),
 * or a code point (`codePointAt`; {@link Cursor.code} gives the code point of a
 * digit above U+FFFF at its first code unit). ASCII first: it is nearly all of them.
 */
export function isDigitCode(code: number): boolean {
  if (code <= CharCode.Nine) return code >= CharCode.Zero
  return code >= CharCode.FirstNonAsciiDigit && digitValueOf(code) >= 0
}

/**
 * How many code units the digit starting at `text[index]` takes: 1, 2 (a digit
 * above U+FFFF, as a surrogate pair), or 0 when no digit starts there. For loops
 * over a raw string; detectors read through a {@link Cursor} instead.
 */
export function digitWidthAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code <= CharCode.Nine) return code >= CharCode.Zero ? 1 : 0
  if (code < CharCode.FirstNonAsciiDigit) return 0
  if (mayStartAstralDigit(code)) return digitValueOfPair(code, text.charCodeAt(index + 1)) >= 0 ? 2 : 0
  return digitValueOf(code) >= 0 ? 1 : 0
}

/**
 * Reads the digit group starting at `start`, reading at most `limit` digits.
 * Returns `undefined` when the group is longer than `limit`: no detector wants a
 * group that long, so the caller need not wait to see where it ends.
 *
 * Each digit takes up to {@link MAX_DIGIT_DECORATIONS} combining marks after it
 * (see `isDigitDecoration`): "7️⃣3️⃣7️⃣" is one group of three digits, as a
 * person reads it, so a CVV or an expiry written with keycaps is found like one
 * written plainly. A digit above U+FFFF reads as its code point at its first
 * code unit ({@link Cursor.code}); the group steps over both.
 */
export function readDigitGroup(cursor: Cursor, start: number, limit: number): DigitGroup | undefined {
  let index = start
  let count = 0
  // ASCII digits and nothing else: their slice is the canonical form.
  let plain = true
  let code = cursor.code(index)
  for (;;) {
    if (code >= CharCode.Zero && code <= CharCode.Nine) {
      index++
    } else if (code >= CharCode.FirstNonAsciiDigit && digitValueOf(code) >= 0) {
      plain = false
      index += code >= ASTRAL_START ? 2 : 1
    } else {
      break
    }
    if (count === limit) return undefined
    count++
    code = cursor.code(index)
    for (let marks = 0; marks < MAX_DIGIT_DECORATIONS && isDigitDecoration(code); marks++) {
      plain = false
      code = cursor.code(++index)
    }
  }
  if (plain) return { start, end: index, digits: cursor.text.slice(start, index) }
  return { start, end: index, digits: asciiDigitsOf(cursor.text, start, index) }
}

/**
 * Where the character at `index` (read as `code` through `cursor`) ends with
 * the marks on it, as {@link readDigitGroup} reads a digit: after both units of
 * a digit above U+FFFF, then up to {@link MAX_DIGIT_DECORATIONS} marks. For code
 * that walks a run one character at a time ("4️⃣ 1️⃣ …" is four characters, not
 * twelve).
 */
export function endOfCharAndMarks(cursor: Cursor, index: number, code: number): number {
  let end = index + (code >= ASTRAL_START ? 2 : 1)
  for (let marks = 0; marks < MAX_DIGIT_DECORATIONS && isDigitDecoration(cursor.code(end)); marks++) end++
  return end
}

/** The ASCII values of the digits in `text[start, end)`, skipping the marks on them. */
function asciiDigitsOf(text: string, start: number, end: number): string {
  let digits = ''
  let at = start
  while (at < end) {
    const codePoint = text.codePointAt(at) as number
    const value = digitValueOf(codePoint)
    if (value >= 0) digits += String.fromCharCode(CharCode.Zero + value)
    at += codePoint >= ASTRAL_START ? 2 : 1
  }
  return digits
}

/**
 * Where the run of digits and marks from `index` ends: for skipping a group too
 * long for any detector. Reads marks without the per-digit limit of
 * {@link readDigitGroup}: a run that long holds nothing, and a stream resuming
 * in the middle of it (`inLongGroup`) must skip exactly what a batch skips,
 * without knowing how many marks the last digit already had.
 */
export function digitRunEnd(text: string, index: number): number {
  let at = index
  for (;;) {
    const width = digitWidthAt(text, at)
    if (width > 0) at += width
    else if (at < text.length && isDigitDecoration(text.charCodeAt(at))) at++
    else return at
  }
}

/**
 * Would cutting `text` at `index` split a digit group, so that a scan resumed
 * there reads part of it as a group of its own? True inside a surrogate pair of
 * a digit, between a digit and its marks, and between two digits of one group
 * (the marks between them within {@link MAX_DIGIT_DECORATIONS}). Reads at most
 * a few characters back. A stream never emits up to such a point.
 */
export function splitsDigitGroup(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  if (digitValueOfPair(text.charCodeAt(index - 1), text.charCodeAt(index)) >= 0) return true
  // How many marks stand right before `index`, and does a digit end before them?
  let marks = 0
  while (marks <= MAX_DIGIT_DECORATIONS && index - marks > 0 && isDigitDecoration(text.charCodeAt(index - marks - 1))) marks++
  if (marks > MAX_DIGIT_DECORATIONS || !digitEndsAt(text, index - marks)) return false
  if (digitWidthAt(text, index) > 0) return true
  return marks < MAX_DIGIT_DECORATIONS && isDigitDecoration(text.charCodeAt(index))
}

/** Does a digit end right before `end` (a BMP digit, or the low surrogate of a digit's pair)? */
function digitEndsAt(text: string, end: number): boolean {
  if (end <= 0) return false
  if (digitWidthAt(text, end - 1) === 1) return true
  return end >= 2 && digitValueOfPair(text.charCodeAt(end - 2), text.charCodeAt(end - 1)) >= 0
}
