/**
 * Temporary files the run may leave behind if it is interrupted: `--in-place` and
 * `--output` temp files and the spool folder. On SIGINT or SIGTERM they are
 * removed before the process dies of the signal, so an interrupted run leaves
 * the originals and nothing else. (SIGKILL cannot be caught; a stale
 * `.NAME.chatmask-PID.tmp` beside a file is then safe to delete.)
 *
 * Signals reach only the main thread, so the main thread registers every path,
 * including those a worker will write.
 */
import { rmSync } from 'node:fs'
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
