/**
 * The cost of one keystroke: a typing preview ("sneak peek") feeds each key to
 * `stream.write()` and shows `stream.preview()` after it. Measured on real
 * messages typed key by key and on card-carrying drafts, beside what a
 * library without a stream API must do instead: redact the whole draft again
 * on every keystroke.
 */
import fc from 'fast-check'
import type { BenchContext, BenchFile, BenchSection } from './lib/context.js'
import { markdownTable, significant, times } from './lib/format.js'
import { consume, LIGHT, measure, SLOW, SLOW_QUICK, type Case, type Measured } from './lib/measure.js'
import { measurePeerInChild } from './lib/peer-child.js'
import { PEER_DEFINITIONS } from './peers/adapters/index.js'
import { OURS_ALL, oursAll, type Redactor } from './lib/ours.js'
import { formattedPanArbitrary } from '../test/helpers/cards.js'

const CORPUS_DRAFT_BYTES = 30_000
const CARD_DRAFTS = 100
/** Re-redacting the draft on every key is slow for some peers: a smaller set for that comparison. */
const COMPARISON_DRAFTS = 8
const DRAFT_SEED = 20261124
const LATENCY_REPEATS = 20

/** Drafts such as "my card is 4111 1111 1111 1111 exp 12/29 cvv 123 thanks", with generated PANs. */
export function cardDrafts(count: number, seed: number): string[] {
  const draft = fc
    .tuple(
      formattedPanArbitrary(),
      fc.constantFrom('my card is ', 'card number ', 'here it is: ', 'its ', 'pls charge '),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 27, max: 33 }),
      fc.integer({ min: 100, max: 999 }),
    )
    .map(([pan, lead, month, year, cvv]) => `${lead}${pan.text} exp ${String(month).padStart(2, '0')}/${year} cvv ${cvv} thanks`)
  return fc.sample(draft, { seed, numRuns: count })
}

function typeDrafts(redactor: Redactor, drafts: readonly (readonly string[])[], preview: boolean): number {
  let shown = 0
  for (const keys of drafts) {
    const stream = redactor.stream()
    for (const key of keys) {
      shown += stream.write(key).length
      if (preview) shown += stream.preview().length
    }
    shown += stream.end().length
  }
  return shown
}

function reRedactDraftsSync(redact: (text: string) => string, drafts: readonly (readonly string[])[]): number {
  let shown = 0
  for (const keys of drafts) {
    let draft = ''
    for (const key of keys) {
      draft += key
      shown += redact(draft).length
    }
  }
  return shown
}

function keystrokesOf(drafts: readonly (readonly string[])[]): number {
  return drafts.reduce((sum, keys) => sum + keys.length, 0)
}

/** Per-keystroke latency percentiles of write() + preview(), µs, timed key by key. */
function latencyPercentiles(redactor: Redactor, drafts: readonly (readonly string[])[]): { p50: number; p99: number; max: number } {
  const samples: number[] = []
  for (let repeat = 0; repeat < LATENCY_REPEATS; repeat++) {
    for (const keys of drafts) {
      const stream = redactor.stream()
      for (const key of keys) {
        const start = performance.now()
        consume(stream.write(key))
        consume(stream.preview())
        samples.push((performance.now() - start) * 1000)
      }
      consume(stream.end())
    }
  }
  // The first repeats warm the JIT; keep the second half.
  const steady = samples.slice(samples.length / 2).sort((a, b) => a - b)
  const at = (share: number) => steady[Math.min(steady.length - 1, Math.floor(share * steady.length))] ?? Number.NaN
  return { p50: at(0.5), p99: at(0.99), max: steady[steady.length - 1] ?? Number.NaN }
}

/** How many times more a key costs with `item` than with `reference`. */
function slowdown(item: Measured, reference: Measured | undefined): string {
  if (item === reference) return '1×'
  if (item.microsecondsPerUnit === undefined || reference?.microsecondsPerUnit === undefined) return 'n/a'
  return times(item.microsecondsPerUnit / reference.microsecondsPerUnit)
}

function perKey(measured: Measured | undefined): string {
  if (measured === undefined) return 'n/a'
  if (measured.error !== undefined) return `failed: ${measured.error}`
  return significant(measured.microsecondsPerUnit ?? Number.NaN)
}

export const keystroke: BenchFile = {
  name: 'keystroke',
  question: 'What does one keystroke cost in a typing preview?',
  async run(context: BenchContext): Promise<BenchSection> {
    const redactor = oursAll()
    const corpusDrafts = context.sample(context.quick ? 5_000 : CORPUS_DRAFT_BYTES).messages.map((text) => Array.from(text))
    const cards = cardDrafts(context.quick ? 20 : CARD_DRAFTS, DRAFT_SEED).map((text) => Array.from(text))
    const comparison = cards.slice(0, COMPARISON_DRAFTS)

    const own: Case[] = [
      { name: 'write(), corpus messages', bytes: 0, units: keystrokesOf(corpusDrafts), fn: () => consume(typeDrafts(redactor, corpusDrafts, false)) },
      { name: 'write() + preview(), corpus messages', bytes: 0, units: keystrokesOf(corpusDrafts), fn: () => consume(typeDrafts(redactor, corpusDrafts, true)) },
      { name: 'write() + preview(), card drafts', bytes: 0, units: keystrokesOf(cards), fn: () => consume(typeDrafts(redactor, cards, true)) },
    ]
    context.log('keystroke: chatmask stream')
    const ownMeasured = await measure(own, LIGHT, context.log)
    const latency = latencyPercentiles(redactor, cards)

    const comparisonUnits = keystrokesOf(comparison)
    const compared: Case[] = [
      { name: `${OURS_ALL}: stream write() + preview()`, bytes: 0, units: comparisonUnits, fn: () => consume(typeDrafts(redactor, comparison, true)) },
      { name: `${OURS_ALL}: redact(draft) on every key`, bytes: 0, units: comparisonUnits, fn: () => consume(reRedactDraftsSync((text) => redactor.redact(text).text, comparison)) },
    ]
    context.log('keystroke: preview by stream vs by re-redacting the draft')
    const comparedMeasured = await measure(compared, context.quick ? SLOW_QUICK : SLOW, context.log)
    const failedPeers: string[][] = []
    for (const definition of PEER_DEFINITIONS) {
      context.log(`keystroke: ${definition.packageName} (own process)`)
      const result = measurePeerInChild(definition.packageName, { drafts: comparison }, context.quick)
      if (!result.ok) failedPeers.push([`${definition.packageName}: redact(draft) on every key`, `failed: ${result.error}`, ''])
      else if (result.perKey !== undefined) comparedMeasured.push(result.perKey)
    }
    const oursStream = comparedMeasured[0]
    context.figures.set('keystroke.ours.cardDrafts', ownMeasured[2]!)

    const ownRows = ownMeasured.map((item) => [item.name, item.units.toLocaleString('en-US'), perKey(item), item.rme === undefined ? '' : `±${item.rme.toFixed(1)}%`])
    const comparedRows = [
      ...comparedMeasured.map((item) => [item.name, perKey(item), slowdown(item, oursStream)]),
      ...failedPeers,
    ]
    const markdown = [
      `Drafts typed one code point at a time into a fresh \`${OURS_ALL}\` stream each: ${corpusDrafts.length} corpus messages, and ${cards.length} generated card drafts such as \`my card is 4111 1111 1111 1111 exp 12/29 cvv 123 thanks\` (PANs from \`formattedPanArbitrary\`, seed ${DRAFT_SEED}).`,
      '',
      markdownTable(['keystroke', 'keys per pass', 'µs per key', '±'], ownRows),
      '',
      `Per-key latency of write() + preview() on the card drafts, timed key by key (${LATENCY_REPEATS} passes, second half): p50 ${significant(latency.p50)} µs, p99 ${significant(latency.p99)} µs, max ${significant(latency.max)} µs.`,
      '',
      `Typing preview without a stream API: redact the whole draft again on every key (${comparison.length} card drafts, ${comparisonUnits} keys):`,
      '',
      markdownTable(['preview by', 'µs per key', `÷ ${OURS_ALL} stream`], comparedRows),
    ].join('\n')
    return { title: 'Keystroke cost', markdown }
  },
}
