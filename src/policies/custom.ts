/**
 * The `custom` policy: the user's function writes the replacement, from safe
 * facts only. For a card number it is never given the PAN (PCI DSS 3.4.1), and
 * what it returns is checked before it is used, because a bug in user code must
 * not put a card number into a chat.
 */
import { ChatmaskError } from '../errors.js'
import { digitValueOf } from '../scanner/unicode-digits.js'
import type { Finding, FindingType } from '../types.js'
import { describeValue } from './describe-value.js'
import { placeholderValueOf } from './placeholder-values.js'
import type { CustomPolicyOption, CustomRenderInfo } from './policy.js'
import { PCI_MAX_KEEP_FIRST, PCI_MAX_KEEP_LAST } from './policy-rules.js'

/** Types whose value a custom function is never given: the PAN and the CVV. */
const VALUE_WITHHELD: ReadonlySet<FindingType> = new Set<FindingType>(['card_number', 'cvv'])

/** Most digits a card replacement may contain: the first six and last four PCI DSS 3.4.1 allows. */
const MAX_CARD_DIGITS_SHOWN = PCI_MAX_KEEP_FIRST + PCI_MAX_KEEP_LAST

function infoFor(finding: Finding, canonical: string): CustomRenderInfo {
  const info: CustomRenderInfo = {
    type: finding.type,
    brand: finding.brand,
    last4: placeholderValueOf('last4', finding, canonical),
    length: canonical.length,
    ...(VALUE_WITHHELD.has(finding.type) ? {} : { value: canonical }),
  }
  return Object.freeze(info)
}

/** The decimal digits of `text` (any script) written as ASCII, everything else kept, and how many there were. */
function withAsciiDigits(text: string): { readonly text: string; readonly digits: number } {
  let out = ''
  let digits = 0
  for (const char of text) {
    const value = digitValueOf(char.codePointAt(0) as number)
    if (value < 0) {
      out += char
    } else {
      out += String(value)
      digits++
    }
  }
  return { text: out, digits }
}

/**
 * Why a custom replacement for a card number would show too much, or undefined.
 * Digits are read in every script, so full-width or Arabic-Indic digits count too.
 */
function cardOutputProblemOf(output: string, canonical: string): string | undefined {
  const { text, digits } = withAsciiDigits(output)
  if (digits > MAX_CARD_DIGITS_SHOWN) {
    return `it returned text with ${digits} digits; a card number may show at most ${MAX_CARD_DIGITS_SHOWN} (first six and last four, PCI DSS 3.4.1)`
  }
  const middle = canonical.slice(PCI_MAX_KEEP_FIRST, -PCI_MAX_KEEP_LAST)
  if (middle !== '' && text.includes(middle)) {
    return 'it returned text containing the digits between the first six and last four, which PCI DSS 3.4.1 requires to be hidden'
  }
  return undefined
}

function failed(type: FindingType, why: string): ChatmaskError {
  return new ChatmaskError('POLICY_FAILED', `The custom policy for ${type} failed: ${why}.`, `policies.${type}.render`)
}

/**
 * Calls the user's function with the safe facts about `finding` and returns its
 * text. Throws `ChatmaskError('POLICY_FAILED')` if the function throws, returns a
 * non-string, or, for a card number, returns more than PCI DSS 3.4.1 allows to
 * show. Messages never contain the value or the function's own error message
 * (which might).
 *
 * @example
 * ```ts
 * import { renderCustom } from './custom.js'
 * const policy = { action: 'custom', render: ({ brand, last4 }) => `[${brand} ****${last4}]` } as const
 * const finding = { type: 'card_number', start: 0, end: 16, brand: 'visa', reason: 'luhn+iin' } as const
 * renderCustom(policy, finding, '4111111111111111') // '[visa ****1111]'
 * ```
 */
export function renderCustom(policy: CustomPolicyOption, finding: Finding, canonical: string): string {
  let output: unknown
  try {
    output = policy.render(infoFor(finding, canonical))
  } catch {
    // The thrown error is not attached: its message or stack may quote the value.
    throw failed(finding.type, 'the function threw (its error is not shown, as it may contain the value)')
  }
  if (typeof output !== 'string') {
    throw failed(finding.type, `the function returned ${describeValue(output)}; it must return a string`)
  }
  if (finding.type === 'card_number') {
    const problem = cardOutputProblemOf(output, canonical)
    if (problem !== undefined) throw failed(finding.type, problem)
  }
  return output
}
