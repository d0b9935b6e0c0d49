import { NEAR_FINDING_CHARS } from '../data/limits.js'
import type { FindingType } from '../types.js'
import { onlyPunctuationBetween } from '../scanner/context.js'
import { CharCode } from '../scanner/char-codes.js'
import { isWhitespace } from '../scanner/char-classes.js'
import type { DetectorContext } from './detector.js'

/**
 * Does the candidate at `start` follow a card (or expiry) closely, with only
 * separators and punctuation between? "4111 1111 1111 1111 12/27 737": the
 * expiry belongs to the card and the CVV to the expiry, with no keyword needed.
 */
export function followsFinding(context: DetectorContext, start: number, types: readonly FindingType[]): boolean {
  const last = context.memory.lastFinding
  if (last === undefined || !types.includes(last.type)) return false
  const lastEnd = last.end - context.base
  if (start - lastEnd > NEAR_FINDING_CHARS || start < lastEnd) return false
  return onlyPunctuationBetween(context.cursor, lastEnd, start) && !hasBlankLine(context, lastEnd, start)
}

/**
 * A blank line ends what belongs together, as it ends a card's digits: in a
 * conversation it is what stands between a sender's messages when the other
 * party asked something else in between ("what is your room number?" … "100").
 */
function hasBlankLine(context: DetectorContext, from: number, to: number): boolean {
  let breaks = 0
  for (let index = from; index < to; index++) {
    const code = context.cursor.code(index)
    if (code === CharCode.LineFeed) breaks++
    else if (code !== CharCode.CarriageReturn && !isWhitespace(code)) breaks = 0
    if (breaks >= 2) return true
  }
  return false
}
