/**
 * What a policy is: the options a user writes (`…PolicyOption`) and the same
 * options with every default filled in (`Resolved…Policy`), which is all the
 * renderers ever see. Types only; the rules live in `policy-rules.ts`.
 */
import type { Tokenizer } from '../tokens/tokenizer-brand.js'
import type { CardBrand, FindingType } from '../types.js'

/** The seven things a policy can do with a finding. */
export type PolicyAction = 'mask' | 'replace' | 'remove' | 'hash' | 'keep' | 'custom' | 'token'

/**
 * Hide characters one by one, keeping the shape: `4111 1111 1111 1111` →
 * `**** **** **** 1111`.
 */
export interface MaskPolicyOption {
  readonly action: 'mask'
  /** The character written in place of each hidden one: exactly one code point, not a digit. Default `*`. */
  readonly char?: string
  /** How many maskable characters to leave visible at the start. Default 0; at most 6 for card numbers. */
  readonly keepFirst?: number
  /** How many maskable characters to leave visible at the end. Default: 4 for card numbers and IBANs, otherwise 0. */
  readonly keepLast?: number
  /** Keep separators (spaces, dashes, `@`, `.`) where they were. Default `true`. */
  readonly keepSeparators?: boolean
}

/** Write a fixed label, e.g. `[CARD_NUMBER]` or `[{brand} ending {last4}]`. */
export interface ReplacePolicyOption {
  readonly action: 'replace'
  /**
   * The text to write. Placeholders: `{type}` (`card_number`), `{TYPE}` (`CARD_NUMBER`),
   * `{brand}` (empty if none), `{last4}`, `{first6}`; `{{` and `}}` write one brace.
   * Default `[{TYPE}]`.
   */
  readonly template?: string
}

/** Delete the finding. */
export interface RemovePolicyOption {
  readonly action: 'remove'
}

/**
 * Replace with a keyed pseudonym: the same value and key give the same token in
 * every message, log and process, so a conversation can still be followed.
 */
export interface HashPolicyOption {
  readonly action: 'hash'
  /** The HMAC key: at least 16 bytes (a string counts its UTF-8 bytes). Keep it secret. */
  readonly key: string | Uint8Array
  /** Hex characters of the HMAC to show: 8 to 64. Default 16. */
  readonly length?: number
  /** Placeholders: `{hash}` (required), `{type}`, `{TYPE}`, `{brand}`. Default `[{type}:{hash}]`. */
  readonly template?: string
}

/** Leave the text as written and only report the finding. Not allowed for card numbers or CVVs. */
export interface KeepPolicyOption {
  readonly action: 'keep'
}

/**
 * What a custom renderer is told about a finding. For card numbers and CVVs
 * there is no `value`: the raw PAN never leaves chatmask (PCI DSS 3.4.1).
 * @example
 * ```ts
 * import { createRedactor } from 'chatmask'
 * const redactor = createRedactor({
 *   policies: { card_number: { action: 'custom', render: (info) => `<${info.brand} …${info.last4}>` } },
 * })
 * redactor.redact('5555 5555 5555 4444').text // '<mastercard …4444>'
 * ```
 */
export interface CustomRenderInfo {
  readonly type: FindingType
  /** Card network for card numbers, otherwise undefined. */
  readonly brand: CardBrand | undefined
  /** The last four characters of the normalized value. */
  readonly last4: string
  /** How many characters the normalized value has (digits, for a card number). */
  readonly length: number
  /** The normalized value (lower-cased email, E.164 phone, …). Absent for card numbers and CVVs. */
  readonly value?: string
}

/** Let your own function write the replacement. */
export interface CustomPolicyOption {
  readonly action: 'custom'
  /** Must return a string; for card numbers, with at most 10 digits and none of the hidden middle ones. */
  readonly render: (info: CustomRenderInfo) => string
}

/**
 * Replace with a reversible token under a per-scope key (see `tokenPolicy`,
 * which builds this object: the tokenizer must be one `createTokenizer` made).
 * Not allowed for CVVs (PCI DSS 3.3.1.2).
 * @example
 * ```ts
 * import { createMemoryKeyRing, tokenPolicy, type TokenPolicyOption } from 'chatmask'
 * const policy: TokenPolicyOption = tokenPolicy({ keyRing: createMemoryKeyRing(), scope: 'c1' })
 * policy.action // 'token'
 * ```
 */
export interface TokenPolicyOption {
  readonly action: 'token'
  readonly tokenizer: Tokenizer
}

/** A token policy needs no defaults: resolved, it is what the user wrote. */
export type ResolvedTokenPolicy = TokenPolicyOption

/** One policy as a user writes it in `RedactorOptions.policies`.  * @example
 * ```ts
 * import { createRedactor, type PolicyOption } from 'chatmask'
 * const remove: PolicyOption = { action: 'remove' }
 * createRedactor({ policies: { expiry_date: remove } }).redact('exp 12/29!').text // 'exp !'
 * ```
 */
export type PolicyOption =
  | MaskPolicyOption
  | ReplacePolicyOption
  | RemovePolicyOption
  | HashPolicyOption
  | KeepPolicyOption
  | CustomPolicyOption
  | TokenPolicyOption

/** A mask policy with its defaults filled in. */
export interface ResolvedMaskPolicy {
  readonly action: 'mask'
  readonly char: string
  readonly keepFirst: number
  readonly keepLast: number
  readonly keepSeparators: boolean
}

/** A replace policy with its default template filled in. */
export interface ResolvedReplacePolicy {
  readonly action: 'replace'
  readonly template: string
}

/** A hash policy with its key as bytes (a private copy) and its defaults filled in. */
export interface ResolvedHashPolicy {
  readonly action: 'hash'
  readonly key: Uint8Array
  readonly length: number
  readonly template: string
}

/** A policy as the renderers see it: every field present. */
export type ResolvedPolicy =
  | ResolvedMaskPolicy
  | ResolvedReplacePolicy
  | RemovePolicyOption
  | ResolvedHashPolicy
  | KeepPolicyOption
  | CustomPolicyOption
  | ResolvedTokenPolicy
