/** A peer replayed from the outputs its own process computed (peer-child.ts). */
import type { PeerChildResult } from './peer-child.js'
import { typedPrefixes } from './peer-texts.js'
import type { EvalRedactor } from './redactor.js'
import type { TypedState } from './score.js'

/**
 * A peer as the evaluation scores it: every output was computed beforehand in
 * the peer's own process (peer-child.ts), one call per text, so each judgement
 * is a lookup. A peer has only a one-shot call: each message of a conversation
 * is redacted on its own, and a typing preview redacts the whole draft after
 * every key.
 */
export function replayedPeer(result: Extract<PeerChildResult, { ok: true }>, texts: readonly string[]): EvalRedactor {
  const outputs = new Map<string, string>()
  texts.forEach((text, index) => outputs.set(text, result.outputs[index] ?? text))
  const redact = async (text: string): Promise<string> => {
    const output = outputs.get(text)
    // A text nobody asked the child for is a bug in peer-texts.ts, not a peer's failure.
    if (output === undefined) throw new Error(`bench/eval: no ${result.name} output for a text of ${text.length} characters; textsToRedact() missed it`)
    return output
  }
  return {
    name: result.name,
    scope: 'all',
    ...(result.placeholder === undefined ? {} : { placeholder: new RegExp(result.placeholder.source, result.placeholder.flags) }),
    errors: { ...result.errors },
    seconds: () => result.seconds,
    redact,
    conversation: async (messages) => {
      const versions: string[][] = []
      for (const message of messages) versions.push([await redact(message.text)])
      return versions
    },
    keystrokes: async (text, stop) => {
      const states: TypedState[] = []
      for (const typed of typedPrefixes(text)) {
        const state = { typed, shown: await redact(typed) }
        states.push(state)
        if (stop(state)) break
      }
      return states
    },
  }
}
