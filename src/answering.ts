import { ANSWERABLE_TYPES, answerBitsOf, type AnswerRange, type AnswerableType } from './detectors/answer-context.js'
import { ChatmaskError } from './errors.js'
import { describeValue } from './policies/describe-value.js'

export type { AnswerableType } from './detectors/answer-context.js'

/**
 * Options of `redact()` that say what the text is.
 *
 * @example
 * ```ts
 * import { createRedactor, type RedactOptions } from 'chatmask'
 * const options: RedactOptions = { answering: ['cvv'] }
 * createRedactor().redact("it's 123", options).text // "it's ***"
 * ```
 */
export interface RedactOptions {
  /**
   * The text answers a question for this card data (the agent just asked for
   * the security code, a form field is labelled "CVV"): a bare 3–4 digit code is
   * a CVV, a bare date-shaped value ("12/29", "1229", "12 29") an expiry date, and
   * a Luhn-valid 12–19 digit number a card whatever its issuer prefix.
   * `conversation()` does this on its own when the other party asks.
   */
  readonly answering?: readonly AnswerableType[]
}

const ALLOWED = ANSWERABLE_TYPES.map((type) => `'${type}'`).join(', ')

/** The answer ranges `answering` stands for: the whole input, or none. Throws `INVALID_OPTIONS` naming the field. */
export function answerRangesOf(method: string, answering: unknown): readonly AnswerRange[] {
  if (answering === undefined) return []
  if (!Array.isArray(answering)) {
    throw new ChatmaskError('INVALID_OPTIONS', `${method}: answering must be an array of ${ALLOWED}; received ${describeValue(answering)}.`, 'answering')
  }
  answering.forEach((type: unknown, index) => {
    if (!(ANSWERABLE_TYPES as readonly unknown[]).includes(type)) {
      throw new ChatmaskError(
        'INVALID_OPTIONS',
        `${method}: answering[${index}] must be one of ${ALLOWED}; received ${describeValue(type)}.`,
        `answering.${index}`,
      )
    }
  })
  const bits = answerBitsOf(answering as AnswerableType[])
  return bits === 0 ? [] : [{ bits, start: 0, end: Number.POSITIVE_INFINITY }]
}

/** Checks that `options` is undefined or a plain object before its fields are read. */
export function assertOptionsObject(method: string, options: unknown): void {
  if (options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options))) return
  throw new ChatmaskError('INVALID_OPTIONS', `${method}: options must be an object; received ${describeValue(options)}.`)
}
