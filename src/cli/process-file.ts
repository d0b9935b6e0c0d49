/**
 * Redacts one input into one output: the unit of work of a run, the same in the
 * main thread and in a worker. Never throws: failures come back in the result,
 * with everything this file started to write abandoned.
 */
import type { Redactor, RedactorOptions } from '../index.js'
import { CliError, describeInternalError, type CliErrorCode } from './cli-error.js'
import { ExitCode } from './exit-codes.js'
import { FileTally, type TallyData } from './file-tally.js'
import type { RedactFormat } from './format-context.js'
import type { Format } from './formats.js'
import type { FieldNames } from './message-fields.js'
import { openAtomicFile, openDirect, type HardLinks, type OutputFile } from './output-file.js'
import { readCheckedInput, type InputSource } from './read-input.js'
import { redactCsv } from './redact-csv.js'
import { redactJson } from './redact-json.js'
import { redactJsonl } from './redact-jsonl.js'
import { redactText } from './redact-text.js'
import { DISCARD_SINK, type TextSink } from './text-sink.js'

/** Where one file's output goes. All but `sink` can be posted to a worker. */
export type OutputPlan =
  /** `--check`: nowhere. */
  | { readonly kind: 'discard' }
  /**
   * `--in-place`, or `-o` in a worker-less run: a temp file renamed over `target`
   * on success. `links`: what to do when `target` has other hard links (see `output-file.ts`).
   */
  | { readonly kind: 'replace'; readonly target: string; readonly temp: string; readonly skipIfUnchanged: boolean; readonly links: HardLinks }
  /** A worker's output, for the main thread to copy out in input order. */
  | { readonly kind: 'spool'; readonly path: string }
  /** Main thread only: a sink shared by several files (standard output, one `-o` file). */
  | { readonly kind: 'sink'; readonly sink: TextSink }

export interface FileJob {
  readonly input: InputSource
  /** The name used in messages and listings. */
  readonly display: string
  readonly format: Format
  readonly fields: FieldNames
  readonly output: OutputPlan
  /** Keep a `line:type` entry per finding (for `--check`). */
  readonly listFindings: boolean
}

export interface FileResult {
  readonly display: string
  readonly format: Format
  readonly tally: TallyData
  readonly failure?: { readonly code: CliErrorCode | 'INTERNAL'; readonly message: string; readonly exitCode: number }
}

const REDACT_FORMAT: Readonly<Record<Format, RedactFormat>> = {
  text: redactText,
  jsonl: redactJsonl,
  json: redactJson,
  csv: redactCsv,
}

/**
 * Redacts `job.input` into `job.output` with `redactor` (made from `policy`);
 * `onBytes` is told of each chunk read, for progress.
 */
export async function processFile(job: FileJob, redactor: Redactor, policy: RedactorOptions | undefined, onBytes: (bytes: number) => void): Promise<FileResult> {
  const tally = new FileTally(job.listFindings)
  let output: OutputFile | undefined
  try {
    output = await openOutput(job.output)
    const sink = output?.sink ?? (job.output.kind === 'sink' ? job.output.sink : DISCARD_SINK)
    const input = readCheckedInput(job.input, job.display, onBytes, (encoding) => sink.setEncoding(encoding))
    await REDACT_FORMAT[job.format](input, { redactor, policy, fields: job.fields, sink, tally, display: job.display })
    if (output === undefined) await sink.flush()
    else await output.commit(tally.changed > 0)
    return { display: job.display, format: job.format, tally: tally.toData() }
  } catch (error) {
    await output?.discard()
    const failure =
      error instanceof CliError
        ? { code: error.code, message: error.message, exitCode: error.exitCode }
        : { code: 'INTERNAL' as const, message: `${job.display}: internal error, please report it: ${describeInternalError(error)}`, exitCode: ExitCode.InputOutput }
    return { display: job.display, format: job.format, tally: tally.toData(), failure }
  }
}

async function openOutput(plan: OutputPlan): Promise<OutputFile | undefined> {
  switch (plan.kind) {
    case 'replace':
      return openAtomicFile(plan.target, plan.temp, plan.skipIfUnchanged, plan.links)
    case 'spool':
      return openDirect(plan.path)
    case 'discard':
    case 'sink':
      return undefined
  }
}
