/**
 * Templates for the `replace` and `hash` policies: literal text with `{name}`
 * placeholders, and `{{` / `}}` for a literal brace (the convention of Python's
 * `str.format` and .NET, so nobody has to learn a new one). Any other brace is an
 * error rather than literal text, so a mistyped `{ last4 }` or `{last4` fails
 * when the options are read instead of showing up in a customer's chat.
 */
import { quoteIfIdentifier } from './describe-value.js'

/** Every placeholder a template may contain. Which ones a policy may use is decided in `policy-rules.ts`. */
export const PLACEHOLDERS = ['type', 'TYPE', 'brand', 'last4', 'first6', 'hash'] as const

/** One placeholder name, written in a template between braces. */
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** A piece of a parsed template: literal text, or a placeholder to fill. */
export type TemplatePart = { readonly text: string } | { readonly placeholder: Placeholder }

/** The result of {@link parseTemplate}: the parts, or why the template is malformed. */
export type ParsedTemplate =
  | { readonly ok: true; readonly parts: readonly TemplatePart[] }
  | { readonly ok: false; readonly problem: string }

const OPEN = '{'
const CLOSE = '}'

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name)
}

/**
 * Splits a template into text and placeholders. Never throws; a malformed
 * template gives `{ ok: false, problem }`, where `problem` names the fault
 * without repeating the template (it names a placeholder only if it looks like one).
 *
 * @example
 * ```ts
 * import { parseTemplate } from './template.js'
 * parseTemplate('[{brand} …{last4}]')
 * // { ok: true, parts: [{ text: '[' }, { placeholder: 'brand' }, { text: ' …' }, { placeholder: 'last4' }, { text: ']' }] }
 * parseTemplate('{pan}').ok // false: unknown placeholder
 * ```
 */
export function parseTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = []
  let text = ''
  let index = 0
  while (index < template.length) {
    const char = template[index]
    const next = template[index + 1]
    if (char === OPEN && next === OPEN) {
      text += OPEN
      index += 2
    } else if (char === CLOSE && next === CLOSE) {
      text += CLOSE
      index += 2
    } else if (char === CLOSE) {
      return { ok: false, problem: 'it has a "}" that closes nothing (write "}}" for a literal brace)' }
    } else if (char === OPEN) {
      const end = template.indexOf(CLOSE, index + 1)
      if (end === -1) return { ok: false, problem: 'it has a "{" that is never closed (write "{{" for a literal brace)' }
      const name = template.slice(index + 1, end)
      if (!isPlaceholder(name)) {
        const shown = quoteIfIdentifier(name)
        return { ok: false, problem: `it uses an unknown placeholder${shown === undefined ? '' : ` {${name}}`}` }
      }
      if (text !== '') parts.push({ text })
      text = ''
      parts.push({ placeholder: name })
      index = end + 1
    } else {
      text += char
      index += 1
    }
  }
  if (text !== '') parts.push({ text })
  return { ok: true, parts }
}

/**
 * The placeholders a parsed template uses, each once.
 *
 * @example
 * ```ts
 * import { parseTemplate, placeholdersOf } from './template.js'
 * const parsed = parseTemplate('{type}:{hash}:{type}')
 * if (parsed.ok) placeholdersOf(parsed.parts) // ['type', 'hash']
 * ```
 */
export function placeholdersOf(parts: readonly TemplatePart[]): Placeholder[] {
  const used = new Set<Placeholder>()
  for (const part of parts) if ('placeholder' in part) used.add(part.placeholder)
  return [...used]
}

/**
 * Writes a parsed template, asking `valueOf` for each placeholder.
 *
 * @example
 * ```ts
 * import { parseTemplate, fillTemplate } from './template.js'
 * const parsed = parseTemplate('[{TYPE}]')
 * if (parsed.ok) fillTemplate(parsed.parts, () => 'CVV') // '[CVV]'
 * ```
 */
export function fillTemplate(parts: readonly TemplatePart[], valueOf: (placeholder: Placeholder) => string): string {
  let out = ''
  for (const part of parts) out += 'text' in part ? part.text : valueOf(part.placeholder)
  return out
}
