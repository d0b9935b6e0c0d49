/**
 * Installs (when missing) and loads the peer libraries. A peer that fails to
 * install, load or redact a test message is returned as a failure with its error,
 * so the results table can show it instead of silently dropping it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { PEER_DEFINITIONS, type PeerAdapter, type PeerDefinition } from '../peers/adapters/index.js'
import { PEERS_DIR } from '../peers/adapters/peer-adapter.js'
import { errorText } from './format.js'

export type LoadedPeer =
  | { readonly ok: true; readonly packageName: string; readonly adapter: PeerAdapter }
  | { readonly ok: false; readonly packageName: string; readonly error: string }

/** A generated Visa test number, never a real card. */
const SMOKE_TEST = 'card 4111 1111 1111 1111, mail someone@example.com'

/**
 * Runs `npm ci --prefix bench/peers` when bench/peers/node_modules is absent.
 * Returns the error text when the install failed, undefined otherwise.
 */
export function ensurePeersInstalled(log: (line: string) => void): string | undefined {
  if (existsSync(`${PEERS_DIR}node_modules`)) return undefined
  log('bench/peers/node_modules is missing: npm ci --prefix bench/peers')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const install = spawnSync(npm, ['ci', '--prefix', PEERS_DIR, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] })
  if (install.error !== undefined) return `npm ci failed: ${errorText(install.error)}`
  if (install.status !== 0) return `npm ci --prefix bench/peers exited with ${String(install.status)}`
  return undefined
}

/** Creates one peer's adapter and checks that it redacts a test message. */
export async function loadPeer(definition: PeerDefinition, installError: string | undefined, log: (line: string) => void = console.log): Promise<LoadedPeer> {
  if (installError !== undefined) return { ok: false, packageName: definition.packageName, error: installError }
  try {
    const adapter = await definition.create()
    const output = await adapter.redact(SMOKE_TEST)
    if (typeof output !== 'string') throw new Error(`redact() returned ${typeof output}, not a string`)
    log(`peer ${adapter.name}@${adapter.version} loaded`)
    return { ok: true, packageName: definition.packageName, adapter }
  } catch (error) {
    log(`peer ${definition.packageName} FAILED: ${errorText(error)}`)
    return { ok: false, packageName: definition.packageName, error: errorText(error) }
  }
}

/** Installs the peers when needed and loads every one of them. */
export async function loadPeers(log: (line: string) => void = console.log): Promise<LoadedPeer[]> {
  const installError = ensurePeersInstalled(log)
  const loaded: LoadedPeer[] = []
  for (const definition of PEER_DEFINITIONS) loaded.push(await loadPeer(definition, installError, log))
  return loaded
}
