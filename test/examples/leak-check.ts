/**
 * Checks shared by the example and end-to-end tests: what a person (agent, log
 * reader, transcript reader) was shown may reveal a card's last four digits and
 * nothing else of it.
 */
import { expect } from 'vitest'

/** Every maximal run of ASCII or other decimal digits in `text`. */
export function digitRuns(text: string): string[] {
  return text.match(/\p{Nd}+/gu) ?? []
}

/**
 * `shown` reveals no digit except whole runs from `allowedRuns` (a card's last
 * four, typically), and no more than `maxDigits` digits in all.
 */
export function expectNoLeak(shown: string, allowedRuns: readonly string[], maxDigits = 4): void {
  const runs = digitRuns(shown)
  expect(runs.filter((run) => !allowedRuns.includes(run)), `digits revealed in ${JSON.stringify(shown)}`).toEqual([])
  expect(runs.join('').length, `too many digits in ${JSON.stringify(shown)}`).toBeLessThanOrEqual(maxDigits)
}

/**
 * A typing preview of `draft`: the same length and layout, every character
 * either the draft's own or `*` standing for a draft digit, and a digit shown
 * only at one of `revealable` positions (where the card's last four digits sit).
 */
export function expectSafePreview(draft: string, preview: string, revealable: ReadonlySet<number>): void {
  const context = `draft ${JSON.stringify(draft)} previewed as ${JSON.stringify(preview)}`
  expect(preview.length, context).toBe(draft.length)
  for (let index = 0; index < draft.length; index++) {
    const typed = draft[index] as string
    const shown = preview[index] as string
    const typedIsDigit = /\p{Nd}/u.test(typed)
    if (shown === typed) {
      if (typedIsDigit) expect(revealable.has(index), `${context}: digit shown at ${index}`).toBe(true)
    } else {
      expect(shown === '*' && typedIsDigit, `${context}: position ${index}`).toBe(true)
    }
  }
}

/** Positions of the last `count` digits of the first card-like digit sequence that starts at `cardStart`. */
export function lastDigitPositions(text: string, cardStart: number, cardEnd: number, count = 4): Set<number> {
  const positions: number[] = []
  for (let index = cardStart; index < cardEnd; index++) if (/\p{Nd}/u.test(text[index] as string)) positions.push(index)
  return new Set(positions.slice(-count))
}
