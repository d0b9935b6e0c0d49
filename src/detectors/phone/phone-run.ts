/**
 * The run of digit groups a phone candidate is read from: the groups joined
 * by gaps of 1–{@link MAX_GAP_CHARS} spaces, dashes, a dot or parentheses, read
 * forward from the group the scanner offers, and what stands just before it.
 *
 * A run may hold more than one number ("4155550123 408-247-8880", two phones;
 * "9351 1147 5597 6508", a serial number; "9400 1000 0000 0000 0000 00", a
 * tracking number), so from its first group it is read further than one
 * phone: up to {@link PHONE_RUN_MAX_DIGITS} digits, enough to see it whole or
 * to know it is longer than any two phones. Backward, only the gap before the
 * candidate is read: is it the run's start?
 */
import { MAX_GAP_CHARS, MAX_PHONE_DIGITS, PHONE_RUN_MAX_DIGITS } from '../../data/limits.js'
import { PHONE_GLUED_WORD_MAX_CHARS } from '../../data/phone-shapes.js'
import { CharCode } from '../../scanner/char-codes.js'
import { isCardSeparator, isIdentifierLetter, isWhitespace } from '../../scanner/char-classes.js'
import { isMaskChar, type KeywordSet } from '../../scanner/context.js'
import type { Cursor } from '../../scanner/cursor.js'
import { isDigitCode, readDigitGroup, type DigitGroup } from '../../scanner/digit-group.js'
import { digitValueOf } from '../../scanner/unicode-digits.js'
import type { DetectorContext } from '../detector.js'
import { isDigitOrMasked, isSeparatorOrParenthesis, standsAloneAfter } from '../number-boundary.js'

/** What a gap between two groups held, as bits. */
export const enum GapMark {
  None = 0,
  Space = 1,
  Dash = 2,
  Dot = 4,
  Parenthesis = 8,
}

/** The digit groups that could make phone numbers, read from the group offered. */
export interface PhoneRun {
  readonly groups: DigitGroup[]
  /** `gaps[i]`: the marks of the gap before `groups[i]` (None for the first). */
  readonly gaps: GapMark[]
  /** `closed[i]`: no parenthesis is open at `groups[i]`, so a phone may end with it. */
  readonly closed: boolean[]
  /** Digits in `groups`. */
  readonly digits: number
  /**
   * The run goes on after the last group read: more digits than
   * {@link PHONE_RUN_MAX_DIGITS}, or a number another finding masked.
   */
  readonly goesOn: boolean
  /**
   * After the last group comes a gap and a group that belongs to something
   * else ("…0958 10:30", "…0958 2am"): the run ends, but a phone ending here
   * is followed by that gap.
   */
  readonly gluedAfter: boolean
  /** The marks of the gap after the last group when {@link goesOn} or {@link gluedAfter}. */
  readonly gapAfter: GapMark
}

/**
 * Reads the groups from `first`, each after a gap of 1–{@link MAX_GAP_CHARS}
 * separators (a dot only alone; parentheses balanced, one level), until the
 * digits would pass `maxDigits` ({@link PHONE_RUN_MAX_DIGITS} at a run's start,
 * one phone's worth elsewhere). A last group that is glued to
 * what follows ("10" of "10:30", "2" of "2nd") is left out, with its gap: it
 * is part of a time, a date or a word, not of the run.
 */
export function readPhoneRun(cursor: Cursor, first: DigitGroup, openAtStart: boolean, maskChars: string, maxDigits: number): PhoneRun {
  const groups = [first]
  const gaps: GapMark[] = [GapMark.None]
  const closed: boolean[] = [!openAtStart]
  let depth = openAtStart ? 1 : 0
  let digits = first.digits.length
  let index = first.end
  let goesOn = false
  let gapAfter = GapMark.None
  for (;;) {
    let gapEnd = index
    let marks = GapMark.None
    let gapDepth = depth
    let balanced = true
    while (gapEnd - index <= MAX_GAP_CHARS) {
      const code = cursor.code(gapEnd)
      if (code === CharCode.LeftParenthesis) {
        if (gapDepth !== 0) balanced = false
        gapDepth = 1
        marks |= GapMark.Parenthesis
      } else if (code === CharCode.RightParenthesis) {
        if (gapDepth !== 1) balanced = false
        gapDepth = 0
        marks |= GapMark.Parenthesis
      } else if (code === CharCode.Dot) {
        marks |= GapMark.Dot
      } else if (isCardSeparator(code)) {
        marks |= isWhitespace(code) ? GapMark.Space : GapMark.Dash
      } else {
        break
      }
      gapEnd++
    }
    const gapLength = gapEnd - index
    if (!balanced || gapLength === 0 || gapLength > MAX_GAP_CHARS) break
    if ((marks & GapMark.Dot) !== 0 && gapLength !== 1) break
    if (!isDigitCode(cursor.code(gapEnd))) {
      // A number another finding masked still goes on here (see isDigitOrMasked).
      if (isMaskChar(cursor.code(gapEnd), maskChars)) {
        goesOn = true
        gapAfter = marks
      }
      break
    }
    const group = readDigitGroup(cursor, gapEnd, maxDigits - digits)
    if (group === undefined) {
      goesOn = true
      gapAfter = marks
      break
    }
    depth = gapDepth
    groups.push(group)
    gaps.push(marks)
    closed.push(depth === 0)
    digits += group.digits.length
    index = group.end
  }
  const last = groups[groups.length - 1] as DigitGroup
  let gluedAfter = false
  if (groups.length > 1 && !goesOn && !standsAloneAfter(cursor, last.end, maskChars)) {
    groups.pop()
    gapAfter = gaps.pop() as GapMark
    closed.pop()
    digits -= last.digits.length
    gluedAfter = true
  }
  return { groups, gaps, closed, digits, goesOn, gluedAfter, gapAfter }
}

/** What stands before a candidate in its run. */
export interface RunBefore {
  /** No digit of the same run before the candidate: it starts the run, or follows an earlier finding. */
  readonly startsRun: boolean
  /**
   * The run starts glued to letters, directly or by a dash or "#":
   * "INV-2026-000123", "ABC-415-555-0123". A phone word glued on ("tel-408…")
   * does not count. Only read when the candidate starts the run.
   */
  readonly identifier: boolean
  /** The run goes on from a phone found just before, across white space: the second of two phones in a row. */
  readonly afterPhone: boolean
}

/**
 * Reads the gap before `start` (the candidate's first character): does a
 * digit of the same run stand there, or the end of a phone just found? (A
 * dash-, dot- or bracket-joined digit before the candidate is refused earlier,
 * by `standsAloneBefore`, so such a gap is white space.) Reads at most the gap
 * and, at a run start, the word glued to it.
 *
 * > | ticket 12345678 408-247-8880
 *                     ^ start: a digit of the same run before it
 */
export function readRunBefore(cursor: Cursor, start: number, context: DetectorContext, keywords: KeywordSet): RunBefore {
  let index = start - 1
  while (index >= start - MAX_GAP_CHARS && isSeparatorOrParenthesis(cursor.code(index))) index--
  if (index < start - 1 && isDigitOrMasked(cursor.code(index), context.maskChars)) {
    if (index >= context.minStart) return { startsRun: false, identifier: false, afterPhone: false }
    const last = context.memory.lastFinding
    const afterPhone = last !== undefined && last.type === 'phone' && last.end === context.base + index + 1
    return { startsRun: true, identifier: false, afterPhone }
  }
  return { startsRun: true, identifier: isGluedToIdentifier(cursor, start, keywords), afterPhone: false }
}

/** The number a finding just before ended with, read backward from its last digit. */
export interface PreviousNumber {
  readonly digits: string
  /** A "+" before its first digit. */
  readonly international: boolean
}

/**
 * Reads back from `last` (the last digit of a phone found just before) over
 * its digit groups and gaps, up to {@link MAX_PHONE_DIGITS} digits, inside the
 * look-behind window: the digits of that phone, to tell which country it is of.
 */
export function readPreviousNumber(cursor: Cursor, last: number): PreviousNumber {
  let digits = ''
  let index = last
  for (;;) {
    let groupStart = index
    while (digits.length < MAX_PHONE_DIGITS && isDigitCode(cursor.code(groupStart))) {
      digits = String.fromCharCode(CharCode.Zero + digitValueOf(cursor.code(groupStart))) + digits
      groupStart--
    }
    let gapEnd = groupStart
    while (gapEnd > groupStart - MAX_GAP_CHARS && isSeparatorOrParenthesis(cursor.code(gapEnd))) gapEnd--
    if (gapEnd === groupStart || digits.length >= MAX_PHONE_DIGITS || !isDigitCode(cursor.code(gapEnd))) {
      return { digits, international: cursor.code(groupStart) === CharCode.Plus }
    }
    index = gapEnd
  }
}


/**
 * "INV-2026-…", "DE89 …", "#A-12…": letters right before `start`, or letters
 * then one dash or "#". A dot is left out: chat drops the space after a full
 * stop ("Visit is scheduled.408-265-4808"); a "+" begins a number whatever is
 * before it.
 */
function isGluedToIdentifier(cursor: Cursor, start: number, keywords: KeywordSet): boolean {
  let index = start - 1
  let code = cursor.code(index)
  if (cursor.code(start) === CharCode.Plus || code === CharCode.Plus) return false
  if (code === CharCode.LeftParenthesis) code = cursor.code(--index)
  if (!isIdentifierLetter(code)) {
    if (!isDash(code) && code !== CharCode.Hash) return false
    code = cursor.code(--index)
    if (!isIdentifierLetter(code)) return false
  }
  let word = ''
  while (word.length <= PHONE_GLUED_WORD_MAX_CHARS && isIdentifierLetter(cursor.code(index))) {
    word = String.fromCharCode(cursor.code(index)).toLowerCase() + word
    index--
  }
  // "tel-408-247-8880", "Ph.0207…": a phone word written onto its number is context, not an identifier.
  return !(isWordStart(cursor.code(index)) && keywords.phraseEndingAt([word], 0) > 0)
}

/** A hyphen, dash or minus: a card separator that is neither white space nor a dot. */
function isDash(code: number): boolean {
  return isCardSeparator(code) && !isWhitespace(code) && code !== CharCode.Dot
}

function isWordStart(code: number): boolean {
  return !isIdentifierLetter(code) && !isDigitCode(code)
}
