import fc from 'fast-check'
import type { Finding, Redactor } from '../../src/index.js'

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

/** What a stream returned for each write (and end), and the most it ever held back. */
export interface StreamedChunks {
  readonly outputs: string[]
  readonly maxHeld: number
}

/** Feeds `chunks` through one `redactor.stream()`, recording outputs, findings and the largest hold. */
export function streamChunks(
  redactor: Redactor,
  chunks: readonly string[],
  onFinding?: (finding: Finding) => void,
): StreamedChunks {
  const stream = redactor.stream(onFinding === undefined ? {} : { onFinding })
  const outputs: string[] = []
  let maxHeld = 0
  for (const chunk of chunks) {
    outputs.push(stream.write(chunk))
    maxHeld = Math.max(maxHeld, stream.heldLength)
  }
  outputs.push(stream.end())
  return { outputs, maxHeld }
}
