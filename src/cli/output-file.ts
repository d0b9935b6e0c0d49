/**
 * Output files. A regular file is written through a temp file beside it that is
 * synced and renamed over it only when everything succeeded, so a reader never
 * sees half a file and a failure leaves the old one untouched. Anything else
 * (`/dev/null`, a FIFO, a terminal) is written directly: it cannot be renamed over.
 *
 * Hard links: a rename gives the name a new file, and every other name of the
 * old one still holds the original text, card numbers and all. So `--in-place`
 * refuses a file with more than one link (exit 4), and with `--force-links`
 * rewrites it through the link instead: the complete, synced temp file is
 * copied over the original's contents, which every name then shows. That copy
 * is not atomic; if it is interrupted, the temp file (complete) is left beside
 * the original and the message says so.
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

/** What to do with a target that has other hard links: refuse, rewrite through them, or (for `-o`) replace the name. */
export type HardLinks = 'refuse' | 'through' | 'replace-name'

/** Where the finished output is kept when copying it through the links failed. */
const KEPT_OUTPUT_SUFFIX = '.chatmask-redacted'

/** Temp-to-target copy for `through`: a MiB at a time. */
const COPY_CHUNK_BYTES = 1 << 20

/** Permission bits of a new file before the umask, as `fs.writeFile` uses. */
const NEW_FILE_MODE = 0o666
const PERMISSION_BITS = 0o7777

/**
 * Opens `target` for writing through `temp`. `skipIfUnchanged`: with nothing
 * redacted, leave the target alone (for `--in-place`: no new mtime, no rewrite).
 */
export async function openAtomicFile(target: string, temp: string, skipIfUnchanged: boolean, links: HardLinks = 'replace-name'): Promise<OutputFile> {
  const existing = await stat(target).catch(() => undefined)
  if (existing !== undefined && !existing.isFile()) return openDirect(target)
  const linked = existing !== undefined && existing.nlink > 1
  if (linked && links === 'refuse') {
    throw new CliError(
      'REFUSED',
      `${target}: not rewritten: it has ${existing.nlink} hard links, and the other names would keep the original text. Use --force-links to rewrite it through every link.`,
    )
  }
  const mode = existing === undefined ? NEW_FILE_MODE : existing.mode & PERMISSION_BITS
  const handle = await openOrExplain(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode, target)
  // The umask applied at creation; a rewritten file keeps exactly the permissions it had.
  if (existing !== undefined) await handle.chmod(mode)
  const sink = new BatchedSink((bytes) => writeAll(handle, bytes, target))
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
      if (linked && links === 'through') {
        await copyThroughLinks(temp, target)
        await unlink(temp)
        return
      }
      await rename(temp, target)
    } catch (error) {
      if (error instanceof CliError && error.code === 'OUTPUT' && linked && links === 'through') throw error
      await discard()
      throw outputError(error, target)
    }
    await syncFolder(dirname(target))
  }
  return { sink, commit, discard }
}

/**
 * Copies the finished temp file over `target`'s contents (same inode, so every
 * hard link shows it), truncates it to length and syncs it. On failure the temp
 * file is kept: it is the complete redacted output.
 */
async function copyThroughLinks(temp: string, target: string): Promise<void> {
  const source = await open(temp, constants.O_RDONLY)
  let destination: FileHandle | undefined
  try {
    destination = await open(target, constants.O_WRONLY)
    const buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES)
    let position = 0
    for (;;) {
      const { bytesRead } = await source.read(buffer, 0, buffer.length, position)
      if (bytesRead === 0) break
      for (let written = 0; written < bytesRead; ) written += (await destination.write(buffer, written, bytesRead - written, position + written)).bytesWritten
      position += bytesRead
    }
    await destination.truncate(position)
    await destination.sync()
  } catch (error) {
    await source.close()
    await destination?.close().catch(() => undefined)
    destination = undefined
    // Keep the complete output under a name the stale-file sweep does not take.
    const kept = `${target}${KEPT_OUTPUT_SUFFIX}`
    const saved = await rename(temp, kept).then(
      () => true,
      () => false,
    )
    const why = outputError(error, target).message.replace(/; nothing was changed\.$/, '.')
    throw new CliError('OUTPUT', `${why} It may be partly rewritten; the complete redacted file is ${saved ? kept : temp}.`)
  } finally {
    await source.close().catch(() => undefined)
    await destination?.close()
  }
}

/** A plain file written in place (`/dev/null`, a FIFO; also spool files, which nobody reads until they are complete). */
export async function openDirect(path: string): Promise<OutputFile> {
  const handle = await openOrExplain(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, NEW_FILE_MODE, path)
  const sink = new BatchedSink((bytes) => writeAll(handle, bytes, path))
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
async function writeAll(handle: FileHandle, bytes: Buffer, shownAs: string): Promise<void> {
  try {
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
