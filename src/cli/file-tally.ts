/**
 * What one input contained: counts per finding type for `--report`, and the
 * `line:type` entries `--check` lists. Plain data, so a worker thread can post it.
 */
import type { FindingType } from '../index.js'
import type { RedactedMessage } from './message-sequencer.js'

/**
 * The `--check` type for a change in a message that none of its findings
 * explains: the rest of a card number that started in an earlier message, or a
 * finding the library reported nowhere (`conversation()` sends findings only with
 * a changed text, so a CVV or split card whose provisional mask was already final
 * comes without one). Listing it keeps `--check` from passing a transcript that
 * redaction changes.
 */
export const REDACTED_WITHOUT_FINDING = 'redacted'

/** One `--check` line: where, and what kind (never the value). */
export interface CheckEntry {
  readonly line: number
  readonly type: FindingType | typeof REDACTED_WITHOUT_FINDING
}

export interface TallyData {
  /** Findings per type. */
  readonly counts: Partial<Record<FindingType, number>>
  /** Records (lines, rows, items, string values) read. */
  readonly records: number
  /** Records whose text redaction changed. */
  readonly changed: number
  /** For `--check`: every finding's line, in file order. */
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

  /** Counts a record at `line` with its messages as finally redacted. */
  record(line: number, messages: readonly RedactedMessage[]): void {
    this.#records++
    let changed = false
    for (const message of messages) {
      const messageChanged = message.text !== message.original
      changed ||= messageChanged
      for (const finding of message.findings) {
        this.#counts[finding.type] = (this.#counts[finding.type] ?? 0) + 1
        this.#entries?.push({ line, type: finding.type })
      }
      if (messageChanged && !isExplainedBy(message.original, message.text, message.findings)) {
        this.#entries?.push({ line, type: REDACTED_WITHOUT_FINDING })
      }
    }
    if (changed) this.#changed++
  }

  get changed(): number {
    return this.#changed
  }

  toData(): TallyData {
    return { counts: { ...this.#counts }, records: this.#records, changed: this.#changed, entries: this.#entries ?? [] }
  }
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
