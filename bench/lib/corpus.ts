/**
 * The real dialogue corpora (../shared/corpora beside the repository, never copied
 * into it): every utterance's `text`, in file order, SGD first, then STAR.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Where the corpora live: `../shared/corpora` relative to the repository root. */
export const CORPORA_DIR = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url))

export const CORPUS_FILES = ['sgd_dev_test.jsonl', 'star_dialogues.jsonl'] as const

export interface Utterance {
  readonly file: (typeof CORPUS_FILES)[number]
  readonly conversation: string
  readonly turn: number
  readonly speaker: string
  readonly text: string
}

/** The corpus files that are not where they are expected (none when all are). */
export function missingCorpusFiles(): string[] {
  return CORPUS_FILES.filter((file) => !existsSync(`${CORPORA_DIR}${file}`))
}

/**
 * Throws, naming every missing file and where it was looked for, unless both
 * corpora are present: `npm run bench` and `npm run eval` call it before any
 * work, so a fresh clone without them fails at once instead of after minutes
 * of measuring (and without touching bench/RESULTS.md).
 */
export function assertCorporaPresent(): void {
  const missing = missingCorpusFiles()
  if (missing.length === 0) return
  throw new Error(
    `the dialogue corpora are missing: ${missing.join(', ')} not found in ${CORPORA_DIR}. They are read from ../shared/corpora beside the repository (never copied into it); put ${CORPUS_FILES.join(' and ')} there and run again. bench/RESULTS.md was not changed.`,
  )
}

/**
 * Every utterance of both corpora, read afresh on each call (nothing is kept:
 * a caller that needs only a sample lets the rest be collected, so the heap a
 * peer library is measured in stays small). Throws a message saying where the
 * files are expected.
 */
export function loadUtterances(): readonly Utterance[] {
  const utterances: Utterance[] = []
  for (const file of CORPUS_FILES) {
    const path = `${CORPORA_DIR}${file}`
    if (!existsSync(path)) {
      throw new Error(`${path} not found: the benchmark reads the dialogue corpora from ../shared/corpora beside the repository.`)
    }
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line === '') continue
      const parsed = JSON.parse(line) as Omit<Utterance, 'file'>
      utterances.push({ file, conversation: parsed.conversation, turn: parsed.turn, speaker: parsed.speaker, text: parsed.text })
    }
  }
  return utterances
}

/** The `text` of every utterance: one chat message each. */
export function loadMessages(): readonly string[] {
  return loadUtterances().map((utterance) => utterance.text)
}

/** How the benchmark joins messages into one "whole text": one message per line, as a transcript. */
export const MESSAGE_SEPARATOR = '\n'

/**
 * Every `step`-th message, `step` chosen so the sample's UTF-8 size is close to
 * `targetBytes`. Evenly spread over both corpora, so it keeps their mix of
 * digits, phones and prices; deterministic.
 */
export function sampleMessages(messages: readonly string[], targetBytes: number): string[] {
  const step = sampleStep(messages, targetBytes)
  return messages.filter((_, index) => index % step === 0)
}

/**
 * Always odd: the corpora alternate user and agent turns, so an even step would
 * pick only one side (and miss, for example, every phone number an agent gives).
 */
export function sampleStep(messages: readonly string[], targetBytes: number): number {
  return Math.max(1, Math.round(utf8Bytes(messages) / targetBytes)) | 1
}

/** UTF-8 size of one text, or of a list of messages (without separators). */
export function utf8Bytes(text: string | readonly string[]): number {
  if (typeof text === 'string') return Buffer.byteLength(text, 'utf8')
  let bytes = 0
  for (const message of text) bytes += Buffer.byteLength(message, 'utf8')
  return bytes
}
