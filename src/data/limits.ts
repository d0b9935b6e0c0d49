/**
 * Every distance the scanner and detectors use, in one place, each with the
 * reason for its size. The stream's hold-back bound is derived from these.
 */

import { IIN_RANGES } from './iin-ranges.js'

const PAN_LENGTHS = IIN_RANGES.flatMap((range) => range.lengths)
/** The longest PAN any network in `iin-ranges.ts` issues: 19, the ISO/IEC 7812-1 maximum. */
export const MAX_PAN_DIGITS: number = Math.max(...PAN_LENGTHS)
/** The shortest PAN any network in `iin-ranges.ts` issues (Maestro: 12). Derived, so the two cannot drift. */
export const MIN_PAN_DIGITS: number = Math.min(...PAN_LENGTHS)

/**
 * The most separator characters between two digit groups of one card number.
 * Covers "4111 1111", "4111  1111" (double space) and "4111 - 1111"; a wider gap
 * means two separate numbers.
 */
export const MAX_GAP_CHARS = 3

/**
 * How far before a number a context keyword ("cvv", "expiry") may stand.
 * "my card security code is 123" puts 16 characters between keyword and number;
 * twice that allows for chatty phrasing without reaching into the previous sentence.
 */
export const CONTEXT_BEFORE_CHARS = 32

/**
 * How far after a number a context keyword may stand ("737 is the cvv").
 * Shorter than the look-before because it is also how long the stream must hold
 * an undecided 3–4 digit number back.
 */
export const CONTEXT_AFTER_CHARS = 24

/**
 * How close an expiry or CVV must follow a card or expiry, with only separators
 * and punctuation between, to count as belonging to it without a keyword
 * ("4111 1111 1111 1111 12/27 737", "…1111, 12/27, 737").
 */
export const NEAR_FINDING_CHARS = 8

/**
 * How far back the scanner looks for "://" or "www." in the same token, to
 * recognise a number inside a URL. Longer URLs fall back to "it may be a card":
 * the safe side.
 */
export const URL_LOOKBACK_CHARS = 64

/**
 * How many characters before a candidate's first digit any detector may read.
 * The stream keeps exactly this much of already-emitted input as context, and the
 * batch scan is limited to the same window, so both decide alike.
 */
export const LOOKBEHIND_CHARS = Math.max(CONTEXT_BEFORE_CHARS, URL_LOOKBACK_CHARS, NEAR_FINDING_CHARS) + 2

/**
 * The longest stretch a card detector reads from a candidate's first digit before
 * it can decide: 19 one-digit groups with 3-character gaps between them, then one
 * more gap and the character after it (to see that the run has ended), then two
 * characters of trailing context (a decimal point and its digit).
 */
export const CARD_LOOKAHEAD_CHARS = MAX_PAN_DIGITS + (MAX_PAN_DIGITS - 1) * MAX_GAP_CHARS + (MAX_GAP_CHARS + 1) + 2

/**
 * The longest an expiry or CVV candidate reads ahead: the candidate itself
 * ("12 / 2027" is 9 characters), its trailing gap check, and the keyword look-after.
 */
export const CONTEXT_LOOKAHEAD_CHARS = 9 + (MAX_GAP_CHARS + 1) + CONTEXT_AFTER_CHARS

/**
 * The most characters a stream ever holds back, whatever the input: the longest
 * read-ahead of any detector from the first undecided digit. Everything before
 * that digit has been emitted. Property-tested in `test/stream/hold-back.test.ts`.
 */
export const MAX_HOLD_CHARS = Math.max(CARD_LOOKAHEAD_CHARS, CONTEXT_LOOKAHEAD_CHARS)
