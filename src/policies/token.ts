/**
 * The `token` policy's renderer: hands the value to the policy's tokenizer (one
 * made by `createTokenizer`, checked by `policy-rules.ts`). No crypto is imported
 * here: the ciphers arrive with the tokenizer, so a bundle that never imports
 * `tokenPolicy` never carries them (the `chatmask/pci` size budget).
 */
import { ChatmaskError } from '../errors.js'
import type { Finding } from '../types.js'
import type { ResolvedTokenPolicy } from './policy.js'

/**
 * The token for one finding. A failure of the key ring becomes
 * `POLICY_FAILED` without its message (a caller's key ring might put a scope or
 * key in it); chatmask's own option errors pass through.
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing, tokenPolicy } from 'chatmask'
 * import { renderToken } from './token.js'
 * const policy = tokenPolicy({ keyRing: createMemoryKeyRing(), scope: 'c1' })
 * renderToken(policy, { type: 'email', start: 0, end: 14, reason: 'syntax' }, 'jo@example.com', 'jo@example.com').startsWith('[email:') // true
 * ```
 */
export function renderToken(policy: ResolvedTokenPolicy, finding: Finding, original: string, canonical: string): string {
  let token: unknown
  try {
    token = policy.tokenizer.tokenize(finding.type, original, canonical)
  } catch (error) {
    if (error instanceof ChatmaskError) throw error
    throw new ChatmaskError('POLICY_FAILED', `The token policy for ${finding.type} failed: its key ring threw (message withheld: it may hold a key or scope).`)
  }
  if (typeof token !== 'string') throw new ChatmaskError('POLICY_FAILED', `The token policy for ${finding.type} did not return a string.`)
  return token
}
