/**
 * One error class for everything chatmask rejects, told apart by `code`.
 * Messages say what was received and what is allowed; they never echo a
 * detected value, so an error can be logged safely.
 */

/** Machine-readable reasons a {@link ChatmaskError} is thrown.  * @example
 * ```ts
 * import { ChatmaskError, createRedactor } from 'chatmask'
 * let code = ''
 * try {
 *   createRedactor().stream().write(42 as unknown as string)
 * } catch (error) {
 *   if (error instanceof ChatmaskError) code = error.code
 * }
 * // code → 'INVALID_INPUT'
 * ```
 */
export type ChatmaskErrorCode =
  /** An option or policy failed validation; `path` names the field. */
  | 'INVALID_OPTIONS'
  /** A stream or conversation was used after `end()`. */
  | 'STREAM_ENDED'
  /** Input that is not a string (or Buffer, for the Node adapter). */
  | 'INVALID_INPUT'
  /** A custom policy function threw or returned something that is not a string. */
  | 'POLICY_FAILED'

/**
 * The error chatmask throws.
 *
 * @example
 * ```ts
 * import { createRedactor, ChatmaskError } from 'chatmask'
 * try {
 *   createRedactor({ policies: { card_number: { action: 'keep' } } })
 * } catch (error) {
 *   if (error instanceof ChatmaskError) console.log(error.code) // 'INVALID_OPTIONS'
 * }
 * ```
 */
export class ChatmaskError extends Error {
  /** What went wrong, for programs. */
  readonly code: ChatmaskErrorCode
  /** For `INVALID_OPTIONS`: the dotted path of the offending field, e.g. `policies.cvv.action`. */
  readonly path: string | undefined

  constructor(code: ChatmaskErrorCode, message: string, path?: string) {
    super(message)
    this.name = 'ChatmaskError'
    this.code = code
    this.path = path
  }
}
