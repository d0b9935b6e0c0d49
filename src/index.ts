/**
 * chatmask: keeps payment-card data and personal data out of live chat.
 * This entry offers every detector; `chatmask/pci` offers cards, expiry dates and
 * CVVs only, for the smallest browser bundle.
 */
import { ALL_DETECTORS } from './detectors/all.js'
import type { RedactorOptions } from './options.js'
import { buildRedactor, type Redactor } from './redactor.js'
import { MAX_HOLD_CHARS_ALL } from './data/limits.js'

/**
 * Creates a redactor with every detector: card numbers, expiry dates, CVVs,
 * IBANs, US SSNs, UK National Insurance numbers, phone numbers and emails (in
 * the precedence order of `ALL_DETECTORS`). Options are validated at once: a
 * bad one throws a {@link ChatmaskError} with code `INVALID_OPTIONS` naming the
 * field.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const redactor = createRedactor({ policies: { card_number: { action: 'replace', template: '[card ending {last4}]' } } })
 * redactor.redact('it is 5555 5555 5555 4444').text // 'it is [card ending 4444]'
 * redactor.redact('call +44 20 7946 0958 or mail jo@example.com').text // 'call +** ** **** **** or mail **@*******.***'
 * ```
 */
export function createRedactor(options?: RedactorOptions): Redactor {
  return buildRedactor(ALL_DETECTORS, options)
}

export { ChatmaskError, type ChatmaskErrorCode } from './errors.js'
export type { Redactor } from './redactor.js'
export type { AnswerableType, RedactOptions } from './answering.js'
export { RedactionStream, type StreamOptions } from './stream/redaction-stream.js'
export { createRedactionTransformStream } from './stream/web.js'
export { Conversation, type Amendment, type ChatMessage, type ConversationOptions, type MessageResult } from './conversation.js'
/**
 * The most characters a stream of this entry point ever holds back: the full
 * detector set's bound (`MAX_HOLD_CHARS_ALL` in `src/data/limits.ts`; an email's
 * domain may run to 253 characters before it can be decided). `chatmask/pci`
 * exports its own, smaller `MAX_HOLD_CHARS`.
 *
 * @example
 * ```ts
 * import { MAX_HOLD_CHARS, createRedactor } from 'chatmask'
 * const stream = createRedactor().stream()
 * stream.write('0 1 2 3 4 5 6 7 8 9 '.repeat(100))
 * stream.heldLength <= MAX_HOLD_CHARS // true
 * ```
 */
export const MAX_HOLD_CHARS: number = MAX_HOLD_CHARS_ALL
export type { CardBrand, Finding, FindingType, RedactionResult } from './types.js'
export type { RedactorOptions } from './options.js'
export type { PolicyOption, CustomRenderInfo } from './policies/policy.js'
export type { TokenPolicyOption } from './policies/policy.js'
export {
  createMemoryKeyRing,
  createSealedKeyRing,
  createTokenizer,
  detokenize,
  tokenPolicy,
  tokenPolicies,
  type DataKey,
  type DetokenizeResult,
  type KeyRing,
  type KeyRingStorage,
  type MemoryKeyRing,
  type MemoryKeyRingOptions,
  type ScopedKey,
  type ScopedTokenizer,
  type SealedKeyRingOptions,
  type TokenOptions,
  type Tokenizer,
} from './tokens/index.js'
