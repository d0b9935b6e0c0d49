/**
 * Reads one input (a file or standard input) as a stream of chunks, checked on
 * the way in: a binary file or bytes that are not text stop the run with a clear
 * error (exit 3) before anything is written, instead of being "redacted" into
 * garbage. Memory is one chunk, whatever the file's size.
 *
 * Text is UTF-8, or UTF-16 when the input starts with a UTF-16 byte order mark
 * (Windows tools export that way); the caller writes output in the same encoding.
 */
import { open, type FileHandle } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { inputError } from './cli-error.js'
import type { TextEncoding } from './text-sink.js'

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
/** U+FEFF as the first two bytes of UTF-16: FF FE little-endian, FE FF big-endian. */
const UTF16_LE_MARK = [0xff, 0xfe] as const
const UTF16_BE_MARK = [0xfe, 0xff] as const
/** Enough bytes to tell a byte order mark (UTF-8's has three). */
const SNIFF_BYTES = 3
/** Of the first bytes, this share being NUL at odd (or even) offsets is UTF-16 without a mark, not a binary file. */
const UTF16_NUL_SHARE = 0.9

/**
 * Yields the input's chunks, decoded. Throws `CliError('INPUT')` naming `display`
 * for a missing file, a directory, no permission, a NUL byte (a NUL character in
 * UTF-16) or bytes that are not valid in the encoding. A byte order mark is kept
 * as U+FEFF at the start of the text, so output can keep it. `onEncoding` is told
 * the input's encoding before the first chunk; `onBytes` how many bytes each chunk had.
 */
export async function* readCheckedInput(
  source: InputSource,
  display: string,
  onBytes: (bytes: number) => void,
  onEncoding: (encoding: TextEncoding) => void = () => undefined,
): AsyncGenerator<CheckedChunk> {
  const handle = source.kind === 'file' ? await openInput(source.path, display) : undefined
  const stream: Readable = handle === undefined ? process.stdin : handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES, autoClose: false })
  let decoder: TextDecoder | undefined
  let encoding: TextEncoding = 'utf-8'
  let sniffed: Buffer[] = []
  let sniffedLength = 0
  let offset = 0
  const decode = (bytes: Buffer): CheckedChunk => {
    if (decoder === undefined) {
      encoding = encodingOf(bytes)
      onEncoding(encoding)
      // fatal: invalid input throws instead of becoming U+FFFD; ignoreBOM: a BOM is data to pass through.
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
    }
    if (encoding === 'utf-8') {
      const nul = bytes.indexOf(NUL)
      if (nul !== -1) throw binaryInput(display, bytes, offset + nul)
    }
    let text: string
    try {
      text = decoder.decode(bytes, { stream: true })
    } catch {
      throw notText(display, encoding, offset, bytes.length)
    }
    if (encoding !== 'utf-8' && text.includes('\u0000')) {
      throw inputError(display, 'looks like a binary file (a NUL character in its UTF-16 text); chatmask reads text, JSONL, JSON and CSV.')
    }
    offset += bytes.length
    onBytes(bytes.length)
    return { bytes, text }
  }
  try {
    for await (const chunk of stream) {
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      if (decoder === undefined && sniffedLength + bytes.length < SNIFF_BYTES) {
        // Too few bytes yet to tell the encoding (standard input can arrive a byte at a time).
        sniffed.push(bytes)
        sniffedLength += bytes.length
        continue
      }
      if (sniffed.length > 0) {
        bytes = Buffer.concat([...sniffed, bytes])
        sniffed = []
      }
      yield decode(bytes)
    }
    if (sniffed.length > 0) yield decode(Buffer.concat(sniffed))
  } catch (error) {
    throw readError(error, display)
  } finally {
    if (handle !== undefined) await handle.close()
  }
  if (decoder === undefined) return
  let rest: string
  try {
    rest = decoder.decode()
  } catch {
    throw inputError(display, `is not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text: it ends in the middle of a character.`)
  }
  if (rest !== '') yield { bytes: Buffer.alloc(0), text: rest }
}

/** UTF-16 when the input starts with its byte order mark; otherwise UTF-8 (with or without one). */
function encodingOf(start: Buffer): TextEncoding {
  if (start[0] === UTF16_LE_MARK[0] && start[1] === UTF16_LE_MARK[1]) return 'utf-16le'
  if (start[0] === UTF16_BE_MARK[0] && start[1] === UTF16_BE_MARK[1]) return 'utf-16be'
  return 'utf-8'
}

/** A NUL byte in what should be UTF-8: binary, or UTF-16 without a byte order mark (say which, and how to convert). */
function binaryInput(display: string, bytes: Buffer, at: number): Error {
  const sample = bytes.subarray(0, READ_CHUNK_BYTES)
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < sample.length; index++) if (sample[index] === NUL) index % 2 === 0 ? evenNul++ : oddNul++
  const half = sample.length / 2
  if (at < sample.length && (oddNul >= half * UTF16_NUL_SHARE || evenNul >= half * UTF16_NUL_SHARE)) {
    const order = oddNul > evenNul ? 'LE' : 'BE'
    return inputError(display, `looks like UTF-16 text without a byte order mark; convert it first, e.g. iconv -f UTF-16${order} -t UTF-8.`)
  }
  return inputError(display, `looks like a binary file (a NUL byte at byte offset ${at}); chatmask reads UTF-8 or UTF-16 text, JSONL, JSON and CSV.`)
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

function notText(display: string, encoding: TextEncoding, offset: number, length: number): Error {
  if (encoding !== 'utf-8') return inputError(display, `is not UTF-16 text (an unpaired surrogate within bytes ${offset}–${offset + length}).`)
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
