/**
 * Runs one peer over every text of the evaluation in its own process
 * (peer-child.ts) and reads back its outputs. A peer that fails to install,
 * load or run comes back as a failure with its reason, shown in the tables.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PeerDefinition } from '../peers/adapters/index.js'
import { PEER_CHILD, type PeerChildResult } from './peer-child.js'

/** The last lines of a failed child's error output worth showing: its first line naming an error. */
function failureReason(stderr: string, status: number | null, signal: NodeJS.Signals | null): string {
  const line = stderr.split('\n').find((candidate) => /error/i.test(candidate))
  return (line ?? `exited with ${String(status ?? signal)}`).trim()
}

export function runPeerInChild(definition: PeerDefinition, installError: string | undefined, texts: readonly string[]): PeerChildResult {
  if (installError !== undefined) return { ok: false, packageName: definition.packageName, error: installError }
  const directory = mkdtempSync(join(tmpdir(), 'chatmask-eval-peer-'))
  try {
    const inputPath = join(directory, 'input.json')
    const outputPath = join(directory, 'output.json')
    writeFileSync(inputPath, JSON.stringify({ texts }))
    const child = spawnSync(process.execPath, [...process.execArgv, PEER_CHILD, definition.packageName, inputPath, outputPath], {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    })
    if (child.status !== 0) return { ok: false, packageName: definition.packageName, error: failureReason(child.stderr ?? '', child.status, child.signal) }
    return JSON.parse(readFileSync(outputPath, 'utf8')) as PeerChildResult
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}
