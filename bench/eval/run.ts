/**
 * `npm run eval`: scores chatmask and the npm peers on the labelled set from
 * generate.ts and on the real corpora, and rewrites the Accuracy section of
 * bench/RESULTS.md.
 *
 *   npm run eval                      full set, seed 20261124
 *   npm run eval -- --seed 7          another seed
 *   npm run eval -- --quick           a tenth of the set, a smaller corpus sample; prints, does not write
 *   npm run eval -- --no-peers        chatmask only (prints, does not write)
 *   npm run eval -- --no-write        the full run, printed instead of written
 *
 * Fails fast (exit code 1, before any work) when the corpora are missing, and
 * writes bench/RESULTS.md only after a complete run with every redactor scored.
 */
import { assertCorporaPresent, loadUtterances } from '../lib/corpus.js'
import { ensurePeersInstalled } from '../lib/peers.js'
import { OURS_ALL, OURS_PCI } from '../lib/ours.js'
import { writeSection } from '../lib/results-file.js'
import { PEER_DEFINITIONS } from '../peers/adapters/index.js'
import { evaluate, type Report } from './evaluate.js'
import { DEFAULT_EVAL_SEED, generateEvalSet } from './generate.js'
import { harmlessFor } from './harmless.js'
import { runPeerInChild } from './peer-runner.js'
import { textsToRedact } from './peer-texts.js'
import { replayedPeer } from './peer-replay.js'
import { OURS_ALL_REGIONS } from './redactor.js'
import { chatmaskRedactors } from './redactors.js'
import { render, type PeerInfo } from './render.js'

interface Arguments {
  readonly seed: number
  readonly quick: boolean
  readonly peers: boolean
  readonly write: boolean
}

function parseArguments(argv: readonly string[]): Arguments {
  const seedIndex = argv.indexOf('--seed')
  const seed = seedIndex === -1 ? DEFAULT_EVAL_SEED : Number(argv[seedIndex + 1])
  if (!Number.isInteger(seed)) throw new Error(`--seed takes an integer; received ${String(argv[seedIndex + 1])}.`)
  const quick = argv.includes('--quick')
  const peers = !argv.includes('--no-peers')
  // A run without the peers or on a smaller set is not the committed figure: print it instead.
  return { seed, quick, peers, write: !quick && peers && !argv.includes('--no-write') }
}

/**
 * Every 15th corpus utterance: about 8,300 messages, enough to resolve 0.02% and
 * bearable for the slowest peer. Odd, because the corpora alternate user and
 * agent turns: an even step would keep only one side.
 */
const HARMLESS_STEP = 15
const QUICK_HARMLESS_STEP = 79
const QUICK_SCALE = 0.1

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2))
  const log = (line: string) => console.log(line)
  // Before any work: a missing corpus would otherwise surface minutes later, after the peers ran.
  assertCorporaPresent()
  const started = performance.now()
  const set = generateEvalSet({ seed: args.seed, scale: args.quick ? QUICK_SCALE : 1 })
  log(`eval: ${set.length} generated cases (seed ${args.seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const step = args.quick ? QUICK_HARMLESS_STEP : HARMLESS_STEP
  const utterances = loadUtterances()
  const sampled = utterances.filter((_, index) => index % step === 0)

  const reports: Report[] = []
  const peers: PeerInfo[] = []
  if (args.peers) {
    const installError = ensurePeersInstalled(log)
    const peerHarmless = harmlessFor(sampled, 'all')
    const texts = textsToRedact(set, peerHarmless.map((utterance) => utterance.text))
    log(`eval: ${texts.length} distinct texts for each peer`)
    for (const definition of PEER_DEFINITIONS) {
      log(`eval: ${definition.packageName}`)
      const result = runPeerInChild(definition, installError, texts)
      if (!result.ok) {
        log(`  ${definition.packageName} FAILED: ${result.error}`)
        peers.push(result)
        continue
      }
      peers.push({ ok: true, packageName: result.packageName, name: result.name, version: result.version, configuration: result.configuration })
      reports.push(await evaluate(replayedPeer(result, texts), set, { sample: peerHarmless, full: [] }, log))
    }
  }
  for (const redactor of chatmaskRedactors()) {
    log(`eval: ${redactor.name}`)
    const harmless = { sample: harmlessFor(sampled, redactor.scope), full: args.quick ? [] : harmlessFor(utterances, redactor.scope) }
    reports.push(await evaluate(redactor, set, harmless, log))
  }
  // Columns: chatmask first, then the peers in their usual order.
  const columnOrder = [OURS_ALL, OURS_PCI, OURS_ALL_REGIONS, ...PEER_DEFINITIONS.map((definition) => definition.packageName)]
  reports.sort((a, b) => columnOrder.indexOf(a.name) - columnOrder.indexOf(b.name))
  const seconds = (performance.now() - started) / 1000
  const markdown = render({ seed: args.seed, harmlessStep: step, set, harmless: { sample: sampled, full: utterances }, fullCorpus: !args.quick, peers, reports, seconds })
  const failed = peers.filter((peer) => !peer.ok)
  if (args.write && failed.length === 0) {
    writeSection('eval', markdown)
    log(`eval: wrote bench/RESULTS.md (${seconds.toFixed(0)} s)`)
  } else {
    console.log(markdown)
    if (args.write) {
      // An incomplete run must not replace the committed figures.
      console.error(`eval: bench/RESULTS.md left unchanged: ${failed.map((peer) => peer.packageName).join(', ')} could not be scored.`)
      process.exitCode = 1
    }
  }
}

try {
  await main()
} catch (error) {
  // The whole message: ours say what is missing and how to fix it (no sensitive value is ever in one).
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
