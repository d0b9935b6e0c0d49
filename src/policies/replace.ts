/** The `replace` policy: a fixed label such as `[CARD_NUMBER]` or `[visa …1111]`. */
import { ChatmaskError } from '../errors.js'
import type { Finding } from '../types.js'
import { placeholderValueOf } from './placeholder-values.js'
import type { ResolvedReplacePolicy } from './policy.js'
import { fillTemplate, parseTemplate } from './template.js'

/**
 * Fills the policy's template for `finding`. Assumes a policy already accepted
 * by `policyProblemOf`; a malformed template still throws rather than print itself.
 *
 * @example
 * ```ts
 * import { renderReplace } from './replace.js'
 * const finding = { type: 'card_number', start: 0, end: 16, brand: 'visa', reason: 'luhn+iin' } as const
 * renderReplace({ action: 'replace', template: '[{brand} ending {last4}]' }, finding, '4111111111111111')
 * // '[visa ending 1111]'
 * ```
 */
export function renderReplace(policy: ResolvedReplacePolicy, finding: Finding, canonical: string): string {
  const parsed = parseTemplate(policy.template)
  if (!parsed.ok) {
    throw new ChatmaskError('INVALID_OPTIONS', `The replace template for ${finding.type} is malformed: ${parsed.problem}.`, `policies.${finding.type}.template`)
  }
  return fillTemplate(parsed.parts, (placeholder) => placeholderValueOf(placeholder, finding, canonical))
}
