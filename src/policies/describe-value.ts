/**
 * Describes a value for an error message without echoing it. Error messages get
 * logged, and the value a user passed by mistake may be a card number, an HMAC
 * key or a customer's email, so a message says what *kind* of thing arrived.
 */

/** Longest string {@link quoteIfIdentifier} will show. */
const MAX_QUOTED_LENGTH = 32

/** Most digits a shown string may hold: enough for `last4`, too few to be any value chatmask protects. */
const MAX_QUOTED_DIGITS = 2

/** Numbers up to this size are shown as written: option counts and lengths are all small. */
const MAX_SHOWN_NUMBER = 999

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]*$/
const DIGIT = /[0-9]/g

/**
 * `"value"` if `value` looks like an option name, action or region code (a short
 * identifier with at most two digits), otherwise undefined. Only such strings
 * are safe to repeat back in an error message.
 *
 * @example
 * ```ts
 * import { quoteIfIdentifier } from './describe-value.js'
 * quoteIfIdentifier('hash')             // '"hash"'
 * quoteIfIdentifier('4111111111111111') // undefined
 * ```
 */
export function quoteIfIdentifier(value: string): string | undefined {
  const digits = value.match(DIGIT)?.length ?? 0
  if (value.length > MAX_QUOTED_LENGTH || digits > MAX_QUOTED_DIGITS || !IDENTIFIER.test(value)) return undefined
  return `"${value}"`
}

/**
 * What was received, said safely: `a string of 16 characters`, `5`, `an array`,
 * `nothing`. Strings are quoted only when `quoteStrings` is set and they look like
 * an identifier (see {@link quoteIfIdentifier}); numbers only when small.
 *
 * @example
 * ```ts
 * import { describeValue } from './describe-value.js'
 * describeValue('4111 1111 1111 1111') // 'a string of 19 characters'
 * describeValue('hash', { quoteStrings: true }) // '"hash"'
 * describeValue(4111111111111111)      // 'a number of 16 digits'
 * describeValue(undefined)             // 'nothing'
 * ```
 */
export function describeValue(value: unknown, { quoteStrings = false }: { quoteStrings?: boolean } = {}): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const quoted = quoteStrings ? quoteIfIdentifier(value) : undefined
    if (quoted !== undefined) return quoted
    return value.length === 0 ? 'an empty string' : `a string of ${value.length} character${value.length === 1 ? '' : 's'}`
  }
  if (typeof value === 'number') return describeNumber(value)
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'bigint') return 'a bigint'
  if (typeof value === 'symbol') return 'a symbol'
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`
  if (value instanceof Uint8Array) return `a Uint8Array of ${value.length} byte${value.length === 1 ? '' : 's'}`
  if (value instanceof Date) return 'a Date'
  return 'an object'
}

function describeNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  if (Math.abs(value) <= MAX_SHOWN_NUMBER) return String(value)
  // A large number may be a card number or phone typed as a number literal: count, do not show.
  // log10 rather than String(): String(1e21) is "1e+21", which has no digit count.
  const digits = Math.floor(Math.log10(Math.abs(value))) + 1
  return `a number of ${digits} digits`
}
