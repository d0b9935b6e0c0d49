/**
 * The `keep` policy: the text stays as written and the finding is only
 * reported. Never allowed for card numbers (PCI DSS 3.4.1) or CVVs (3.3.1.2);
 * `policy-rules.ts` refuses it for them.
 *
 * @example
 * ```ts
 * import { renderKeep } from './keep.js'
 * renderKeep('jo@example.com') // 'jo@example.com'
 * ```
 */
export function renderKeep(original: string): string {
  return original
}
