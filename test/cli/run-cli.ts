/**
 * Runs the `chatmask` command the way a user does: a child process with
 * arguments, standard input, and files, returning the exit code and both outputs.
 *
 * Which command: the built `dist/cli/bin.js` when it exists (CI builds before it
 * tests, so the published file is what gets tested), otherwise the source through
 * tsx (`node --import tsx src/cli/bin.ts`), so `npx vitest run test/cli` works
 * without a build. A stale dist would be tested instead of the source: rebuild
 * (`npm run build`) after changing src/cli, or set CHATMASK_CLI_FROM_SOURCE=1 to
 * test the source whatever dist holds.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BUILT_BIN = join(PROJECT_ROOT, 'dist/cli/bin.js')
const SOURCE_BIN = join(PROJECT_ROOT, 'src/cli/bin.ts')

/** The node arguments that start the CLI: see the file comment for which one and why. */
export const CLI_NODE_ARGS: readonly string[] =
  existsSync(BUILT_BIN) && process.env.CHATMASK_CLI_FROM_SOURCE !== '1' ? [BUILT_BIN] : ['--import', 'tsx', SOURCE_BIN]

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface CliRunOptions {
  /** Written to standard input, which is then closed (default: closed at once). */
  readonly input?: string | Buffer
  readonly cwd?: string
}

/** Runs `chatmask ...args` and waits for it to exit. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_NODE_ARGS, ...args], { cwd: options.cwd ?? PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }))
    child.stdin.on('error', () => undefined) // the CLI may exit (e.g. a usage error) before reading its input
    child.stdin.end(options.input ?? '')
  })
}

/** A fresh temporary folder for one test's files; remove it with {@link removeTempDir}. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'chatmask-cli-test-'))
}

export function removeTempDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true })
}
