import fc from 'fast-check'

/** Splits `text` at the given cut points (any order, duplicates make empty chunks). */
export function splitAt(text: string, cuts: readonly number[]): string[] {
  const points = [...cuts].map((cut) => Math.min(Math.max(0, cut), text.length)).sort((a, b) => a - b)
  const chunks: string[] = []
  let previous = 0
  for (const point of points) {
    chunks.push(text.slice(previous, point))
    previous = point
  }
  chunks.push(text.slice(previous))
  return chunks
}

/** Cut points for a text of up to `maxLength` characters, including repeated ones (empty chunks). */
export function cutsArbitrary(maxLength: number): fc.Arbitrary<number[]> {
  return fc.array(fc.nat({ max: maxLength }), { maxLength: 12 })
}

/** Every character on its own: the keystroke case. */
export function oneCharAtATime(text: string): string[] {
  return [...text]
}
