import { applyPolicies, type PolicyTable } from './apply-policies.js'
import { answerRangesOf, assertOptionsObject, type RedactOptions } from './answering.js'
import type { Detector } from './detectors/detector.js'
import { Conversation, type ConversationOptions } from './conversation.js'
import { ChatmaskError } from './errors.js'
import { describeValue } from './policies/describe-value.js'
import { parseOptions, type RedactorOptions } from './options.js'
import { createScanMemory, scan, type ScanSettings } from './scanner/scanner.js'
import { RedactionStream, type StreamOptions } from './stream/redaction-stream.js'
import type { RedactionResult } from './types.js'

/** A configured redactor: cheap to call, safe to share, holds no per-text state. */
export interface Redactor {
  /**
   * Redacts one whole text.
   *
   * @example
   * ```ts
   * import { createRedactor } from 'chatmask'
   * const { text, findings } = createRedactor().redact('card 4111 1111 1111 1111 exp 12/29 cvv 123')
   * // text === 'card **** **** **** 1111 exp **\/** cvv ***'
   * // findings.map((f) => f.type) → ['card_number', 'expiry_date', 'cvv']
   * ```
   *
   * `options.answering` says the text answers a question for card data, so a
   * bare code or date in it is masked: `redact("it's 123", { answering: ['cvv'] })`.
   */
  redact(text: string, options?: RedactOptions): RedactionResult
  /** A stream for one input (keystrokes, fragments, an LLM reply): see {@link RedactionStream}. */
  stream(options?: StreamOptions): RedactionStream
  /** Message-level redaction with amendments: see {@link Conversation}. */
  conversation(options?: ConversationOptions): Conversation
}

/**
 * Builds a redactor from the detectors an entry point offers (all of them for
 * `chatmask`, cards only for `chatmask/pci`) and the user's options.
 */
export function buildRedactor(available: readonly Detector[], options: RedactorOptions | undefined): Redactor {
  const resolved = parseOptions(options ?? {}, available.map((detector) => detector.type))
  // parseOptions() has rejected types this entry point does not offer; keep precedence order.
  const detectors = available.filter((detector) => resolved.detectors.includes(detector.type))
  const policies: PolicyTable = resolved.policies
  const settings: ScanSettings = {
    detectors,
    now: resolved.now,
    expiryWindow: resolved.expiryWindow,
    maskChars: maskCharsOf(policies),
    phoneRegions: resolved.phoneRegions,
  }
  return {
    redact(text: string, options?: RedactOptions): RedactionResult {
      if (typeof text !== 'string') {
        throw new ChatmaskError('INVALID_INPUT', `redact() takes a string; received ${describeValue(text)}.`)
      }
      assertOptionsObject('redact()', options)
      const memory = createScanMemory(answerRangesOf('redact()', options?.answering))
      const { detections } = scan({ text, base: 0, from: 0, final: true, memory }, settings)
      return applyPolicies(text, 0, text.length, detections, 0, policies)
    },
    stream(streamOptions?: StreamOptions): RedactionStream {
      return new RedactionStream(settings, policies, streamOptions)
    },
    conversation(conversationOptions?: ConversationOptions): Conversation {
      return new Conversation(settings, policies, conversationOptions)
    },
  }
}

/** Every character a mask policy writes: what redaction residue looks like. */
function maskCharsOf(policies: PolicyTable): string {
  let chars = '*'
  for (const policy of Object.values(policies)) {
    if (policy.action === 'mask' && !chars.includes(policy.char)) chars += policy.char
  }
  return chars
}
