/**
 * chatmask/pci: card numbers, expiry dates and CVVs only. The smallest bundle for
 * the browser, with no phone-number metadata. Same API as `chatmask`.
 */
import { PCI_DETECTORS } from './detectors/pci.js'
import type { RedactorOptions } from './options.js'
import { buildRedactor, type Redactor } from './redactor.js'

/**
 * Creates a card-only redactor (cards, expiry dates, CVVs).
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask/pci'
 * createRedactor().redact('4111 1111 1111 1111, cvv 123').text // '**** **** **** 1111, cvv ***'
 * ```
 */
export function createRedactor(options?: RedactorOptions): Redactor {
  return buildRedactor(PCI_DETECTORS, options)
}

export { ChatmaskError, type ChatmaskErrorCode } from './errors.js'
export type { Redactor } from './redactor.js'
export type { AnswerableType, RedactOptions } from './answering.js'
export { RedactionStream, type StreamOptions } from './stream/redaction-stream.js'
export { createRedactionTransformStream } from './stream/web.js'
export { Conversation, type Amendment, type ChatMessage, type ConversationOptions, type MessageResult } from './conversation.js'
export { MAX_HOLD_CHARS } from './data/limits.js'
export type { CardBrand, Finding, FindingType, RedactionResult } from './types.js'
export type { RedactorOptions } from './options.js'
export type { PolicyOption, CustomRenderInfo } from './policies/policy.js'
