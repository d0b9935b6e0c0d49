/** From a finding to its replacement text: the one entry point the redactor calls. */
import type { Finding } from '../types.js'
import { renderCustom } from './custom.js'
import { renderHash } from './hash.js'
import { describeReceived, invalidOptionError } from './invalid-option.js'
import { renderKeep } from './keep.js'
import { renderMask } from './mask.js'
import type { ResolvedPolicy } from './policy.js'
import { describeProblem, policyProblemOf } from './policy-rules.js'
import { renderRemove } from './remove.js'
import { renderReplace } from './replace.js'
import { renderToken } from './token.js'

/**
 * The text that replaces one finding.
 *
 * - `original` is exactly `input.slice(finding.start, finding.end)`: separators,
 *   any script's digits, as the customer typed it. Only `mask` and `keep` read it.
 * - `canonical` is the normalized value: ASCII digits for cards, lower-cased for
 *   emails, E.164 for phones when known. Templates, hashes and custom functions
 *   read it.
 *
 * Pure. Re-checks the policy against the rules for `finding.type` first (the same
 * check `parseOptions` makes), so a policy assembled by hand cannot bypass PCI DSS:
 * a refused policy throws `ChatmaskError('INVALID_OPTIONS')` before anything is
 * written. A custom function that fails throws `ChatmaskError('POLICY_FAILED')`.
 *
 * @example
 * ```ts
 * import { renderReplacement } from './render.js'
 * const finding = { type: 'card_number', start: 4, end: 23, brand: 'visa', reason: 'luhn+iin' } as const
 * const policy = { action: 'mask', char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true } as const
 * renderReplacement(policy, finding, '4111 1111 1111 1111', '4111111111111111') // '**** **** **** 1111'
 * renderReplacement({ action: 'replace', template: '[{TYPE}]' }, finding, '4111 1111 1111 1111', '4111111111111111') // '[CARD_NUMBER]'
 * renderReplacement({ action: 'keep' }, finding, '4111 1111 1111 1111', '4111111111111111') // throws INVALID_OPTIONS
 * ```
 */
export function renderReplacement(policy: ResolvedPolicy, finding: Finding, original: string, canonical: string): string {
  const problem = policyProblemOf(finding.type, policy)
  if (problem !== undefined) {
    const received = describeReceived(problem.field, (policy as unknown as Record<string, unknown>)[problem.field])
    throw invalidOptionError(`policies.${finding.type}.${problem.field}`, received, describeProblem(problem))
  }
  switch (policy.action) {
    case 'mask':
      return renderMask(policy, finding.type, original)
    case 'replace':
      return renderReplace(policy, finding, canonical)
    case 'remove':
      return renderRemove()
    case 'hash':
      return renderHash(policy, finding, canonical)
    case 'keep':
      return renderKeep(original)
    case 'custom':
      return renderCustom(policy, finding, canonical)
    case 'token':
      return renderToken(policy, finding, original, canonical)
  }
}
