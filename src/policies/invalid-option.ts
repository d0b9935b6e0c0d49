/**
 * The one shape of an options error, used by `parseOptions` when options are
 * read and by `renderReplacement` when a policy is re-checked:
 *
 *   Invalid option policies.cvv.action: received "hash"; a CVV may only be …. Allowed: ….
 *
 * The path says where, "received" says what kind of thing arrived (never a value
 * that might be sensitive, see `describe-value.ts`), and the rest says why and
 * what would be accepted.
 */
import { ChatmaskError } from '../errors.js'
import { describeValue } from './describe-value.js'

/**
 * How to say what was received at a field, safely. An action name is repeated
 * (it is one of six words, or an identifier-like typo); a key is described by
 * size alone, in bytes since that is what the rule counts; anything else by kind.
 *
 * @example
 * ```ts
 * import { describeReceived } from './invalid-option.js'
 * describeReceived('action', 'hash')         // '"hash"'
 * describeReceived('key', 'short')           // 'a string of 5 bytes in UTF-8'
 * describeReceived('template', '{pan}')      // 'a string of 5 characters'
 * ```
 */
export function describeReceived(field: string | undefined, value: unknown): string {
  if (field === 'key' && typeof value === 'string') {
    const bytes = new TextEncoder().encode(value).length
    return `a string of ${bytes} byte${bytes === 1 ? '' : 's'} in UTF-8`
  }
  return describeValue(value, { quoteStrings: field === 'action' })
}

/**
 * The message of an options error. `path` is dotted (`policies.cvv.action`), or
 * empty for the options object itself; `detail` is "why. Allowed: …".
 *
 * @example
 * ```ts
 * import { invalidOptionMessage } from './invalid-option.js'
 * invalidOptionMessage('policies.cvv.keepLast', '4', 'Allowed: 0.')
 * // 'Invalid option policies.cvv.keepLast: received 4; Allowed: 0.'
 * ```
 */
export function invalidOptionMessage(path: string, received: string, detail: string): string {
  const where = path === '' ? 'Invalid options' : `Invalid option ${path}`
  return `${where}: received ${received}; ${detail}`
}

/**
 * An `INVALID_OPTIONS` error with {@link invalidOptionMessage} and the path.
 *
 * @example
 * ```ts
 * import { invalidOptionError } from './invalid-option.js'
 * throw invalidOptionError('detectors', 'an empty array', 'Allowed: one or more finding types.')
 * ```
 */
export function invalidOptionError(path: string, received: string, detail: string): ChatmaskError {
  return new ChatmaskError('INVALID_OPTIONS', invalidOptionMessage(path, received, detail), path === '' ? undefined : path)
}
