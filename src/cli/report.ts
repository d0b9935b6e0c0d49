/**
 * The `--report` summary and the `--check` listing. Both carry types, counts
 * and line numbers only: never a value.
 */
import type { FindingType } from '../index.js'
import type { FileResult } from './process-file.js'

/** The JSON `--report` writes. */
export interface RunReport {
  /** Findings per type over all files. */
  readonly findings: Partial<Record<FindingType, number>>
  readonly files: readonly {
    readonly file: string
    readonly format: string
    /** Records read: lines (text, JSONL), rows (CSV), items or string values (JSON). */
    readonly records: number
    /** Records redaction changed. */
    readonly changed: number
    readonly findings: Partial<Record<FindingType, number>>
    /** Why the file was not redacted, if it was not. */
    readonly error?: string
  }[]
}

export function buildReport(results: readonly FileResult[]): RunReport {
  const total: Partial<Record<FindingType, number>> = {}
  for (const result of results) {
    for (const [type, count] of Object.entries(result.tally.counts) as [FindingType, number][]) total[type] = (total[type] ?? 0) + count
  }
  return {
    findings: total,
    files: results.map((result) => ({
      file: result.display,
      format: result.format,
      records: result.tally.records,
      changed: result.tally.changed,
      findings: result.tally.counts,
      ...(result.failure === undefined ? {} : { error: result.failure.message }),
    })),
  }
}

/** `FILE:LINE:TYPE` lines for `--check`, in file order. */
export function checkListing(result: FileResult): string {
  return result.tally.entries.map((entry) => `${result.display}:${entry.line}:${entry.type}\n`).join('')
}
