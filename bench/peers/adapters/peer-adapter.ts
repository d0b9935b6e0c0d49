/**
 * What the benchmark and the evaluation need from a peer library: one call that
 * takes a chat message and returns its redacted text. One adapter per package,
 * each calling the package the way its README shows, with the configuration
 * described in `configuration`.
 *
 * Peers are imported with a computed specifier so that `tsc` (which type-checks
 * bench/) does not need bench/peers/node_modules: a fresh clone type-checks
 * before `npm ci --prefix bench/peers` has run.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface PeerAdapter {
  /** The npm package name. */
  readonly name: string
  readonly version: string
  /** How the package is configured here, in one sentence, for RESULTS.md. */
  readonly configuration: string
  /**
   * The peer's placeholders that contain digits (counters, hashes), such as
   * `[EMAIL_9619]`. The evaluation removes them before it counts the digits
   * left in an output, so a counter is not taken for a surviving card digit.
   */
  readonly placeholder?: RegExp
  redact(text: string): string | Promise<string>
}

export interface PeerDefinition {
  readonly packageName: string
  create(): Promise<PeerAdapter>
}

export const PEERS_DIR = fileURLToPath(new URL('../', import.meta.url))

/** Imports a package installed in bench/peers/node_modules. */
export async function importPeer(packageName: string): Promise<unknown> {
  const specifier: string = packageName
  return (await import(specifier)) as unknown
}

/** The installed version, read from the package's own package.json. */
export function installedVersion(packageName: string): string {
  const manifest = JSON.parse(readFileSync(`${PEERS_DIR}node_modules/${packageName}/package.json`, 'utf8')) as { version?: string }
  return manifest.version ?? 'unknown'
}

/** Reads a named export from an imported module, CommonJS (`default.x`) or ESM (`x`). */
export function exportOf<T>(module: unknown, name: string): T {
  const record = module as Record<string, unknown>
  const direct = record[name]
  if (direct !== undefined) return direct as T
  const fallback = (record.default as Record<string, unknown> | undefined)?.[name]
  if (fallback !== undefined) return fallback as T
  throw new Error(`the package has no export named ${name}`)
}
