/**
 * JSON and JSONL, streamed: the tokenizer's events are grouped into records and
 * every value in them is redacted, with the record as context; the output is
 * the input with only the changed values rewritten.
 *
 * What a record is: an object that is the top-level value (a JSONL line, a JSON
 * document) or an element of an array (a transcript's messages, a conversation
 * in an export). Its values are everything inside it except the records nested
 * in arrays in it (`{"id": "c1", "messages": [{…}, {…}]}` is a record, and so is
 * each message). A bare value at the top or in an array of the top (`4111…` on a
 * JSONL line) is a record of one value.
 *
 * What is redacted: every string and number value (a number as written, so a
 * 16-digit card is never rounded by a double; a number that had to change is
 * written as a string), and every property name.
 * A record's text field (the first of `text`, `message`, `body`, `content`
 * holding a string, or the `--field` names) is a message of its conversation
 * (`message-sequencer.ts`); its other values are read together (`record-cells.ts`).
 * With `--field`, only the named fields, and what is nested in them, are read.
 *
 * Memory: a record is read in parts of at most `RECORD_PART_CHARS`, cut where a
 * record nested in it begins; a string longer than `LONG_VALUE_CHARS` goes
 * through a stream piece by piece; output waits only for the message sequencer.
 */
import type { AnswerableType, Finding, Redactor, RedactorOptions } from '../index.js'
import { inputError } from './cli-error.js'
import type { FileTally } from './file-tally.js'
import { JsonSyntaxError, JsonTokenizer, type ContainerKind, type JsonEvents, type ScalarKind } from './json-tokenizer.js'
import { conversationKey, DEFAULT_CONVERSATION_FIELDS, DEFAULT_SPEAKER_FIELDS, DEFAULT_TEXT_FIELDS, type FieldNames } from './message-fields.js'
import type { MessageInput, SequencerLimits } from './message-sequencer.js'
import { newRecordContext, RecordCellRedactor, type RecordContext, type RedactedCell } from './record-cells.js'
import { cardDataTypeOfKey } from './record-keys.js'
import { LONG_VALUE_CHARS, RECORD_PART_CHARS } from './record-limits.js'
import { UnitWriter, type RedactedValue, type Replacement, type Unit, type ValueSpan } from './record-units.js'
import type { TextSink } from './text-sink.js'

export interface JsonRecordsSetup {
  readonly mode: 'json' | 'jsonl'
  readonly redactor: Redactor
  readonly policy: RedactorOptions | undefined
  readonly fields: FieldNames
  readonly sink: TextSink
  readonly tally: FileTally
  readonly display: string
  readonly limits?: SequencerLimits
}

/** A record being read. */
interface RecordState {
  readonly id: number
  /** The conversation of its messages when it names none. */
  readonly conversationDefault: string
  readonly context: RecordContext
  /** Values of the part being read. */
  cells: PendingCell[]
  /** Direct members named like a conversation or speaker key, for its messages and for records nested in it. */
  keys: Map<string, string> | undefined
  /** Direct text fields that were too long to be messages (streamed on their own). */
  streamed: Set<string> | undefined
  /** Some part of it changed. */
  changed: boolean
}

interface PendingCell extends ValueSpan {
  readonly kind: ScalarKind | 'key'
  readonly value: string
  readonly keyType: AnswerableType | undefined
  /** Its property name, when it is a member of the record's own object. */
  readonly directName: string | undefined
  readonly inScope: boolean
}

interface Frame {
  readonly isObject: boolean
  /** The record its values belong to; undefined for arrays outside any record. */
  readonly record: RecordState | undefined
  /** This object is the record itself. */
  readonly isRecordRoot: boolean
  /** The card-data type named by the keys above it. */
  readonly inheritedType: AnswerableType | undefined
  /** Under a `--field` name (always true without `--field`). */
  readonly inScope: boolean
  /** For arrays: the conversation of records that are its elements. */
  readonly conversationDefault: string
  /** For objects: the property being read. */
  key: string | undefined
}

type JsonUnit = Unit<PendingCell>

const NO_MESSAGES: MessageInput[] = []

/** The events of one input, turned into output. */
export class JsonRecords implements JsonEvents {
  readonly #setup: JsonRecordsSetup
  readonly #tokenizer: JsonTokenizer
  readonly #cells: RecordCellRedactor
  readonly #writer: UnitWriter<PendingCell>
  readonly #narrowed: ReadonlySet<string> | undefined
  readonly #frames: Frame[] = []
  /** Where the next unit starts: everything before it is in a unit already. */
  #unitStart = 0
  #records = 0
  #arrays = 0
  /** The long string being streamed. */
  #long: { readonly stream: ReturnType<Redactor['stream']> | undefined; readonly record: RecordState | undefined; readonly line: number; readonly findings: Finding[] } | undefined

  constructor(setup: JsonRecordsSetup) {
    this.#setup = setup
    this.#tokenizer = new JsonTokenizer(this, { mode: setup.mode, longStringChars: LONG_VALUE_CHARS })
    this.#cells = new RecordCellRedactor(setup.redactor, setup.policy)
    this.#writer = new UnitWriter<PendingCell>(setup.redactor, setup.sink, setup.tally, (_cell, text) => JSON.stringify(text), setup.limits)
    this.#narrowed = setup.fields.text.length === 0 ? undefined : new Set(setup.fields.text)
  }

  push(text: string): void {
    this.#guard(() => this.#tokenizer.push(text))
  }

  end(): void {
    this.#guard(() => this.#tokenizer.end())
    const end = this.#tokenizer.length
    if (end > this.#unitStart) this.#writer.push(this.#rawUnit(end, undefined, false), [])
    this.#writer.end()
  }

  // ---- tokenizer events ----

  open(kind: ContainerKind, start: number): void {
    const parent = this.#top()
    const isObject = kind === 'object'
    const inheritedType = this.#valueType(parent)
    const inScope = this.#inScope(parent)
    if (isObject && (parent === undefined || !parent.isObject)) {
      // A record: an object at the top or in an array. The record it is nested in is decided up to here.
      const outer = parent?.record
      if (outer !== undefined) this.#flushPart(outer, start, false)
      else this.#cutSpine(start)
      const record: RecordState = {
        id: this.#records++,
        conversationDefault: parent?.conversationDefault ?? '',
        context: newRecordContext(),
        cells: [],
        keys: undefined,
        streamed: undefined,
        changed: false,
      }
      this.#frames.push({ isObject, record, isRecordRoot: true, inheritedType, inScope, conversationDefault: '', key: undefined })
      return
    }
    const record = parent?.record
    let conversationDefault = ''
    if (!isObject) {
      if (record !== undefined) conversationDefault = this.#conversationOf(record) ?? `#${record.id}`
      else if (parent !== undefined) conversationDefault = `#array-${this.#arrays++}`
    }
    this.#frames.push({ isObject, record, isRecordRoot: false, inheritedType, inScope, conversationDefault, key: undefined })
    if (record === undefined) this.#cutSpineIfLarge(start)
  }

  close(_kind: ContainerKind, end: number): void {
    const frame = this.#frames.pop()
    if (frame?.isRecordRoot === true && frame.record !== undefined) this.#flushPart(frame.record, end, true)
    else if (frame?.record !== undefined) this.#cutIfLarge(frame.record, end)
    else this.#cutSpineIfLarge(end)
  }

  property(name: string, start: number, end: number, line: number): void {
    const frame = this.#top() as Frame
    frame.key = name
    const record = frame.record as RecordState
    // Property names are scanned too: a map keyed by card numbers must not leak (names repeat: see record-cells.ts's cache).
    if (this.#narrowed === undefined) {
      record.cells.push({ start, end, line, kind: 'key', value: name, keyType: undefined, directName: undefined, inScope: true })
    }
  }

  scalar(kind: ScalarKind, start: number, end: number, line: number, escaped: boolean): void {
    const frame = this.#top()
    const raw = this.#tokenizer.slice(start, end)
    const value = kind !== 'string' ? raw : escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1)
    const keyType = this.#valueType(frame)
    const inScope = this.#inScope(frame)
    const directName = frame?.isRecordRoot === true ? frame.key : undefined
    if (frame?.record === undefined) {
      // A bare value at the top or in an array outside records: a record of its own.
      this.#cutSpine(start)
      const record = this.#newLoneRecord()
      if (kind !== 'literal') record.cells.push({ start, end, line, kind, value, keyType, directName: undefined, inScope })
      this.#flushPart(record, end, true)
      return
    }
    const record = frame.record
    if (directName !== undefined) this.#noteKey(record, directName, kind, value)
    if (kind !== 'literal') record.cells.push({ start, end, line, kind, value, keyType, directName, inScope })
    this.#cutIfLarge(record, end)
  }

  longStringStart(start: number, line: number): void {
    const frame = this.#top()
    const record = frame?.record
    if (record !== undefined) {
      this.#flushPart(record, start, false)
      if (frame?.isRecordRoot === true && frame.key !== undefined) (record.streamed ??= new Set()).add(frame.key)
    } else {
      this.#cutSpine(start)
    }
    const keyType = this.#valueType(frame)
    const answering = answeringOf(keyType, record?.context)
    const findings: Finding[] = []
    const stream = this.#inScope(frame)
      ? this.#setup.redactor.stream({ ...(answering.length > 0 ? { answering } : {}), onFinding: (finding) => findings.push(finding) })
      : undefined
    this.#long = { stream, record, line, findings }
    this.#writer.pushOutput('"')
  }

  longStringPiece(raw: string): void {
    const long = this.#long
    if (long === undefined) return
    this.#writer.pushOutput(long.stream === undefined ? raw : escapeJson(long.stream.write(JSON.parse(`"${raw}"`) as string)))
  }

  longStringEnd(end: number): void {
    const long = this.#long
    if (long === undefined) return
    this.#long = undefined
    const rest = long.stream === undefined ? '' : escapeJson(long.stream.end())
    this.#unitStart = end
    this.#tokenizer.release(end)
    this.#writer.pushOutput(`${rest}"`, long.findings, long.line)
    if (long.findings.length > 0 && long.record !== undefined) long.record.changed = true
    if (long.record === undefined) this.#setup.tally.countRecord(long.findings.length > 0)
  }

  // ---- records ----

  #top(): Frame | undefined {
    return this.#frames[this.#frames.length - 1]
  }

  /** The card-data type of a value in `frame`: named by its key, or by the keys above. */
  #valueType(frame: Frame | undefined): AnswerableType | undefined {
    if (frame === undefined) return undefined
    if (!frame.isObject || frame.key === undefined) return frame.inheritedType
    return cardDataTypeOfKey(frame.key, frame.inheritedType)
  }

  #inScope(frame: Frame | undefined): boolean {
    const narrowed = this.#narrowed
    if (narrowed === undefined) return true
    if (frame === undefined) return false
    if (frame.inScope) return true
    return frame.isRecordRoot && frame.key !== undefined && narrowed.has(frame.key)
  }

  #newLoneRecord(): RecordState {
    return { id: this.#records++, conversationDefault: '', context: newRecordContext(), cells: [], keys: undefined, streamed: undefined, changed: false }
  }

  /** Remembers a direct member that may name the record's conversation or speaker. */
  #noteKey(record: RecordState, name: string, kind: ScalarKind, value: string): void {
    const fields = this.#setup.fields
    const isKeyName =
      (fields.conversation === undefined ? DEFAULT_CONVERSATION_FIELDS.includes(name) : fields.conversation === name) ||
      (fields.speaker === undefined ? DEFAULT_SPEAKER_FIELDS.includes(name) : fields.speaker === name)
    if (!isKeyName || (kind === 'literal' && value === 'null')) return
    ;(record.keys ??= new Map()).set(name, value)
  }

  #conversationOf(record: RecordState): string | undefined {
    const names = this.#setup.fields.conversation === undefined ? DEFAULT_CONVERSATION_FIELDS : [this.#setup.fields.conversation]
    for (const name of names) {
      const value = record.keys?.get(name)
      if (value !== undefined) return value
    }
    return undefined
  }

  #speakerOf(record: RecordState): string {
    const names = this.#setup.fields.speaker === undefined ? DEFAULT_SPEAKER_FIELDS : [this.#setup.fields.speaker]
    for (const name of names) {
      const value = record.keys?.get(name)
      if (value !== undefined) return value
    }
    return ''
  }

  /** A record part grew past the bound: decide it, and go on with a new part of the same record. */
  #cutIfLarge(record: RecordState, offset: number): void {
    if (offset - this.#unitStart > RECORD_PART_CHARS) this.#flushPart(record, offset, false)
  }

  /** Outside records (an array of arrays), text is cut into units of bounded size too. */
  #cutSpineIfLarge(offset: number): void {
    if (offset - this.#unitStart > RECORD_PART_CHARS) this.#cutSpine(offset)
  }

  #cutSpine(offset: number): void {
    if (offset > this.#unitStart) this.#writer.push(this.#rawUnit(offset, undefined, false), [])
  }

  /** Decides the part of `record` read so far and queues it as one unit, cut at `cut`. */
  #flushPart(record: RecordState, cut: number, closes: boolean): void {
    const cells = record.cells
    record.cells = []
    const messageCells = this.#messageCellsOf(record, cells)
    const plain: PendingCell[] = []
    for (const cell of cells) if (cell.inScope && !messageCells.includes(cell)) plain.push(cell)
    const replacements: Replacement[] = []
    const redacted: RedactedValue[] = []
    if (plain.length > 0) {
      const results = this.#cells.redactRecord(plain, record.context)
      for (let index = 0; index < plain.length; index++) {
        const cell = plain[index] as PendingCell
        const result = results[index] as RedactedCell
        if (result.findings.length > 0) redacted.push({ offset: cell.start, line: cell.line, original: cell.value, findings: result.findings })
        if (result.text !== cell.value) replacements.push({ start: cell.start, end: cell.end, text: JSON.stringify(result.text) })
      }
    }
    let messages: MessageInput[] = NO_MESSAGES
    if (messageCells.length > 0) {
      const conversation = this.#conversationOf(record) ?? record.conversationDefault
      const sender = this.#speakerOf(record)
      messages = messageCells.map((cell) => ({ conversation: conversationKey(this.#setup.fields, cell.directName ?? '', conversation), sender, text: cell.value }))
    }
    this.#writer.push(this.#cutUnit(cut, record, closes, replacements, redacted, messageCells), messages)
  }

  /** The record's text fields among `cells`: the first default one holding a string, or the `--field` ones. */
  #messageCellsOf(record: RecordState, cells: readonly PendingCell[]): PendingCell[] {
    const direct = (name: string): PendingCell | undefined => cells.find((cell) => cell.directName === name && cell.kind === 'string')
    if (this.#narrowed !== undefined) {
      const found: PendingCell[] = []
      for (const name of this.#setup.fields.text) {
        const cell = direct(name)
        if (cell !== undefined) found.push(cell)
      }
      return found
    }
    for (const name of DEFAULT_TEXT_FIELDS) {
      if (record.streamed?.has(name) === true) return []
      const cell = direct(name)
      if (cell !== undefined) return [cell]
    }
    return []
  }

  #rawUnit(cut: number, record: RecordState | undefined, closes: boolean): JsonUnit {
    return this.#cutUnit(cut, record, closes, [], [], [])
  }

  /** The unit from the last cut to `cut`; the next one starts there. */
  #cutUnit(
    cut: number,
    record: RecordState | undefined,
    closes: boolean,
    replacements: readonly Replacement[],
    redacted: readonly RedactedValue[],
    messageValues: readonly PendingCell[],
  ): JsonUnit {
    const unit: JsonUnit = { raw: this.#tokenizer.slice(this.#unitStart, cut), start: this.#unitStart, replacements, redacted, messageValues, record, closesRecord: closes }
    this.#unitStart = cut
    this.#tokenizer.release(cut)
    return unit
  }

  /** Runs the tokenizer, turning a syntax error into the CLI's input error (file, line, column; never the text). */
  #guard(step: () => void): void {
    try {
      step()
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw inputError(this.#setup.display, `invalid JSON (${error.reason}, column ${error.column}).`, error.line)
      throw error
    }
  }
}

/** A string's characters as they go between the quotes of a JSON string. */
function escapeJson(text: string): string {
  if (text === '') return ''
  const quoted = JSON.stringify(text)
  return quoted.slice(1, -1)
}

/** What a value is read as answering: its name's type, and the record's card context. */
function answeringOf(keyType: AnswerableType | undefined, context: RecordContext | undefined): AnswerableType[] {
  const types = new Set<AnswerableType>(keyType === undefined ? [] : [keyType])
  if (context?.hasCard === true) {
    types.add('expiry_date')
    types.add('cvv')
  }
  if (context?.hasCardDetail === true) types.add('card_number')
  return [...types]
}
