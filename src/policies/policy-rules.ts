/**
 * Which policies are allowed for which type of finding, in one place.
 *
 * `parseOptions` asks {@link policyProblemOf} when the options are read, and
 * `renderReplacement` asks again before every replacement, so a policy built by
 * hand (bypassing the options) cannot show what the rules hide: the PCI rules fail
 * closed at both doors. The schema in `schema.ts` only checks JavaScript types;
 * every rule about values lives here.
 */
import { digitValueOf } from '../scanner/unicode-digits.js'
import { isGenuineTokenizer } from '../tokens/tokenizer-brand.js'
import type { FindingType } from '../types.js'
import type { PolicyAction, ResolvedHashPolicy, ResolvedMaskPolicy, ResolvedPolicy } from './policy.js'
import { type Placeholder, parseTemplate, placeholdersOf } from './template.js'

/** PCI DSS v4.0 req. 3.4.1: when a PAN is displayed, at most the BIN (first six) … */
export const PCI_MAX_KEEP_FIRST = 6
/** … and the last four digits may show. */
export const PCI_MAX_KEEP_LAST = 4

/** Shortest HMAC key: 128 bits, the security strength NIST SP 800-107 asks of an HMAC key. */
export const MIN_HASH_KEY_BYTES = 16
/** Fewest hex characters of a hash token: 32 bits, below which tokens of different values collide often. */
export const MIN_HASH_LENGTH = 8
/** Most hex characters of a hash token: all 256 bits of SHA-256. */
export const MAX_HASH_LENGTH = 64

/** Why a policy is refused: the field at fault, the rule, and what would be accepted. */
export interface PolicyProblem {
  /** The field of the policy at fault, e.g. `keepLast`; the options path is `policies.<type>.<field>`. */
  readonly field: string
  /** Why, citing the rule when there is one. Never contains the policy's values. */
  readonly reason?: string
  /** What is accepted instead. */
  readonly allowed: string
}

/** UTF-16 surrogates: half a character each, never a character alone. */
const FIRST_SURROGATE = 0xd800
const LAST_SURROGATE = 0xdfff

const ALL_ACTIONS: readonly PolicyAction[] = ['mask', 'replace', 'remove', 'hash', 'keep', 'custom', 'token']

/**
 * The actions each type allows. A card number may never be kept in full
 * (PCI DSS 3.4.1). A CVV is sensitive authentication data that must not be
 * retained after authorization (PCI DSS 3.3.1.2): it can only disappear, so
 * no keep, no hash (1,000 possible values: any hash is reversible by trying them
 * all), no custom function (which would receive it) and no token (an encrypted
 * CVV is still a stored CVV).
 */
export const ACTIONS_ALLOWED: Readonly<Record<FindingType, readonly PolicyAction[]>> = {
  card_number: ['mask', 'replace', 'remove', 'hash', 'custom', 'token'],
  expiry_date: ALL_ACTIONS,
  cvv: ['mask', 'remove', 'replace'],
  phone: ALL_ACTIONS,
  email: ALL_ACTIONS,
  iban: ALL_ACTIONS,
  uk_nino: ALL_ACTIONS,
  us_ssn: ALL_ACTIONS,
}

/** `{type}` and `{TYPE}` say only what kind of thing was there: the one thing a CVV replacement may say. */
const LABEL_PLACEHOLDERS: readonly Placeholder[] = ['type', 'TYPE']
const REPLACE_PLACEHOLDERS: readonly Placeholder[] = ['type', 'TYPE', 'brand', 'last4', 'first6']
/**
 * A hash token is never shown beside part of the value: PCI DSS 3.5.1 warns that
 * a hash and a truncation of the same PAN together can be correlated to recover it.
 */
const HASH_PLACEHOLDERS: readonly Placeholder[] = ['type', 'TYPE', 'brand', 'hash']

/**
 * The placeholders a `replace` or `hash` template may use for a type.
 *
 * @example
 * ```ts
 * import { placeholdersAllowed } from './policy-rules.js'
 * placeholdersAllowed('cvv', 'replace') // ['type', 'TYPE']
 * ```
 */
export function placeholdersAllowed(type: FindingType, action: 'replace' | 'hash'): readonly Placeholder[] {
  if (action === 'hash') return HASH_PLACEHOLDERS
  return type === 'cvv' ? LABEL_PLACEHOLDERS : REPLACE_PLACEHOLDERS
}

function listed(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ')
}

function listedPlaceholders(placeholders: readonly Placeholder[]): string {
  return placeholders.map((name) => `{${name}}`).join(', ')
}

/**
 * The problem with asking for an action the type does not allow (or for no
 * known action at all): the message `parseOptions` gives for `policies.<type>.action`.
 *
 * @example
 * ```ts
 * import { actionProblemFor } from './policy-rules.js'
 * actionProblemFor('cvv').allowed // '"mask" (keepFirst 0, keepLast 0), "remove", "replace" (template with only {type} or {TYPE})'
 * ```
 */
export function actionProblemFor(type: FindingType): PolicyProblem {
  switch (type) {
    case 'card_number':
      return {
        field: 'action',
        reason: 'a card number may never be shown in full (PCI DSS 3.4.1)',
        allowed: listed(ACTIONS_ALLOWED.card_number),
      }
    case 'cvv':
      return {
        field: 'action',
        reason: 'a CVV may only be masked fully, removed or replaced (PCI DSS 3.3.1.2)',
        allowed: '"mask" (keepFirst 0, keepLast 0), "remove", "replace" (template with only {type} or {TYPE})',
      }
    default:
      return { field: 'action', allowed: listed(ACTIONS_ALLOWED[type]) }
  }
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0
}

function keepProblemOf(type: FindingType, field: 'keepFirst' | 'keepLast', value: number): PolicyProblem | undefined {
  const pciMaximum = field === 'keepFirst' ? PCI_MAX_KEEP_FIRST : PCI_MAX_KEEP_LAST
  if (type === 'cvv' && value !== 0) {
    return { field, reason: 'a CVV must be masked in full (PCI DSS 3.3.1.2)', allowed: '0' }
  }
  if (type === 'card_number' && !(isCount(value) && value <= pciMaximum)) {
    const which = field === 'keepFirst' ? 'first six' : 'last four'
    return {
      field,
      reason: `a card number may show at most its ${which} digits (PCI DSS 3.4.1)`,
      allowed: `a whole number from 0 to ${pciMaximum}`,
    }
  }
  if (!isCount(value)) return { field, allowed: 'a whole number from 0 up' }
  return undefined
}

function maskCharProblemOf(char: string): PolicyProblem | undefined {
  const codePoints = [...char]
  const only = codePoints.length === 1 ? char.codePointAt(0) : undefined
  // A lone surrogate counts as one code point but is not a character: it would corrupt the output.
  const isLoneSurrogate = only !== undefined && only >= FIRST_SURROGATE && only <= LAST_SURROGATE
  if (only === undefined || isLoneSurrogate) {
    return { field: 'char', allowed: 'exactly one character, e.g. "*", "•" or "x"' }
  }
  if (digitValueOf(only) >= 0) {
    return {
      field: 'char',
      reason: 'masking with a digit writes a new number, which reads as real data and is found again on the next pass',
      allowed: 'one character that is not a digit, e.g. "*", "•" or "x"',
    }
  }
  return undefined
}

function maskProblemOf(type: FindingType, policy: ResolvedMaskPolicy): PolicyProblem | undefined {
  return (
    maskCharProblemOf(policy.char) ??
    keepProblemOf(type, 'keepFirst', policy.keepFirst) ??
    keepProblemOf(type, 'keepLast', policy.keepLast)
  )
}

function templateProblemOf(type: FindingType, action: 'replace' | 'hash', template: string): PolicyProblem | undefined {
  const allowed = placeholdersAllowed(type, action)
  const allowedText = `a template using ${listedPlaceholders(allowed)} ("{{" and "}}" write braces)`
  const parsed = parseTemplate(template)
  if (!parsed.ok) return { field: 'template', reason: `the template is malformed: ${parsed.problem}`, allowed: allowedText }
  const used = placeholdersOf(parsed.parts)
  const refused = used.filter((name) => !allowed.includes(name))
  const first = refused[0]
  if (first !== undefined) {
    return { field: 'template', reason: refusedPlaceholderReason(type, action, first), allowed: allowedText }
  }
  if (action === 'hash' && !used.includes('hash')) {
    return { field: 'template', reason: 'a hash template must show the hash', allowed: `${allowedText}, including {hash}` }
  }
  return undefined
}

function refusedPlaceholderReason(type: FindingType, action: 'replace' | 'hash', placeholder: Placeholder): string {
  if (type === 'cvv') return `a CVV replacement may not carry any part of the CVV, so {${placeholder}} is refused (PCI DSS 3.3.1.2)`
  if (action === 'hash' && type === 'card_number' && placeholder !== 'hash') {
    return `a hash may not be shown beside part of the same card number, so {${placeholder}} is refused (PCI DSS 3.5.1)`
  }
  return `{${placeholder}} cannot be used in a ${action} template`
}

function byteLengthOf(key: string | Uint8Array): number {
  return typeof key === 'string' ? new TextEncoder().encode(key).length : key.length
}

/**
 * The problem with an HMAC key, if any. Exported for the schema, which checks
 * the key before turning a string into bytes.
 *
 * @example
 * ```ts
 * import { hashKeyProblemOf } from './policy-rules.js'
 * hashKeyProblemOf('too short')?.field // 'key'
 * hashKeyProblemOf('a key of at least sixteen bytes') // undefined
 * ```
 */
export function hashKeyProblemOf(key: string | Uint8Array): PolicyProblem | undefined {
  if (byteLengthOf(key) >= MIN_HASH_KEY_BYTES) return undefined
  return {
    field: 'key',
    reason: `a key shorter than ${MIN_HASH_KEY_BYTES} bytes is too weak for a keyed hash (NIST SP 800-107; PCI DSS 3.5.1.1)`,
    allowed: `a secret string of at least ${MIN_HASH_KEY_BYTES} bytes in UTF-8, or a Uint8Array of at least ${MIN_HASH_KEY_BYTES} bytes`,
  }
}

function hashProblemOf(type: FindingType, policy: ResolvedHashPolicy): PolicyProblem | undefined {
  const keyProblem = hashKeyProblemOf(policy.key)
  if (keyProblem !== undefined) return keyProblem
  const length = policy.length
  if (!(Number.isSafeInteger(length) && length >= MIN_HASH_LENGTH && length <= MAX_HASH_LENGTH)) {
    return { field: 'length', allowed: `a whole number from ${MIN_HASH_LENGTH} to ${MAX_HASH_LENGTH}` }
  }
  return templateProblemOf(type, 'hash', policy.template)
}

/**
 * Why `policy` may not be used for findings of `type`, or undefined when it may.
 * Total: any object typed as a policy gets an answer, never an exception.
 *
 * @example
 * ```ts
 * import { policyProblemOf } from './policy-rules.js'
 * policyProblemOf('card_number', { action: 'keep' })?.reason
 * // 'a card number may never be shown in full (PCI DSS 3.4.1)'
 * policyProblemOf('email', { action: 'keep' }) // undefined
 * ```
 */
export function policyProblemOf(type: FindingType, policy: ResolvedPolicy): PolicyProblem | undefined {
  if (!ACTIONS_ALLOWED[type].includes(policy.action)) return actionProblemFor(type)
  switch (policy.action) {
    case 'mask':
      return maskProblemOf(type, policy)
    case 'replace':
      return templateProblemOf(type, 'replace', policy.template)
    case 'hash':
      return hashProblemOf(type, policy)
    case 'custom':
      return typeof policy.render === 'function' ? undefined : { field: 'render', allowed: 'a function returning a string' }
    case 'token':
      // Only chatmask's own tokenizer may receive the value (for a card, the whole PAN).
      return isGenuineTokenizer(policy.tokenizer)
        ? undefined
        : { field: 'tokenizer', reason: 'the tokenizer receives the raw value, so only one chatmask made is accepted', allowed: 'tokenPolicy({ keyRing, scope }) or createTokenizer(…)' }
    case 'remove':
    case 'keep':
      return undefined
  }
}

/**
 * One line for an error: "a CVV may only be … . Allowed: …".
 *
 * @example
 * ```ts
 * import { describeProblem, policyProblemOf } from './policy-rules.js'
 * const problem = policyProblemOf('card_number', { action: 'keep' })
 * if (problem) describeProblem(problem)
 * // 'a card number may never be shown in full (PCI DSS 3.4.1). Allowed: "mask", "replace", "remove", "hash", "custom".'
 * ```
 */
export function describeProblem(problem: PolicyProblem): string {
  return `${problem.reason === undefined ? '' : `${problem.reason}. `}Allowed: ${problem.allowed}.`
}
