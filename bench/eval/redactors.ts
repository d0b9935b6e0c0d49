/**
 * Every redactor the evaluation scores, behind one interface. chatmask is driven
 * through its own APIs (`redact`, `conversation()`, `stream()` with `preview()`);
 * a peer, which has only a one-shot call, gets each message on its own and, for
 * a typing preview, the whole draft again after every key.
 */
import type { LoadedPeer } from '../lib/peers.js'
import { OURS_ALL, OURS_PCI, oursAll, oursPci, type Redactor } from '../lib/ours.js'
import { EVAL_NOW } from './generate.js'
import type { Scope, TypedState } from './score.js'

export interface EvalRedactor {
  readonly name: string
  readonly scope: Scope
  readonly placeholder?: RegExp
  /** Calls that threw; each is scored as if the text had come back unchanged. */
  readonly errors: { count: number; first?: string }
  redact(text: string): Promise<string>
  /** Every text each message was shown as, first to last (amendments included). */
  conversation(messages: readonly { sender: string; text: string }[]): Promise<string[][]>
  /**
   * What a typing preview shows after each key, and at the end; stops early,
   * after the first state for which `stop` is true (a leak: the rest cannot undo it).
   */
  keystrokes(text: string, stop: (state: TypedState) => boolean): Promise<TypedState[]>
}

function recordError(errors: EvalRedactor['errors'], error: unknown): void {
  errors.count++
  if (errors.first === undefined) errors.first = error instanceof Error ? error.message.split('\n')[0] : String(error)
}

function chatmask(name: string, redactor: Redactor, scope: Scope): EvalRedactor {
  const errors: EvalRedactor['errors'] = { count: 0 }
  const guarded = <T>(fallback: T, run: () => T): T => {
    try {
      return run()
    } catch (error) {
      recordError(errors, error)
      return fallback
    }
  }
  return {
    name,
    scope,
    errors,
    redact: async (text) => guarded(text, () => redactor.redact(text).text),
    conversation: async (messages) =>
      guarded(
        messages.map((message) => [message.text]),
        () => {
          const chat = redactor.conversation()
          const versions: string[][] = messages.map(() => [])
          for (const message of messages) {
            const result = chat.add(message)
            versions[result.index]?.push(result.text)
            for (const amendment of result.amendments) versions[amendment.index]?.push(amendment.text)
          }
          for (const amendment of chat.settle()) versions[amendment.index]?.push(amendment.text)
          return versions
        },
      ),
    keystrokes: async (text, stop) =>
      guarded([{ typed: text, shown: text }], () => {
        const stream = redactor.stream()
        const states: TypedState[] = []
        let typed = ''
        let emitted = ''
        for (const key of Array.from(text)) {
          typed += key
          emitted += stream.write(key)
          const state = { typed, shown: emitted + stream.preview() }
          states.push(state)
          if (stop(state)) return states
        }
        emitted += stream.end()
        states.push({ typed, shown: emitted })
        return states
      }),
  }
}

/** Every region the evaluation draws phone numbers from. */
export const EVAL_PHONE_REGIONS = ['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'BR'] as const
export const OURS_ALL_REGIONS = `${OURS_ALL} + phoneRegions`

/**
 * chatmask (every detector, defaults), chatmask/pci, and chatmask told the
 * regions of the national phone numbers, all on the evaluation's clock.
 */
export function chatmaskRedactors(): EvalRedactor[] {
  const now = () => EVAL_NOW
  return [
    chatmask(OURS_ALL, oursAll({ now }), 'all'),
    chatmask(OURS_PCI, oursPci({ now }), 'pci'),
    chatmask(OURS_ALL_REGIONS, oursAll({ now, phoneRegions: [...EVAL_PHONE_REGIONS] }), 'all'),
  ]
}

export function peerRedactor(peer: Extract<LoadedPeer, { ok: true }>): EvalRedactor {
  const { adapter } = peer
  const errors: EvalRedactor['errors'] = { count: 0 }
  const redact = async (text: string): Promise<string> => {
    try {
      return await adapter.redact(text)
    } catch (error) {
      recordError(errors, error)
      return text
    }
  }
  return {
    name: adapter.name,
    scope: 'all',
    ...(adapter.placeholder === undefined ? {} : { placeholder: adapter.placeholder }),
    errors,
    redact,
    conversation: async (messages) => {
      const versions: string[][] = []
      for (const message of messages) versions.push([await redact(message.text)])
      return versions
    },
    keystrokes: async (text, stop) => {
      const states: TypedState[] = []
      let typed = ''
      for (const key of Array.from(text)) {
        typed += key
        const state = { typed, shown: await redact(typed) }
        states.push(state)
        if (stop(state)) break
      }
      return states
    },
  }
}
