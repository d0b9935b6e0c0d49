import type { Redactor, RedactorOptions } from '../index.js'
import type { FileTally } from './file-tally.js'
import type { FieldNames } from './message-fields.js'
import type { CheckedChunk } from './read-input.js'
import type { SequencerLimits } from './message-sequencer.js'
import type { TextSink } from './text-sink.js'

/** What every format's redaction needs. */
export interface FormatContext {
  readonly redactor: Redactor
  /** The options `redactor` was made with: the fallback of `record-cells.ts` masks with their characters. */
  readonly policy: RedactorOptions | undefined
  readonly fields: FieldNames
  readonly sink: TextSink
  readonly tally: FileTally
  /** The input's name in messages (`-` for standard input). */
  readonly display: string
  /** Overrides the sequencer's bounds (tests use small ones). */
  readonly limits?: SequencerLimits
}

/** Reads an input's chunks, writes the redacted form to `context.sink`, counts into `context.tally`. */
export type RedactFormat = (input: AsyncIterable<CheckedChunk>, context: FormatContext) => Promise<void>
