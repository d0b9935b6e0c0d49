/**
 * What one input contained: counts per finding type for `--report`, and the
 * `FILE:LINE:TYPE` entries `--check` lists. Plain data, so a worker thread can post it.
 */
import type { Finding, FindingType } from '../index.js'
import type { RedactedMessage } from './message-sequencer.js'

/** One `--check` line: where, and what kind (never the value). Only the documented finding types appear. */
export interface CheckEntry {
  readonly line: number
  readonly type: FindingType
}

export interface TallyData {
  /** Findings per type. */
  readonly counts: Partial<Record<FindingType, number>>
  /** Records read: lines (text), JSON values and objects read as records (JSONL, JSON), rows without the header (CSV). */
  readonly records: number
  /** Records whose output differs from their input. */
  readonly changed: number
  /** For `--check`: a line per finding (and per further line a finding reaches), in file order. */
  readonly entries: readonly CheckEntry[]
}

/** True when anything was found or changed: what `--check` exits 1 on. */
export function foundIn(tally: TallyData): boolean {
  return tally.changed > 0 || Object.keys(tally.counts).length > 0
}

export class FileTally {
  readonly #counts: Partial<Record<FindingType, number>> = {}
  readonly #entries: CheckEntry[] | undefined
  #records = 0
  #changed = 0

  /** `listEntries`: keep a line per finding for the `--check` listing (memory grows with findings). */
  constructor(listEntries: boolean) {
    this.#entries = listEntries ? [] : undefined
  }

  /** One record was read; `changed`: its output differs from its input. */
  countRecord(changed: boolean): void {
    this.#records++
    if (changed) this.#changed++
  }

  /**
   * The findings of one value that starts at `line`. A value with line breaks
   * in it (a CSV cell, a JSON document's text) puts each finding on the line it
   * starts on, and lists it again on each further line it reaches.
   */
  addFindings(line: number, findings: readonly Finding[], original: string): void {
    if (findings.length === 0) return
    for (const finding of findings) {
      this.#counts[finding.type] = (this.#counts[finding.type] ?? 0) + 1
      if (this.#entries === undefined) continue
      const first = line + lineFeedsIn(original, 0, finding.start)
      const last = first + lineFeedsIn(original, finding.start, finding.end)
      for (let at = first; at <= last; at++) this.#entry(at, finding.type, at > first)
    }
  }

  /**
   * A message as finally redacted, at `line`: its findings, and the type of a
   * finding that began in an earlier message and reaches into this one.
   */
  addMessage(line: number, message: RedactedMessage): void {
    this.addFindings(line, message.findings, message.original)
    if (message.continued !== undefined) this.#entry(line, message.continued, true)
  }

  get changed(): number {
    return this.#changed
  }

  toData(): TallyData {
    return { counts: { ...this.#counts }, records: this.#records, changed: this.#changed, entries: this.#entries ?? [] }
  }

  /**
   * Adds an entry. `continuation`: the further part of a finding already listed,
   * skipped when it repeats the last entry (a finding split over the pieces of one
   * long line is listed once); two findings of one type on a line are two entries.
   */
  #entry(line: number, type: FindingType, continuation: boolean): void {
    const entries = this.#entries
    if (entries === undefined) return
    const last = entries[entries.length - 1]
    if (continuation && last !== undefined && last.line === line && last.type === type) return
    entries.push({ line, type })
  }
}

function lineFeedsIn(text: string, start: number, end: number): number {
  let count = 0
  for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++
  return count
}

/**
 * Whether `redacted` is `original` with only the findings' spans replaced: the
 * text between findings must appear in order, unchanged. Replacements may have
 * any length (a `replace` policy), so this is a glob match of the kept segments,
 * `seg0*seg1*…*segN`, which the greedy leftmost match decides in linear time.
 */
export function isExplainedBy(original: string, redacted: string, findings: readonly { start: number; end: number }[]): boolean {
  if (findings.length === 0) return original === redacted
  // The original text outside every finding, in order: head, middles, tail (one more than the findings).
  const segments: string[] = []
  let position = 0
  for (const span of [...findings].sort((a, b) => a.start - b.start)) {
    segments.push(original.slice(position, Math.max(position, span.start)))
    position = Math.max(position, span.end)
  }
  segments.push(original.slice(position))
  const head = segments[0] ?? ''
  const tail = segments[segments.length - 1] ?? ''
  if (redacted.length < head.length + tail.length || !redacted.startsWith(head) || !redacted.endsWith(tail)) return false
  let cursor = head.length
  const limit = redacted.length - tail.length
  for (const segment of segments.slice(1, -1)) {
    if (segment === '') continue
    const found = redacted.indexOf(segment, cursor)
    if (found === -1 || found + segment.length > limit) return false
    cursor = found + segment.length
  }
  return true
}
