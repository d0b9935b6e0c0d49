/**
 * Redacts a list of texts with one peer library, in a process of its own:
 *
 *   node --import tsx bench/eval/peer-child.ts <package> <input.json> <output.json>
 *
 * input.json: `{ texts: string[] }`; output.json: a {@link PeerChildResult}.
 * A process of its own because some peers' cost per call grows with the heap
 * (@arcjet/redact allocates WebAssembly memory on every call, so each call's
 * garbage collection grows with what else is loaded: about 0.4 ms a call alone,
 * over 5 ms beside the evaluation's generator, metadata and labelled set). Alone,
 * every peer runs at its best, and the evaluation stays within minutes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorText } from '../lib/format.js'
import { loadPeer } from '../lib/peers.js'
import { PEER_DEFINITIONS } from '../peers/adapters/index.js'

export type PeerChildResult =
  | {
      readonly ok: true
      readonly packageName: string
      readonly name: string
      readonly version: string
      readonly configuration: string
      readonly placeholder?: { readonly source: string; readonly flags: string }
      /** `outputs[i]` is the peer's output for `texts[i]` (the input itself when the call threw). */
      readonly outputs: readonly string[]
      readonly errors: { readonly count: number; readonly first?: string }
      /** Time spent in the peer's calls. */
      readonly seconds: number
    }
  | { readonly ok: false; readonly packageName: string; readonly error: string }

export const PEER_CHILD = fileURLToPath(import.meta.url)

async function main(): Promise<void> {
  const [packageName, inputPath, outputPath] = process.argv.slice(2)
  if (packageName === undefined || inputPath === undefined || outputPath === undefined) throw new Error('usage: peer-child.ts <package> <input.json> <output.json>')
  const definition = PEER_DEFINITIONS.find((candidate) => candidate.packageName === packageName)
  if (definition === undefined) throw new Error(`unknown peer ${packageName}`)
  const { texts } = JSON.parse(readFileSync(inputPath, 'utf8')) as { texts: string[] }
  const loaded = await loadPeer(definition, undefined, (line) => console.log(line))
  let result: PeerChildResult
  if (!loaded.ok) {
    result = { ok: false, packageName, error: loaded.error }
  } else {
    const { adapter } = loaded
    const outputs: string[] = []
    const errors: { count: number; first?: string } = { count: 0 }
    const started = performance.now()
    for (const text of texts) {
      try {
        outputs.push(await adapter.redact(text))
      } catch (error) {
        errors.count++
        // errorText gives the message's first line; a peer's message may quote its input, which here is generated test data.
        if (errors.first === undefined) errors.first = errorText(error)
        outputs.push(text)
      }
    }
    result = {
      ok: true,
      packageName,
      name: adapter.name,
      version: adapter.version,
      configuration: adapter.configuration,
      ...(adapter.placeholder === undefined ? {} : { placeholder: { source: adapter.placeholder.source, flags: adapter.placeholder.flags } }),
      outputs,
      errors,
      seconds: (performance.now() - started) / 1000,
    }
  }
  writeFileSync(outputPath, JSON.stringify(result))
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === PEER_CHILD) await main()
