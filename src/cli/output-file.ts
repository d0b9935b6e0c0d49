/**
 * Output files. A regular file is written through a temp file beside it that is
 * synced and renamed over it only when everything succeeded, so a reader never
 * sees half a file and a failure leaves the old one untouched. Anything else
 * (`/dev/null`, a FIFO, a terminal) is written directly: it cannot be renamed over.
 */
import { constants, writeSync } from 'node:fs'
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { CliError } from './cli-error.js'
import { BatchedSink, type TextSink } from './text-sink.js'

/** An output being written. */
export interface OutputFile {
  readonly sink: TextSink
  /** Makes the output final. `changed: false` (nothing was redacted) may skip replacing an identical file. */
  commit(changed: boolean): Promise<void>
  /** Abandons the output: the target is as it was before. */
  discard(): Promise<void>
}

/** Permission bits of a new file before the umask, as `fs.writeFile` uses. */
const NEW_FILE_MODE = 0o666
const PERMISSION_BITS = 0o7777

/**
 * Opens `target` for writing through `temp`. `skipIfUnchanged`: with nothing
 * redacted, leave the target alone (for `--in-place`: no new mtime, no rewrite).
 */
export async function openAtomicFile(target: string, temp: string, skipIfUnchanged: boolean): Promise<OutputFile> {
  const existing = await stat(target).catch(() => undefined)
  if (existing !== undefined && !existing.isFile()) return openDirect(target)
  const mode = existing === undefined ? NEW_FILE_MODE : existing.mode & PERMISSION_BITS
  const handle = await openOrExplain(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode, target)
  // The umask applied at creation; a rewritten file keeps exactly the permissions it had.
  if (existing !== undefined) await handle.chmod(mode)
  const sink = new BatchedSink((text) => writeAll(handle, text, target))
  let open = true
  const close = async (): Promise<void> => {
    if (open) {
      open = false
      await handle.close()
    }
  }
  const discard = async (): Promise<void> => {
    await close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
  }
  const commit = async (changed: boolean): Promise<void> => {
    if (!changed && skipIfUnchanged && existing !== undefined) return discard()
    try {
      await sink.flush()
      // Data on disk before the rename: after a crash the name points at the old file or the complete new one.
      await handle.sync()
      await close()
      await rename(temp, target)
    } catch (error) {
      await discard()
      throw outputError(error, target)
    }
    await syncFolder(dirname(target))
  }
  return { sink, commit, discard }
}

/** A plain file written in place (`/dev/null`, a FIFO; also spool files, which nobody reads until they are complete). */
export async function openDirect(path: string): Promise<OutputFile> {
  const handle = await openOrExplain(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, NEW_FILE_MODE, path)
  const sink = new BatchedSink((text) => writeAll(handle, text, path))
  return {
    sink,
    async commit() {
      try {
        await sink.flush()
      } finally {
        await handle.close()
      }
    },
    async discard() {
      await handle.close().catch(() => undefined)
    },
  }
}

async function openOrExplain(path: string, flags: number, mode: number, shownAs: string): Promise<FileHandle> {
  try {
    return await open(path, flags, mode)
  } catch (error) {
    throw outputError(error, shownAs)
  }
}

/**
 * Writes a batch synchronously: a write to a file returns as soon as the page
 * cache has the data, and nothing is left waiting in a queue (see `text-sink.ts`
 * on why output must not outlive its write).
 */
async function writeAll(handle: FileHandle, text: string, shownAs: string): Promise<void> {
  try {
    const bytes = Buffer.from(text, 'utf8')
    // write() may write less than asked (a FIFO, a full pipe): loop until all is out.
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(handle.fd, bytes, offset)
  } catch (error) {
    throw outputError(error, shownAs)
  }
}

/** Makes the rename itself durable; best effort, as some file systems cannot sync a folder. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, constants.O_RDONLY)
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Not fatal: the file is complete and renamed; only its durability across a power cut is weaker.
  }
}

/** An fs error while writing `path`, as a message that says what to do. */
export function outputError(error: unknown, path: string): Error {
  if (error instanceof CliError || !(error instanceof Error) || !('code' in error)) return error as Error
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new CliError('OUTPUT', `${path}: cannot write here (permission denied); nothing was changed.`)
    case 'ENOSPC':
    case 'EDQUOT':
      return new CliError('OUTPUT', `${path}: the disk is full; nothing was changed.`)
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError('OUTPUT', `${path}: the folder does not exist.`)
    case 'EISDIR':
      return new CliError('OUTPUT', `${path}: is a directory.`)
    case 'EEXIST':
      return new CliError('OUTPUT', `${path}: a temp file for it already exists (is the same file named twice?).`)
    default:
      return new CliError('OUTPUT', `${path}: could not be written (${String(error.code)}).`)
  }
}
