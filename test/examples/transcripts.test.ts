/**
 * The transcripts example: `redact-copies.sh` copies examples/transcripts/*.jsonl
 * to a temporary folder and runs `chatmask --in-place` on the copies. Checks that
 * the originals are untouched, every line of every copy keeps its fields, the card
 * numbers (one split over two messages), expiry dates and CVVs are gone, and lines
 * with nothing sensitive are byte-for-byte the same.
 *
 * The CLI (src/cli) is built separately; until it exists these tests are skipped.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const EXAMPLE_DIR = join(ROOT, 'examples', 'transcripts')
const SCRIPT = join(EXAMPLE_DIR, 'redact-copies.sh')
const CLI_SOURCE = join(ROOT, 'src', 'cli', 'bin.ts')
const CLI_BUILT = join(ROOT, 'dist', 'cli', 'bin.js')

interface Line {
  readonly conversation: string
  readonly turn: number
  readonly speaker: string
  readonly text: string
}

/** What must be gone from each sensitive line ("conversation#turn"), as typed there. */
const MUST_HIDE: Readonly<Record<string, readonly string[]>> = {
  'chat-3101#3': ['4012', '8888'],
  'chat-3101#4': ['8888'],
  'chat-3101#5': ['11/28', '404'],
  'chat-3102#0': ['3714', '496353', '9843'],
  'chat-3102#2': ['05/29', '7321'],
}

const transcriptFiles = readdirSync(EXAMPLE_DIR).filter((name) => name.endsWith('.jsonl')).sort()

function readLines(file: string): Line[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line)
}

function digestOf(dir: string): string {
  const hash = createHash('sha256')
  for (const name of transcriptFiles) hash.update(readFileSync(join(dir, name)))
  return hash.digest('hex')
}

const outDirs: string[] = []
afterEach(() => {
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function runExample(env: Record<string, string>): { out: string; stdout: string } {
  const out = mkdtempSync(join(tmpdir(), 'chatmask-transcripts-'))
  outDirs.push(out)
  const before = digestOf(EXAMPLE_DIR)
  const stdout = execFileSync('bash', [SCRIPT, out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 })
  expect(digestOf(EXAMPLE_DIR), 'the originals must not change').toBe(before)
  return { out, stdout }
}

function expectRedacted(out: string): void {
  let sensitiveLines = 0
  for (const name of transcriptFiles) {
    const originals = readLines(join(EXAMPLE_DIR, name))
    const redacted = readLines(join(out, name))
    expect(redacted.map(({ conversation, turn, speaker }) => [conversation, turn, speaker])).toEqual(
      originals.map(({ conversation, turn, speaker }) => [conversation, turn, speaker]),
    )
    redacted.forEach((line, index) => {
      const original = originals[index] as Line
      const hide = MUST_HIDE[`${line.conversation}#${line.turn}`]
      if (hide === undefined) {
        expect(line.text, `${name} turn ${line.turn} has nothing sensitive`).toBe(original.text)
      } else {
        sensitiveLines++
        for (const secret of hide) expect(line.text, `${name} turn ${line.turn}`).not.toContain(secret)
      }
    })
  }
  expect(sensitiveLines).toBe(Object.keys(MUST_HIDE).length)
}

describe('examples/transcripts', () => {
  it('redacts copies in place with the CLI run from source', () => {
    const { out, stdout } = runExample({ CHATMASK_CLI: `${process.execPath} --import tsx ${CLI_SOURCE}` })
    expectRedacted(out)
    expect(stdout).toContain(`redacted copies are in ${out}`)
  })

  // CI builds before it tests; a local `npx vitest` without a build has no dist to run.
  it.skipIf(!existsSync(CLI_BUILT))(
    'redacts copies in place with `npx --no -- chatmask` (the built bin; needs `npm run build`)',
    () => {
      const { out } = runExample({})
      expectRedacted(out)
    },
  )
})

