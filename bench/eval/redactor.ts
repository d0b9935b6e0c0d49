/**
 * What the evaluation scores, behind one interface: chatmask through its own
 * APIs (redactors.ts) and each peer from its outputs (peer-replay.ts). Kept
 * apart from both so scoring and its tests need neither the built package nor
 * the peers.
 */
import { OURS_ALL } from '../lib/ours-names.js'
import { DEFAULT_PHONE_REGIONS } from '../../src/data/phone-regions.js'
import { phoneRegionsOf } from './generate.js'
import type { Scope, TypedState } from './score.js'

export interface EvalRedactor {
  readonly name: string
  readonly scope: Scope
  readonly placeholder?: RegExp
  /** Calls that threw; each is scored as if the text had come back unchanged. */
  readonly errors: { count: number; first?: string }
  /** Seconds the redactor spent, when measured elsewhere (a peer redacts in a child process). */
  readonly seconds?: () => number
  redact(text: string): Promise<string>
  /** Every text each message was shown as, first to last (amendments included). */
  conversation(messages: readonly { sender: string; text: string }[]): Promise<string[][]>
  /**
   * What a typing preview shows after each key, and at the end; stops early,
   * after the first state for which `stop` is true (a leak: the rest cannot undo it).
   */
  keystrokes(text: string, stop: (state: TypedState) => boolean): Promise<TypedState[]>
}

/**
 * chatmask's default regions plus the other regions the evaluation draws
 * national numbers from: what a desk that also serves those regions configures.
 */
export const EVAL_PHONE_REGIONS: readonly string[] = [...DEFAULT_PHONE_REGIONS, ...phoneRegionsOf(false)]
export const OURS_ALL_REGIONS = `${OURS_ALL} + phoneRegions`

