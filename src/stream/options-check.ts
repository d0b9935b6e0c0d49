/**
 * Checks the options of `redactor.stream()` and `redactor.conversation()` the
 * way `createRedactor()` checks its own: an unknown key (a typo) or a value of
 * the wrong kind throws `ChatmaskError('INVALID_OPTIONS')` with the field's
 * `path`, what arrived (its kind, never its value) and what is allowed. Without
 * this, `stream({ onFindings: log })` would quietly report nothing, and
 * `stream({ onFinding: 'x' })` would fail only at the first finding, mid-stream.
 */
import { ChatmaskError } from '../errors.js'
import { describeValue } from '../policies/describe-value.js'
import { invalidOptionError } from '../policies/invalid-option.js'
import { unknownKeyDetail } from '../policies/schema.js'

/** The keys `stream()` takes (`StreamOptions`). */
export const STREAM_OPTION_KEYS = ['onFinding', 'answering'] as const

/**
 * The keys `conversation()` takes, once it takes options: a bound on how many
 * messages a silent sender's state is kept for (see the design note in
 * `test/conversation-release.test.ts`).
 */
export const CONVERSATION_OPTION_KEYS = ['idleMessages'] as const

/**
 * Throws unless `options` is undefined or a plain object whose keys are all in
 * `known`; `method` names the call in the message ("stream()").
 *
 * @example
 * ```ts
 * import { checkOptionKeys } from './options-check.js'
 * checkOptionKeys('stream()', { onFindings: () => {} }, ['onFinding', 'answering'])
 * // throws: stream(): Invalid option onFindings: not a known option (did you mean "onFinding"?). Allowed: onFinding, answering.
 * ```
 */
export function checkOptionKeys(method: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ChatmaskError('INVALID_OPTIONS', `${method}: Invalid options: received ${describeValue(options)}; Allowed: an options object, or nothing.`, '')
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new ChatmaskError('INVALID_OPTIONS', `${method}: Invalid option ${describeKey(key)}: ${unknownKeyDetail(key, known)}`, key)
  }
}

/**
 * Checks the options of `stream()` (`StreamOptions`): known keys only, and an
 * `onFinding` that is a function. (`answering` is checked where it is read.)
 *
 * @example
 * ```ts
 * import { checkStreamOptions } from './options-check.js'
 * checkStreamOptions({ onFinding: 'log' })
 * // throws: stream(): Invalid option onFinding: received a string; Allowed: a function, called with each finding.
 * ```
 */
export function checkStreamOptions(options: unknown): void {
  checkOptionKeys('stream()', options, STREAM_OPTION_KEYS)
  const onFinding = (options as { onFinding?: unknown } | undefined)?.onFinding
  if (onFinding !== undefined && typeof onFinding !== 'function') {
    throw prefixed('stream()', invalidOptionError('onFinding', describeValue(onFinding), 'Allowed: a function, called with each finding.'))
  }
}

/** What `conversation()` options resolve to. */
export interface ConversationSettings {
  /** A sender silent for this many messages of the conversation is ended, and its state released. */
  readonly idleMessages: number
}

/**
 * Checks and resolves the options of `conversation()`, for the lead to wire in
 * `conversation.ts`: known keys only, and `idleMessages` a whole number ≥ 1
 * (`defaultIdleMessages` when absent).
 *
 * @example
 * ```ts
 * import { parseConversationOptions } from './options-check.js'
 * parseConversationOptions({ idleMessages: 500 }, 1000) // { idleMessages: 500 }
 * parseConversationOptions({ idleMessages: 0 }, 1000)
 * // throws: conversation(): Invalid option idleMessages: received 0; Allowed: a whole number from 1 up …
 * ```
 */
export function parseConversationOptions(options: unknown, defaultIdleMessages: number): ConversationSettings {
  checkOptionKeys('conversation()', options, CONVERSATION_OPTION_KEYS)
  const idle = (options as { idleMessages?: unknown } | undefined)?.idleMessages
  if (idle === undefined) return { idleMessages: defaultIdleMessages }
  if (typeof idle !== 'number' || !Number.isSafeInteger(idle) || idle < 1) {
    throw prefixed(
      'conversation()',
      invalidOptionError(
        'idleMessages',
        describeValue(idle),
        'Allowed: a whole number from 1 up: how many messages of the conversation a silent sender is kept for.',
      ),
    )
  }
  return { idleMessages: idle }
}

/** A key as a message may show it: spelled out when it looks like a name, else described. */
function describeKey(key: string): string {
  return /^[A-Za-z_$][\w$]{0,63}$/.test(key) ? key : `(${describeValue(key)})`
}

function prefixed(method: string, error: ChatmaskError): ChatmaskError {
  return new ChatmaskError(error.code, `${method}: ${error.message}`, error.path)
}
