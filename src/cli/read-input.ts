/**
 * Reads one input (a file or standard input) as a stream of chunks, checked on
 * the way in: a binary file or bytes that are not UTF-8 stop the run with a clear
 * error (exit 3) before anything is written, instead of being "redacted" into
 * garbage. Memory is one chunk, whatever the file's size.
 */
import { open, type FileHandle } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { inputError } from './cli-error.js'

/** Where an input comes from. */
export type InputSource = { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string }

/** One piece of input: its bytes (for formats that slice the original) and the same bytes decoded. */
export interface CheckedChunk {
  readonly bytes: Buffer
  readonly text: string
}

/**
 * Big enough that per-chunk work (a promise, a syscall) is noise next to the
 * redaction itself; small enough to be irrelevant to memory.
 */
const READ_CHUNK_BYTES = 1 << 16

const NUL = 0

/**
 * Yields the input's chunks, decoded. Throws `CliError('INPUT')` naming `display`
 * for a missing file, a directory, no permission, a NUL byte or invalid UTF-8.
 * A byte order mark is kept as U+FEFF at the start of the text, so output can
 * keep it. `onBytes` is told how many bytes each chunk had, for progress.
 */
export async function* readCheckedInput(
  source: InputSource,
  display: string,
  onBytes: (bytes: number) => void,
): AsyncGenerator<CheckedChunk> {
  const handle = source.kind === 'file' ? await openInput(source.path, display) : undefined
  const stream: Readable = handle === undefined ? process.stdin : handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES, autoClose: false })
  // fatal: invalid UTF-8 throws instead of becoming U+FFFD; ignoreBOM: a BOM is data to pass through.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let offset = 0
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      const nul = bytes.indexOf(NUL)
      if (nul !== -1) {
        throw inputError(display, `looks like a binary file (a NUL byte at byte offset ${offset + nul}); chatmask reads UTF-8 text, JSONL, JSON and CSV.`)
      }
      let text: string
      try {
        text = decoder.decode(bytes, { stream: true })
      } catch {
        throw notUtf8(display, offset, bytes.length)
      }
      offset += bytes.length
      onBytes(bytes.length)
      yield { bytes, text }
    }
  } catch (error) {
    throw readError(error, display)
  } finally {
    if (handle !== undefined) await handle.close()
  }
  let rest: string
  try {
    rest = decoder.decode()
  } catch {
    throw inputError(display, 'is not UTF-8 text: it ends in the middle of a character.')
  }
  if (rest !== '') yield { bytes: Buffer.alloc(0), text: rest }
}

async function openInput(path: string, display: string): Promise<FileHandle> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw readError(error, display)
  }
  // Opening a directory succeeds on Linux; reading it would fail later with EISDIR.
  if ((await handle.stat()).isDirectory()) {
    await handle.close()
    throw inputError(display, 'is a directory; name the files in it (e.g. dir/*.jsonl).')
  }
  return handle
}

function notUtf8(display: string, offset: number, length: number): Error {
  return inputError(
    display,
    `is not UTF-8 text (an invalid byte sequence within bytes ${offset}–${offset + length}); convert it first, e.g. iconv -f LATIN1 -t UTF-8.`,
  )
}

/** Turns an fs error into a message that says what is wrong with the input. */
export function readError(error: unknown, display: string): Error {
  if (!(error instanceof Error) || !('code' in error)) return error instanceof Error ? error : new Error(String(error))
  switch (error.code) {
    case 'ENOENT':
      return inputError(display, 'no such file.')
    case 'EACCES':
    case 'EPERM':
      return inputError(display, 'permission denied.')
    case 'EISDIR':
      return inputError(display, 'is a directory; name the files in it (e.g. dir/*.jsonl).')
    case 'ELOOP':
      return inputError(display, 'is a symbolic link that points to itself.')
    case 'EIO':
    case 'ENXIO':
    case 'ENODEV':
      return inputError(display, `could not be read (${error.code}).`)
    default:
      return error
  }
}
