import { extname } from 'node:path'

/** The transcript formats the CLI reads and writes. */
export type Format = 'text' | 'jsonl' | 'json' | 'csv'

export const FORMATS: readonly Format[] = ['text', 'jsonl', 'json', 'csv']

/** File extensions that name a format; anything else is read as plain text. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
}

/**
 * The format of an input: `--format` if given, else its extension; standard
 * input and unknown extensions are plain text (the format that never fails to parse).
 */
export function formatOf(file: string, override: Format | undefined): Format {
  if (override !== undefined) return override
  if (file === '-') return 'text'
  return FORMAT_OF_EXTENSION[extname(file).toLowerCase()] ?? 'text'
}

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name)
}
