import { NEAR_FINDING_CHARS } from '../data/limits.js'
import type { FindingType } from '../types.js'
import { onlyPunctuationBetween } from '../scanner/context.js'
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
  return onlyPunctuationBetween(context.cursor, lastEnd, start)
}
