/** What every `*.bench.ts` file receives from bench/run.ts, and what it gives back. */
import type { Measured } from './measure.js'

export interface BenchContext {
  /** Every corpus utterance's text (one chat message each), loaded on first use and kept. */
  messages(): readonly string[]
  /** The messages joined one per line: the "whole text". */
  wholeText(): string
  /**
   * Every `step`-th message, about `targetBytes` in all, read without keeping the
   * rest: for files that measure peers, whose speed can depend on the heap size.
   */
  sample(targetBytes: number): { readonly messages: readonly string[]; readonly step: number; readonly total: number }
  /** Named figures that bench/run.ts compares against the targets. */
  readonly figures: Map<string, Measured>
  /** Smaller inputs and budgets, for checking that the benchmark runs (figures not meaningful). */
  readonly quick: boolean
  readonly log: (line: string) => void
}

export interface BenchSection {
  /** Markdown heading text (level 3). */
  readonly title: string
  readonly markdown: string
}

export interface BenchFile {
  /** Short name, used to pick files: `npm run bench -- streaming`. */
  readonly name: string
  /** The question this file answers. */
  readonly question: string
  run(context: BenchContext): Promise<BenchSection>
}
