/**
 * The `remove` policy: the finding disappears. The text around it is left as
 * it was, so "card 4111… thanks" reads "card  thanks".
 *
 * @example
 * ```ts
 * import { renderRemove } from './remove.js'
 * renderRemove() // ''
 * ```
 */
export function renderRemove(): string {
  return ''
}
