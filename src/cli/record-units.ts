/**
 * Output of the record formats (JSON, JSONL, CSV), in input order. Input is cut
 * into units: stretches of raw text with the values in them already redacted,
 * plus message values that the conversation decides later (see
 * `message-sequencer.ts`). A unit is written once its messages are final; a unit
 * nothing changed in is written back exactly as it was read.
 */
import type { Finding, Redactor } from '../index.js'
import type { FileTally } from './file-tally.js'
import { MessageSequencer, type MessageInput, type RedactedMessage, type SequencerLimits } from './message-sequencer.js'
import type { TextSink } from './text-sink.js'

/** A value's place in the input. */
export interface ValueSpan {
  /** Absolute offsets of the value as written (quotes included). */
  readonly start: number
  readonly end: number
  /** Line of `start`. */
  readonly line: number
}

/** A value redacted as its unit was cut: for `--check` and `--report`. */
export interface RedactedValue {
  readonly offset: number
  readonly line: number
  readonly original: string
  readonly findings: readonly Finding[]
}

export interface Replacement {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Whether anything in a record changed, across its units. */
export interface RecordTracker {
  changed: boolean
}

export interface Unit<V extends ValueSpan> {
  /** Raw input from absolute offset `start`; or, when `start` is -1, output already produced. */
  readonly raw: string
  readonly start: number
  /** In order, not overlapping. */
  readonly replacements: readonly Replacement[]
  readonly redacted: readonly RedactedValue[]
  /** Where this unit's messages are, in the order of the messages pushed with it. */
  readonly messageValues: readonly V[]
  readonly record: RecordTracker | undefined
  /** The record ends with this unit: it is counted when this unit is written. */
  readonly closesRecord: boolean
}

const NO_VALUES: readonly never[] = []

export class UnitWriter<V extends ValueSpan> {
  readonly #sink: TextSink
  readonly #tally: FileTally
  readonly #sequencer: MessageSequencer<Unit<V>>
  /** How a message value is written back when its text changed (JSON: a string literal; CSV: a cell). */
  readonly #encode: (value: V, text: string) => string

  constructor(redactor: Redactor, sink: TextSink, tally: FileTally, encode: (value: V, text: string) => string, limits?: SequencerLimits) {
    this.#sink = sink
    this.#tally = tally
    this.#encode = encode
    this.#sequencer = new MessageSequencer<Unit<V>>(redactor, (unit, messages) => this.#write(unit, messages), limits)
  }

  push(unit: Unit<V>, messages: readonly MessageInput[]): void {
    this.#sequencer.push(unit, messages, unit.raw.length)
  }

  /** Output produced already (a long value streamed piece by piece), with the findings in it. */
  pushOutput(text: string, findings: readonly Finding[] = NO_VALUES, line = 0): void {
    const redacted = findings.length === 0 ? NO_VALUES : [{ offset: 0, line, original: '', findings }]
    this.push({ raw: text, start: -1, replacements: NO_VALUES, redacted, messageValues: NO_VALUES, record: undefined, closesRecord: false }, NO_VALUES)
  }

  /** Ends the input: every conversation is settled and every unit written. */
  end(): void {
    this.#sequencer.end()
  }

  #write(unit: Unit<V>, messages: readonly RedactedMessage[]): void {
    let replacements = unit.replacements
    if (messages.length > 0) {
      let all: Replacement[] | undefined
      messages.forEach((message, index) => {
        if (message.text === message.original) return
        const value = unit.messageValues[index] as V
        ;(all ??= [...unit.replacements]).push({ start: value.start, end: value.end, text: this.#encode(value, message.text) })
      })
      if (all !== undefined) replacements = all.sort((a, b) => a.start - b.start)
    }
    this.#count(unit, messages)
    const changed = replacements.length > 0
    if (unit.record !== undefined) {
      unit.record.changed ||= changed
      if (unit.closesRecord) this.#tally.countRecord(unit.record.changed)
    }
    this.#sink.write(changed ? splice(unit.raw, unit.start, replacements) : unit.raw)
  }

  /** The unit's findings, values and messages in file order. */
  #count(unit: Unit<V>, messages: readonly RedactedMessage[]): void {
    const tally = this.#tally
    if (!messages.some((message) => message.findings.length > 0 || message.continued !== undefined)) {
      for (const value of unit.redacted) tally.addFindings(value.line, value.findings, value.original)
      return
    }
    const items: { offset: number; add: () => void }[] = unit.redacted.map((value) => ({
      offset: value.offset,
      add: () => tally.addFindings(value.line, value.findings, value.original),
    }))
    messages.forEach((message, index) => {
      const value = unit.messageValues[index] as V
      items.push({ offset: value.start, add: () => tally.addMessage(value.line, message) })
    })
    for (const item of items.sort((a, b) => a.offset - b.offset)) item.add()
  }
}

/** `raw` (input from absolute offset `start`) with `replacements` (absolute, in order) applied. */
function splice(raw: string, start: number, replacements: readonly Replacement[]): string {
  let output = ''
  let position = 0
  for (const replacement of replacements) {
    output += raw.slice(position, replacement.start - start) + replacement.text
    position = replacement.end - start
  }
  return output + raw.slice(position)
}
