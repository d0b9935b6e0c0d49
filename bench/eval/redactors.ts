/**
 * chatmask as the evaluation drives it: through its own APIs (`redact`,
 * `conversation()` with each message's sender, `stream()` with `preview()`),
 * on the evaluation's clock.
 */
import { OURS_ALL, OURS_PCI, oursAll, oursPci, type Redactor } from '../lib/ours.js'
import { EVAL_NOW } from './generate.js'
import { EVAL_PHONE_REGIONS, OURS_ALL_REGIONS, type EvalRedactor } from './redactor.js'
import type { Scope, TypedState } from './score.js'

export { EVAL_PHONE_REGIONS, OURS_ALL_REGIONS, type EvalRedactor } from './redactor.js'

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

