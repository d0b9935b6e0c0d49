import type { DetectorContext } from './detector.js'

/**
 * The card data a text can be an answer to. When the other party has just asked
 * for the security code, the customer's "it's 123" is a CVV although no keyword
 * stands next to it: the question is the keyword.
 */
export const ANSWERABLE_TYPES = ['card_number', 'expiry_date', 'cvv'] as const

/** A kind of card data a text may answer a question for (the `answering` option).  * @example
 * ```ts
 * import { createRedactor, type AnswerableType } from 'chatmask'
 * const asked: AnswerableType[] = ['expiry_date', 'cvv']
 * createRedactor().stream({ answering: asked }).end() // ''
 * ```
 */
export type AnswerableType = (typeof ANSWERABLE_TYPES)[number]

/** One bit per answerable type, so a range can stand for several at once. */
export const enum AnswerBit {
  Card = 1,
  Expiry = 2,
  Cvv = 4,
}

/** Every answerable type at once: asking for "card details" is asking for all three. */
export const ALL_ANSWER_BITS = AnswerBit.Card | AnswerBit.Expiry | AnswerBit.Cvv

/**
 * A stretch of input, in absolute offsets `[start, end)`, that answers a question
 * for card data: the messages a customer sends right after an agent asks. Held by
 * position, not by time, so a stream decides the same whenever the text in the
 * range is settled.
 */
export interface AnswerRange {
  readonly bits: number
  readonly start: number
  readonly end: number
}

/** The bits of `types`, for ranges built from the public option. */
export function answerBitsOf(types: readonly AnswerableType[]): number {
  let bits = 0
  for (const type of types) bits |= type === 'card_number' ? AnswerBit.Card : type === 'expiry_date' ? AnswerBit.Expiry : AnswerBit.Cvv
  return bits
}

/**
 * Does the character at `index` (into the cursor's text) answer a question for
 * `bit`? Nearly always there is no range at all, and the loop never runs.
 */
export function isAnswering(context: DetectorContext, bit: AnswerBit, index: number): boolean {
  const ranges = context.memory.answers
  if (ranges.length === 0) return false
  const at = index + context.base
  for (const range of ranges) {
    if ((range.bits & bit) !== 0 && at >= range.start && at < range.end) return true
  }
  return false
}

/**
 * The end (absolute) of the answer range for `bit` that holds `index`, or -1.
 * A number after it belongs to a later message: "123" answering "security
 * code?" and the "119190" answering the next question are two numbers.
 */
export function answerEndAt(context: DetectorContext, bit: AnswerBit, index: number): number {
  const at = index + context.base
  for (const range of context.memory.answers) {
    if ((range.bits & bit) !== 0 && at >= range.start && at < range.end) return range.end
  }
  return -1
}
