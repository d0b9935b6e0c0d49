/** From a policy as written to a policy with every field present. */
import type { FindingType } from '../types.js'
import { DEFAULT_HASH_LENGTH, DEFAULT_HASH_TEMPLATE, DEFAULT_KEEP_LAST, DEFAULT_MASK_CHAR, DEFAULT_REPLACE_TEMPLATE } from './defaults.js'
import type { PolicyOption, ResolvedPolicy } from './policy.js'

/**
 * Fills in the defaults of one policy for `type`. A string key becomes its UTF-8
 * bytes and a byte key is copied, so changing the caller's array later cannot
 * change the tokens. The result is frozen. Does not validate: `parseOptions` runs
 * the schema before and `policyProblemOf` after.
 *
 * @example
 * ```ts
 * import { resolvePolicy } from './resolve.js'
 * resolvePolicy('card_number', { action: 'mask', keepFirst: 6 })
 * // { action: 'mask', char: '*', keepFirst: 6, keepLast: 4, keepSeparators: true }
 * resolvePolicy('email', { action: 'replace' }) // { action: 'replace', template: '[{TYPE}]' }
 * ```
 */
export function resolvePolicy(type: FindingType, option: PolicyOption): ResolvedPolicy {
  switch (option.action) {
    case 'mask':
      return Object.freeze({
        action: 'mask',
        char: option.char ?? DEFAULT_MASK_CHAR,
        keepFirst: option.keepFirst ?? 0,
        keepLast: option.keepLast ?? DEFAULT_KEEP_LAST[type],
        keepSeparators: option.keepSeparators ?? true,
      })
    case 'replace':
      return Object.freeze({ action: 'replace', template: option.template ?? DEFAULT_REPLACE_TEMPLATE })
    case 'hash':
      return Object.freeze({
        action: 'hash',
        key: typeof option.key === 'string' ? new TextEncoder().encode(option.key) : new Uint8Array(option.key),
        length: option.length ?? DEFAULT_HASH_LENGTH,
        template: option.template ?? DEFAULT_HASH_TEMPLATE,
      })
    case 'custom':
      return Object.freeze({ action: 'custom', render: option.render })
    case 'token':
      return Object.freeze({ action: 'token', tokenizer: option.tokenizer })
    case 'remove':
    case 'keep':
      return Object.freeze({ action: option.action })
  }
}
