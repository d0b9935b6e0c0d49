/**
 * The `hash` policy: a keyed pseudonym. HMAC-SHA-256 (RFC 2104, FIPS 180-4)
 * under the user's secret key, the "keyed cryptographic hash" PCI DSS 3.5.1.1
 * accepts for rendering a PAN unreadable. A plain hash would not do: card numbers
 * are few enough (a known BIN, a Luhn digit) to hash them all and look one up.
 *
 * `@noble/hashes` is audited, synchronous and runs in browsers as well as Node;
 * Node's `crypto` would break the browser entry point and WebCrypto is async.
 */
import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils'
import { ChatmaskError } from '../errors.js'
import type { Finding, FindingType } from '../types.js'
import { placeholderValueOf } from './placeholder-values.js'
import type { ResolvedHashPolicy } from './policy.js'
import { fillTemplate, parseTemplate } from './template.js'

/**
 * The first `length` hex characters of HMAC-SHA-256(key, `type:canonical`).
 * The type is part of the message so that the same digits found as a phone and
 * as a card give unrelated tokens (domain separation); no type contains ":", so
 * the message is unambiguous.
 *
 * @example
 * ```ts
 * import { hashTokenOf } from './hash.js'
 * const key = new TextEncoder().encode('a secret key of 32 bytes or more!')
 * hashTokenOf(key, 'card_number', '4111111111111111', 16) // 16 hex characters, the same on every run
 * ```
 */
export function hashTokenOf(key: Uint8Array, type: FindingType, canonical: string, length: number): string {
  const mac = hmac(sha256, key, utf8ToBytes(`${type}:${canonical}`))
  return bytesToHex(mac).slice(0, length)
}

/**
 * Fills the policy's template with the token for `finding`. Assumes a policy
 * already accepted by `policyProblemOf`.
 *
 * @example
 * ```ts
 * import { renderHash } from './hash.js'
 * const policy = { action: 'hash', key: new TextEncoder().encode('0123456789abcdef'), length: 8, template: '[{type}:{hash}]' } as const
 * const finding = { type: 'email', start: 0, end: 14, reason: 'syntax' } as const
 * renderHash(policy, finding, 'jo@example.com') // '[email:' + 8 hex characters + ']'
 * ```
 */
export function renderHash(policy: ResolvedHashPolicy, finding: Finding, canonical: string): string {
  const parsed = parseTemplate(policy.template)
  if (!parsed.ok) {
    throw new ChatmaskError('INVALID_OPTIONS', `The hash template for ${finding.type} is malformed: ${parsed.problem}.`, `policies.${finding.type}.template`)
  }
  const token = hashTokenOf(policy.key, finding.type, canonical, policy.length)
  return fillTemplate(parsed.parts, (placeholder) => placeholderValueOf(placeholder, finding, canonical, token))
}
