/**
 * The texts a peer must redact for the whole evaluation, computed once by the
 * parent and handed to the peer's own process (see peer-child.ts): a peer has
 * only a one-shot `redact(text)`, so every judgement of it is a lookup of that
 * call's output: each message of every case on its own, every prefix of a
 * draft typed key by key (a typing preview without a stream API), and the
 * harmless utterances.
 */
import type { EvalCase } from './labels.js'

/** The drafts a typing preview shows for `text`: one per key (code point), the whole text last. */
export function typedPrefixes(text: string): string[] {
  const prefixes: string[] = []
  let typed = ''
  for (const key of Array.from(text)) {
    typed += key
    prefixes.push(typed)
  }
  return prefixes
}

/** Every distinct text the evaluation will ask a peer to redact, in first-use order. */
export function textsToRedact(set: readonly EvalCase[], harmless: readonly string[]): string[] {
  const texts = new Set<string>()
  for (const testCase of set) {
    for (const message of testCase.messages) {
      if (testCase.input === 'keystrokes') for (const prefix of typedPrefixes(message.text)) texts.add(prefix)
      else texts.add(message.text)
    }
  }
  for (const text of harmless) texts.add(text)
  return [...texts]
}
