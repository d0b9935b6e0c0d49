/**
 * Temporary files the run may leave behind if it is interrupted: `--in-place` and
 * `--output` temp files and the spool folder. On SIGINT or SIGTERM they are
 * removed before the process dies of the signal, so an interrupted run leaves
 * the originals and nothing else. SIGKILL (or a power cut) cannot be caught: the
 * temp files carry the process id, and the next run that writes beside them, or
 * spools, removes those whose process is gone ({@link removeStaleTempFiles}).
 *
 * Signals reach only the main thread, so the main thread registers every path,
 * including those a worker will write.
 */
import { rmSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

const tracked = new Set<string>()
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * The temp file written beside `target` and renamed over it: same folder (a
 * rename is atomic only within one file system), hidden, named after the process
 * so two runs never collide.
 */
export function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.chatmask-${process.pid}.tmp`)
}

/** The prefix of a run's spool folder in the system temp folder (`mkdtemp` adds random characters). */
export function spoolPrefix(): string {
  return join(tmpdir(), `chatmask-spool-${process.pid}-`)
}

/** `.NAME.chatmask-PID.tmp` and `chatmask-spool-PID-XXXXXX`: the names above, with the process id that wrote them. */
const TEMP_BESIDE = /^\..+\.chatmask-(\d+)\.tmp$/
const SPOOL = /^chatmask-spool-(\d+)-[A-Za-z0-9]+$/

/**
 * Removes the temp files a killed run left in `folders` (and its spool folders
 * in the system temp folder, with `spools`): only names this module gives, only
 * of processes no longer alive. A process id reused by another live process
 * keeps its files (they might be that run's), so nothing in use is ever removed.
 * Returns the paths removed.
 */
export async function removeStaleTempFiles(folders: Iterable<string>, spools: boolean): Promise<string[]> {
  const removed: string[] = []
  const sweep = async (folder: string, pattern: RegExp): Promise<void> => {
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names) {
      const pid = pattern.exec(name)?.[1]
      if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue
      const path = join(folder, name)
      await rm(path, { recursive: true, force: true }).then(
        () => removed.push(path),
        () => undefined,
      )
    }
  }
  for (const folder of new Set(folders)) await sweep(folder, TEMP_BESIDE)
  if (spools) await sweep(tmpdir(), SPOOL)
  return removed
}

/** Whether a process with this id exists (EPERM: it does, owned by someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}

/** Removes `path` (a file or folder) if the process is interrupted before {@link untrackTempPath}. */
export function trackTempPath(path: string): void {
  if (tracked.size === 0) for (const signal of SIGNALS) process.on(signal, removeAndDie)
  tracked.add(path)
}

export function untrackTempPath(path: string): void {
  tracked.delete(path)
  if (tracked.size === 0) for (const signal of SIGNALS) process.off(signal, removeAndDie)
}

function removeAndDie(signal: NodeJS.Signals): void {
  for (const path of tracked) rmSync(path, { force: true, recursive: true })
  tracked.clear()
  for (const each of SIGNALS) process.off(each, removeAndDie)
  // Die of the same signal (exit status 128 + n), as if no handler had been installed.
  process.kill(process.pid, signal)
}
