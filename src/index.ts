/**
 * chatmask: keeps payment-card data and personal data out of live chat.
 * This entry offers every detector; `chatmask/pci` offers cards, expiry dates and
 * CVVs only, for the smallest browser bundle.
 */
import { PCI_DETECTORS } from './detectors/pci.js'
import type { RedactorOptions } from './options.js'
import { buildRedactor, type Redactor } from './redactor.js'

/**
 * Creates a redactor. Options are validated at once: a bad one throws a
 * {@link ChatmaskError} with code `INVALID_OPTIONS` naming the field.
 *
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const redactor = createRedactor({ policies: { card_number: { action: 'replace', template: '[card ending {last4}]' } } })
 * redactor.redact('it is 5555 5555 5555 4444').text // 'it is [card ending 4444]'
 * ```
 */
export function createRedactor(options?: RedactorOptions): Redactor {
  return buildRedactor(PCI_DETECTORS, options)
}

export { ChatmaskError, type ChatmaskErrorCode } from './errors.js'
export type { Redactor } from './redactor.js'
export { RedactionStream, type StreamOptions } from './stream/redaction-stream.js'
export { createRedactionTransformStream } from './stream/web.js'
export { Conversation, type Amendment, type ChatMessage, type MessageResult } from './conversation.js'
export { MAX_HOLD_CHARS } from './data/limits.js'
export type { CardBrand, Finding, FindingType, RedactionResult } from './types.js'
export type { RedactorOptions } from './options.js'
export type { PolicyOption, CustomRenderInfo } from './policies/policy.js'
