/**
 * "Did you mean …?" for a mistyped option name. Damerau–Levenshtein distance
 * (optimal string alignment: insert, delete, substitute, swap two neighbours),
 * since the typos people make in option names are exactly those four.
 */

/**
 * Farther than this share of the longer name's length, a suggestion is more
 * confusing than none: "policy" (3 edits from "policies") is close, "colour" is not.
 */
const MAX_SUGGESTION_SHARE = 0.4

function editDistance(a: string, b: string): number {
  // rows[i][j]: distance between a's first i and b's first j characters.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[]
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      row[j] = best
    }
  }
  return at(a.length, b.length)
}

/**
 * The known name closest to `typed` (case-insensitively), if it is close enough
 * to be what was meant.
 *
 * @example
 * ```ts
 * import { closestName } from './closest-name.js'
 * closestName('polices', ['detectors', 'policies', 'now']) // 'policies'
 * closestName('colour', ['detectors', 'policies', 'now'])  // undefined
 * ```
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase())
    const limit = MAX_SUGGESTION_SHARE * Math.max(typed.length, name.length)
    // A name as far away as the typo is long would be a guess, not a correction ("x" is not "now").
    if (distance < bestDistance && distance <= limit && distance < typed.length) {
      best = name
      bestDistance = distance
    }
  }
  return best
}
