/**
 * Measures one peer library in a process of its own, with nothing else loaded.
 * Some peers' speed depends on what else lives in the heap (@arcjet/redact
 * allocates WebAssembly memory on every call, so each call's garbage collection
 * grows with the heap: measured here at about 0.6 ms a call alone and 1.9 ms
 * with redact-pii's dependencies loaded beside it). Measuring each peer alone
 * gives every peer its best case, which keeps the ratios conservative.
 *
 *   node --import tsx bench/lib/peer-child.ts <package> <input.json> <result.json> [--quick]
 *
 * input.json: `{ messages?: string[], drafts?: string[][] }`: per-message and
 * whole-text throughput on `messages`, and/or the re-redact-per-key cost on `drafts`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PEER_DEFINITIONS, type PeerAdapter } from '../peers/adapters/index.js'
import { MESSAGE_SEPARATOR, utf8Bytes } from './corpus.js'
import { errorText } from './format.js'
import { consume, measure, SLOW, SLOW_QUICK, type Case, type Measured } from './measure.js'

export interface PeerInput {
  readonly messages?: readonly string[]
  readonly drafts?: readonly (readonly string[])[]
}

export type PeerResult =
  | {
      readonly ok: true
      readonly name: string
      readonly version: string
      readonly configuration: string
      readonly perMessage?: Measured
      readonly whole?: Measured
      readonly perKey?: Measured
    }
  | { readonly ok: false; readonly name: string; readonly error: string }

/** Set by bench/run.ts when `npm ci --prefix bench/peers` failed: every peer then reports it. */
export const PEERS_INSTALL_ERROR_VARIABLE = 'CHATMASK_BENCH_PEERS_INSTALL_ERROR'

const SELF = fileURLToPath(import.meta.url)
/** A generated Visa test number, never a real card. */
const SMOKE_TEST = 'card 4111 1111 1111 1111, mail someone@example.com'

/** Runs {@link SELF} for one peer and reads back its result; a crash becomes a failure with its reason. */
export function measurePeerInChild(packageName: string, input: PeerInput, quick: boolean): PeerResult {
  const installError = process.env[PEERS_INSTALL_ERROR_VARIABLE]
  if (installError !== undefined && installError !== '') return { ok: false, name: packageName, error: installError }
  const directory = mkdtempSync(join(tmpdir(), 'chatmask-peer-'))
  try {
    const inputPath = join(directory, 'input.json')
    const outputPath = join(directory, 'result.json')
    writeFileSync(inputPath, JSON.stringify(input))
    const child = spawnSync(process.execPath, [...process.execArgv, SELF, packageName, inputPath, outputPath, ...(quick ? ['--quick'] : [])], {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    })
    if (child.status !== 0) {
      const stderr = (child.stderr ?? '').split('\n').find((line) => /error/i.test(line)) ?? child.error?.message ?? `exited with ${String(child.status ?? child.signal)}`
      return { ok: false, name: packageName, error: stderr.trim() }
    }
    return JSON.parse(readFileSync(outputPath, 'utf8')) as PeerResult
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

function throughputCases(adapter: PeerAdapter, messages: readonly string[], isAsync: boolean): [Case, Case] {
  const whole = messages.join(MESSAGE_SEPARATOR)
  const messageBytes = utf8Bytes(messages)
  const wholeBytes = utf8Bytes(whole)
  const perMessage: Case = isAsync
    ? {
        name: `${adapter.name} per message`,
        bytes: messageBytes,
        units: messages.length,
        fn: async () => {
          for (const message of messages) consume(await adapter.redact(message))
        },
      }
    : {
        name: `${adapter.name} per message`,
        bytes: messageBytes,
        units: messages.length,
        fn: () => {
          for (const message of messages) consume(adapter.redact(message))
        },
      }
  const wholeCase: Case = isAsync
    ? { name: `${adapter.name} whole`, bytes: wholeBytes, fn: async () => consume(await adapter.redact(whole)) }
    : { name: `${adapter.name} whole`, bytes: wholeBytes, fn: () => consume(adapter.redact(whole)) }
  return [perMessage, wholeCase]
}

function keystrokeCase(adapter: PeerAdapter, drafts: readonly (readonly string[])[], isAsync: boolean): Case {
  const units = drafts.reduce((sum, keys) => sum + keys.length, 0)
  const name = `${adapter.name}: redact(draft) on every key`
  if (isAsync) {
    return {
      name,
      bytes: 0,
      units,
      fn: async () => {
        for (const keys of drafts) {
          let draft = ''
          for (const key of keys) {
            draft += key
            consume(await adapter.redact(draft))
          }
        }
      },
    }
  }
  return {
    name,
    bytes: 0,
    units,
    fn: () => {
      for (const keys of drafts) {
        let draft = ''
        for (const key of keys) {
          draft += key
          consume(adapter.redact(draft))
        }
      }
    },
  }
}

async function main(): Promise<void> {
  const [packageName, inputPath, outputPath] = process.argv.slice(2)
  if (packageName === undefined || inputPath === undefined || outputPath === undefined) throw new Error('usage: peer-child.ts <package> <input.json> <result.json> [--quick]')
  const quick = process.argv.includes('--quick')
  const definition = PEER_DEFINITIONS.find((candidate) => candidate.packageName === packageName)
  if (definition === undefined) throw new Error(`unknown peer ${packageName}`)
  const input = JSON.parse(readFileSync(inputPath, 'utf8')) as PeerInput
  let result: PeerResult
  try {
    const adapter = await definition.create()
    const probe = adapter.redact(SMOKE_TEST)
    const isAsync = probe instanceof Promise
    const smoke = await probe
    if (typeof smoke !== 'string') throw new Error(`redact() returned ${typeof smoke}, not a string`)
    const budget = quick ? SLOW_QUICK : SLOW
    const log = (line: string) => console.log(line)
    let perMessage: Measured | undefined
    let whole: Measured | undefined
    let perKey: Measured | undefined
    if (input.messages !== undefined) [perMessage, whole] = (await measure(throughputCases(adapter, input.messages, isAsync), budget, log)) as [Measured, Measured]
    if (input.drafts !== undefined) [perKey] = (await measure([keystrokeCase(adapter, input.drafts, isAsync)], budget, log)) as [Measured]
    result = {
      ok: true,
      name: adapter.name,
      version: adapter.version,
      configuration: adapter.configuration,
      ...(perMessage === undefined ? {} : { perMessage }),
      ...(whole === undefined ? {} : { whole }),
      ...(perKey === undefined ? {} : { perKey }),
    }
  } catch (error) {
    result = { ok: false, name: packageName, error: errorText(error) }
  }
  writeFileSync(outputPath, JSON.stringify(result))
}

// Only when run as a script, not when bench files import measurePeerInChild.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === SELF) await main()
