import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The shared dialogue corpora live beside the project, never inside it (see ../shared/corpora/README.md). */
export const CORPORA_DIR = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url))

export interface Utterance {
  readonly conversation: string
  readonly turn: number
  readonly speaker: string
  readonly text: string
}

/** The utterances of one corpus file, or undefined (with a printed notice) when ../shared is absent. */
export function loadCorpus(file: 'sgd_dev_test.jsonl' | 'star_dialogues.jsonl'): Utterance[] | undefined {
  const path = `${CORPORA_DIR}${file}`
  if (!existsSync(path)) {
    console.warn(`[chatmask tests] ${path} not found: corpus tests skipped (CI has ../shared beside the project).`)
    return undefined
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Utterance)
}
