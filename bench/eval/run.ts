/**
 * `npm run eval`: scores chatmask and the npm peers on the labelled set from
 * generate.ts and on the real corpora, and rewrites the Accuracy section of
 * bench/RESULTS.md.
 *
 *   npm run eval                      full set, seed 20261124
 *   npm run eval -- --seed 7          another seed
 *   npm run eval -- --quick           a tenth of the set, a smaller corpus sample; prints, does not write
 *   npm run eval -- --no-peers        chatmask only
 */
import { loadUtterances } from '../lib/corpus.js'
import { markdownTable, percent, significant } from '../lib/format.js'
import { machineInfo, machineMarkdown } from '../lib/machine.js'
import { ensurePeersInstalled, loadPeer, type LoadedPeer } from '../lib/peers.js'
import { PEER_DEFINITIONS } from '../peers/adapters/index.js'
import { OURS_ALL, OURS_PCI } from '../lib/ours.js'
import { writeSection } from '../lib/results-file.js'
import { CATEGORIES, DEFAULT_EVAL_SEED, EVAL_NOW, generateEvalSet, negativeTitle, type CategorySpec } from './generate.js'
import type { EvalCase, NegativeKind } from './labels.js'
import { chatmaskRedactors, EVAL_PHONE_REGIONS, OURS_ALL_REGIONS, peerRedactor, type EvalRedactor } from './redactors.js'

/** Its cost per call grows with the heap (WebAssembly memory per call): evaluated first, with the least loaded. */
const HEAP_SENSITIVE_PEER = '@arcjet/redact'
import { harmlessFor, type HarmlessSets } from './harmless.js'
import { conversationHidden, judgeMessage, keystrokesHidden, type TypedState } from './score.js'

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
  return { seed, quick, peers: !argv.includes('--no-peers'), write: !quick && !argv.includes('--no-write') }
}

/**
 * Every 15th corpus utterance: about 8,300 messages, enough to resolve 0.02% and
 * bearable for the slowest peer. Odd, because the corpora alternate user and
 * agent turns: an even step would keep only one side.
 */
const HARMLESS_STEP = 15
const QUICK_HARMLESS_STEP = 79
const MAX_EXAMPLES = 6

// ---------------------------------------------------------------------------
// Tallies

interface Tally {
  n: number
  /** Hidden (positives), not leaked (split, keystroke), destroyed (negatives), altered (harmless). */
  count: number
}

interface Report {
  readonly name: string
  readonly scope: EvalRedactor['scope']
  seconds: number
  readonly categories: Map<string, Tally>
  readonly negatives: Map<string, Tally>
  /** category → facet → value → tally */
  readonly facets: Map<string, Map<string, Map<string, Tally>>>
  harmlessSample: Tally
  harmlessFull: Tally | undefined
  readonly missed: Map<string, string[]>
  readonly altered: { text: string; output: string }[]
  readonly destroyed: { kind: string; text: string; output: string }[]
  readonly errors: EvalRedactor['errors']
}

function bump(map: Map<string, Tally>, key: string, success: boolean): void {
  const tally = map.get(key) ?? { n: 0, count: 0 }
  tally.n++
  if (success) tally.count++
  map.set(key, tally)
}

function bumpFacets(report: Report, testCase: EvalCase, success: boolean): void {
  let byFacet = report.facets.get(testCase.category)
  if (byFacet === undefined) {
    byFacet = new Map()
    report.facets.set(testCase.category, byFacet)
  }
  for (const [facet, value] of Object.entries(testCase.facets)) {
    let byValue = byFacet.get(facet)
    if (byValue === undefined) {
      byValue = new Map()
      byFacet.set(facet, byValue)
    }
    bump(byValue, value, success)
  }
}

function remember(list: string[] | undefined, map: Map<string, string[]>, key: string, entry: string): void {
  const examples = list ?? map.get(key) ?? []
  if (examples.length < MAX_EXAMPLES) examples.push(entry)
  map.set(key, examples)
}

const isChatmask = (name: string) => name === OURS_ALL || name === OURS_PCI || name === OURS_ALL_REGIONS

async function evaluate(redactor: EvalRedactor, set: readonly EvalCase[], harmless: HarmlessSets, log: (line: string) => void): Promise<Report> {
  const started = performance.now()
  const report: Report = {
    name: redactor.name,
    scope: redactor.scope,
    seconds: 0,
    categories: new Map(),
    negatives: new Map(),
    facets: new Map(),
    harmlessSample: { n: 0, count: 0 },
    harmlessFull: undefined,
    missed: new Map(),
    altered: [],
    destroyed: [],
    errors: redactor.errors,
  }
  const kindOf = new Map<string, CategorySpec['kind']>(CATEGORIES.map((category) => [category.id, category.kind]))
  for (const testCase of set) {
    const kind = kindOf.get(testCase.category)
    const texts = testCase.messages.map((message) => message.text)
    if (kind === 'split') {
      const versions = await redactor.conversation(testCase.messages)
      const hidden = conversationHidden(testCase.messages, versions, redactor.placeholder)
      bump(report.categories, testCase.category, hidden)
      bumpFacets(report, testCase, hidden)
      if (!hidden) remember(undefined, report.missed, testCase.category, `${JSON.stringify(texts)} → ${JSON.stringify(versions)}`)
      continue
    }
    const message = testCase.messages[0]
    if (message === undefined) continue
    if (kind === 'keystroke') {
      const leaks = (state: TypedState) => !keystrokesHidden(message, [state], redactor.placeholder)
      const states = await redactor.keystrokes(message.text, leaks)
      const hidden = !states.some(leaks)
      bump(report.categories, testCase.category, hidden)
      bumpFacets(report, testCase, hidden)
      if (!hidden) {
        const leaking = states.find(leaks)
        remember(undefined, report.missed, testCase.category, `${JSON.stringify(message.text)}: typed ${JSON.stringify(leaking?.typed)} showed ${JSON.stringify(leaking?.shown)}`)
      }
      continue
    }
    const output = await redactor.redact(message.text)
    const judgement = judgeMessage(message, output, redactor.scope, redactor.placeholder)
    if (judgement.hidden !== undefined) {
      bump(report.categories, testCase.category, judgement.hidden)
      bumpFacets(report, testCase, judgement.hidden)
      if (!judgement.hidden) remember(undefined, report.missed, testCase.category, `${JSON.stringify(message.text)} → ${JSON.stringify(output)}`)
    }
    for (const negative of judgement.negatives) {
      bump(report.negatives, negative.kind, negative.destroyed)
      if (negative.destroyed && report.destroyed.length < 4 * MAX_EXAMPLES && report.destroyed.filter((entry) => entry.kind === negative.kind).length < 2) {
        report.destroyed.push({ kind: negative.kind, text: message.text, output })
      }
    }
  }
  for (const utterance of harmless.sample) {
    const output = await redactor.redact(utterance.text)
    const altered = output !== utterance.text
    report.harmlessSample.n++
    if (altered) report.harmlessSample.count++
  }
  if (isChatmask(redactor.name)) {
    report.harmlessFull = { n: 0, count: 0 }
    for (const utterance of harmless.full) {
      const output = await redactor.redact(utterance.text)
      report.harmlessFull.n++
      if (output !== utterance.text) {
        report.harmlessFull.count++
        if (report.altered.length < 2 * MAX_EXAMPLES) report.altered.push({ text: utterance.text, output })
      }
    }
  }
  report.seconds = (performance.now() - started) / 1000
  log(`  ${redactor.name}: ${report.seconds.toFixed(1)} s, ${redactor.errors.count} errors`)
  return report
}

// ---------------------------------------------------------------------------
// Markdown

function share(tally: Tally | undefined): string {
  if (tally === undefined || tally.n === 0) return 'n/a'
  return `${percent(tally.count, tally.n)} (${tally.count}/${tally.n})`
}

function sum(tallies: readonly (Tally | undefined)[]): Tally {
  return tallies.reduce<Tally>((total, tally) => ({ n: total.n + (tally?.n ?? 0), count: total.count + (tally?.count ?? 0) }), { n: 0, count: 0 })
}

function leakRate(tally: Tally | undefined): string {
  if (tally === undefined || tally.n === 0) return 'n/a'
  const leaked = tally.n - tally.count
  return `${percent(leaked, tally.n)} (${leaked}/${tally.n})`
}

interface TargetRow {
  readonly name: string
  readonly goal: string
  /** Whether higher is better. */
  readonly atLeast: boolean
  /** Percent. */
  readonly threshold: number
  readonly measure: (report: Report) => Tally | undefined
  /** Shown as a rate of what did NOT succeed (leaks). */
  readonly invert?: boolean
}

const TARGETS: readonly TargetRow[] = [
  { name: 'Cards: no middle digit visible', goal: '100%', atLeast: true, threshold: 100, measure: (report) => report.categories.get('card') },
  {
    name: 'Expiry/CVV with context (keyword or card)',
    goal: '≥ 99%',
    atLeast: true,
    threshold: 99,
    measure: (report) => sum(['expiry', 'cvv', 'combo_keywords', 'combo_adjacent'].map((id) => report.categories.get(id))),
  },
  { name: 'Phones (all regions and formats)', goal: '≥ 97%', atLeast: true, threshold: 97, measure: (report) => (report.scope === 'pci' ? undefined : sum(['phone_international', 'phone_national_default', 'phone_national_other'].map((id) => report.categories.get(id)))) },
  { name: 'Emails', goal: '100%', atLeast: true, threshold: 100, measure: (report) => (report.scope === 'pci' ? undefined : report.categories.get('email')) },
  { name: 'Harmless corpus messages altered', goal: '≤ 0.5%', atLeast: false, threshold: 0.5, measure: (report) => report.harmlessFull ?? report.harmlessSample },
  {
    name: 'Leak rate, split and keystroke input',
    goal: '0%',
    atLeast: false,
    threshold: 0,
    invert: true,
    measure: (report) => sum(CATEGORIES.filter((category) => category.kind === 'split' || category.kind === 'keystroke').map((category) => report.categories.get(category.id))),
  },
]

function targetCell(target: TargetRow, report: Report): string {
  const tally = target.measure(report)
  if (tally === undefined || tally.n === 0) return 'n/a (not in scope)'
  const value = target.invert === true ? (100 * (tally.n - tally.count)) / tally.n : (100 * tally.count) / tally.n
  const shown = target.invert === true ? leakRate(tally) : share(tally)
  const met = target.atLeast ? value >= target.threshold : value <= target.threshold
  if (met) return `${shown} — **met**`
  const gap = Math.abs(value - target.threshold)
  return `${shown} — **missed by ${significant(gap, 2)} points**`
}

function targetsTable(reports: readonly Report[]): string {
  const ours = reports.filter((report) => isChatmask(report.name))
  return markdownTable(
    ['target', 'goal', ...ours.map((report) => report.name)],
    TARGETS.map((target) => [target.name, target.goal, ...ours.map((report) => targetCell(target, report))]),
    ['l', 'l', ...ours.map(() => 'l' as const)],
  )
}

function categoryTable(reports: readonly Report[], kinds: readonly CategorySpec['kind'][], cell: (tally: Tally | undefined, report: Report, category: CategorySpec) => string, extraRows: readonly { name: string; cells: (report: Report) => string }[] = []): string {
  const rows = CATEGORIES.filter((category) => kinds.includes(category.kind)).map((category) => [`${category.title}`, ...reports.map((report) => cell(report.categories.get(category.id), report, category))])
  for (const extra of extraRows) rows.push([extra.name, ...reports.map(extra.cells)])
  return markdownTable(['', ...reports.map((report) => report.name)], rows)
}

function recallCell(tally: Tally | undefined, report: Report, category: CategorySpec): string {
  if (report.scope === 'pci' && ['phone_international', 'phone_national_default', 'phone_national_other', 'email', 'iban'].includes(category.id)) return '— (card-only)'
  return share(tally)
}

function facetTable(reports: readonly Report[], category: string, facets: readonly string[]): string {
  const rows: string[][] = []
  for (const facet of facets) {
    const values = new Set<string>()
    for (const report of reports) for (const value of report.facets.get(category)?.get(facet)?.keys() ?? []) values.add(value)
    for (const value of [...values].sort()) {
      rows.push([`${facet}: ${value}`, ...reports.map((report) => share(report.facets.get(category)?.get(facet)?.get(value)))])
    }
  }
  return markdownTable(['', ...reports.map((report) => report.name)], rows)
}

function negativeTable(reports: readonly Report[]): string {
  const kinds = new Set<string>()
  for (const report of reports) for (const kind of report.negatives.keys()) kinds.add(kind)
  const ordered = [...kinds].sort((a, b) => Number(a.startsWith('card_only')) - Number(b.startsWith('card_only')) || a.localeCompare(b))
  const title = (kind: string) => (kind.startsWith('card_only_') ? `${kind.slice('card_only_'.length)}s, in a card-only check` : negativeTitle(kind as NegativeKind))
  const rows = ordered.map((kind) => [title(kind), ...reports.map((report) => share(report.negatives.get(kind)))])
  rows.push([
    '**all harmless numbers (same kinds for every redactor)**',
    ...reports.map((report) => share(sum([...report.negatives.entries()].filter(([kind]) => !kind.startsWith('card_only')).map(([, tally]) => tally)))),
  ])
  return markdownTable(['destroyed', ...reports.map((report) => report.name)], rows)
}

function examplesMarkdown(reports: readonly Report[]): string {
  const lines: string[] = []
  for (const report of reports.filter((candidate) => isChatmask(candidate.name))) {
    const entries: string[] = []
    for (const [category, examples] of report.missed) {
      const total = report.categories.get(category)
      entries.push(`- **${category}** (${total === undefined ? '' : `${total.n - total.count} of ${total.n}`}):`)
      for (const example of examples) entries.push(`  - \`${example.replace(/`/g, "'")}\``)
    }
    for (const destroyed of report.destroyed) entries.push(`- destroyed ${destroyed.kind}: \`${JSON.stringify(destroyed.text)} → ${JSON.stringify(destroyed.output)}\``)
    for (const altered of report.altered) entries.push(`- altered corpus message: \`${JSON.stringify(altered.text)} → ${JSON.stringify(altered.output)}\``)
    lines.push(`#### ${report.name}`, '', entries.length === 0 ? 'Nothing missed, destroyed or altered.' : entries.join('\n'), '')
  }
  return lines.join('\n')
}

function peersMarkdown(peers: readonly LoadedPeer[], reports: readonly Report[]): string {
  const rows = peers.map((peer) => {
    if (!peer.ok) return [peer.packageName, '', `**failed**: ${peer.error}`, '', '']
    const report = reports.find((candidate) => candidate.name === peer.adapter.name)
    return [
      peer.adapter.name,
      peer.adapter.version,
      peer.adapter.configuration,
      report === undefined ? '' : `${significant(report.seconds)} s`,
      report === undefined ? '' : `${report.errors.count}${report.errors.first === undefined ? '' : ` (first: ${report.errors.first})`}`,
    ]
  })
  return markdownTable(['peer', 'version', 'configuration', 'eval time', 'calls that threw'], rows, ['l', 'l', 'l', 'r', 'l'])
}

function render(args: Arguments, set: readonly EvalCase[], harmless: HarmlessSets, peers: readonly LoadedPeer[], reports: readonly Report[]): string {
  const counts = new Map<string, number>()
  for (const testCase of set) counts.set(testCase.category, (counts.get(testCase.category) ?? 0) + 1)
  const allTally = (report: Report) => share(report.harmlessSample)
  return [
    '## Accuracy',
    '',
    machineMarkdown(machineInfo()),
    `- Labelled set: ${set.length.toLocaleString('en-US')} generated cases, seed ${args.seed} (\`npm run eval -- --seed ${args.seed}\` reproduces it), clock ${EVAL_NOW.toISOString().slice(0, 10)}; harmless text: every ${HARMLESS_STEP}th corpus utterance (${harmless.sample.length.toLocaleString('en-US')}) for every redactor, all ${harmless.full.length.toLocaleString('en-US')} for chatmask.`,
    `- \`${OURS_ALL}\` and \`${OURS_PCI}\` run with default options; \`${OURS_ALL_REGIONS}\` is \`${OURS_ALL}\` with \`phoneRegions: [${EVAL_PHONE_REGIONS.map((region) => `'${region}'`).join(', ')}]\` (the default is US and GB: national numbers of other regions are not looked for unless configured).`,
    `- chatmask runs through its own APIs (batch \`redact()\`, \`conversation()\` for split messages, \`stream()\` + \`preview()\` for keystrokes); each peer gets one call per message, and for keystrokes one call per key on the whole draft so far (a typing preview without a stream API).`,
    '',
    '### Targets',
    '',
    targetsTable(reports),
    '',
    '### Recall: share of sensitive values hidden',
    '',
    ...peers.flatMap((peer) => (peer.ok ? [] : [`**Not scored** — \`${peer.packageName}\` failed to install or load: ${peer.error}`, ''])),
    'Card: no digit outside the first 6 and last 4 visible (PCI DSS 3.4.1). Expiry, CVV: no digit visible. Phone: at most 4 digits visible besides a "+" country code. IBAN: at most 4 digits visible. Email: the local part (before any +tag) gone.',
    '',
    categoryTable(reports, ['positive'], recallCell, [
      { name: '**Phones, all**', cells: (report) => (report.scope === 'pci' ? '— (card-only)' : share(sum(['phone_international', 'phone_national_default', 'phone_national_other'].map((id) => report.categories.get(id))))) },
    ]),
    '',
    '### Leak rate on split and keystroke input',
    '',
    'A case leaks when any version of any message (every amendment included), or any state of the typing preview, shows more of a value than the rule above allows.',
    '',
    categoryTable(reports, ['split', 'keystroke'], (tally) => leakRate(tally)),
    '',
    '### Harmless corpus messages altered',
    '',
    `For redactors that look for phones and emails, utterances with phone- or email-like text are left out (${(harmless.full.length - harmlessFor(harmless.full, 'all').length).toLocaleString('en-US')} of the full corpus); a card-only redactor is scored on all of them.`,
    '',
    markdownTable(
      ['', ...reports.map((report) => report.name)],
      [
        [`every ${HARMLESS_STEP}th utterance`, ...reports.map(allTally)],
        ['all utterances', ...reports.map((report) => share(report.harmlessFull))],
      ],
    ),
    '',
    '### Harmless numbers destroyed',
    '',
    'A number is destroyed when its exact text no longer appears in the output.',
    '',
    negativeTable(reports),
    '',
    '### Breakdowns',
    '',
    'Card numbers by brand:',
    '',
    facetTable(reports, 'card', ['brand']),
    '',
    'Card numbers by how they are written:',
    '',
    facetTable(reports, 'card', ['style', 'grouping', 'separators', 'digits']),
    '',
    'Card numbers in chat formatting:',
    '',
    facetTable(reports, 'card_markup', ['markup']),
    '',
    'Phones (international):',
    '',
    facetTable(reports.filter((report) => report.scope === 'all'), 'phone_international', ['region', 'format']),
    '',
    'Phones (national):',
    '',
    facetTable(reports.filter((report) => report.scope === 'all'), 'phone_national_other', ['region']),
    '',
    facetTable(reports.filter((report) => report.scope === 'all'), 'phone_national_default', ['region', 'format']),
    '',
    'Expiry dates with a keyword, by format and phrase:',
    '',
    facetTable(reports, 'expiry', ['format', 'phrase']),
    '',
    'CVVs with a keyword, by phrase:',
    '',
    facetTable(reports, 'cvv', ['phrase', 'length']),
    '',
    'Split messages, by card style:',
    '',
    facetTable(reports, 'split_same_sender', ['style']),
    '',
    '### Peers',
    '',
    peersMarkdown(peers, reports),
    '',
    '### What chatmask missed, destroyed or altered (examples)',
    '',
    'Generated test data (no real card), and corpus utterances.',
    '',
    examplesMarkdown(reports),
  ].join('\n')
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2))
  const log = (line: string) => console.log(line)
  const started = performance.now()
  const set = generateEvalSet({ seed: args.seed, scale: args.quick ? 0.1 : 1 })
  log(`eval: ${set.length} generated cases (seed ${args.seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const step = args.quick ? QUICK_HARMLESS_STEP : HARMLESS_STEP
  // Only the sample is kept while the peers run: @arcjet/redact's cost per call grows with the heap.
  const sampled = loadUtterances().filter((_, index) => index % step === 0)

  const reports: Report[] = []
  const peers: LoadedPeer[] = []
  if (args.peers) {
    const installError = ensurePeersInstalled(log)
    // Each peer is loaded just before it runs, the most heap-sensitive first, while little else is loaded.
    const order = [...PEER_DEFINITIONS].sort((a, b) => Number(b.packageName === HEAP_SENSITIVE_PEER) - Number(a.packageName === HEAP_SENSITIVE_PEER))
    for (const definition of order) {
      const peer = await loadPeer(definition, installError, log)
      peers.push(peer)
      if (!peer.ok) continue
      log(`eval: ${peer.adapter.name}`)
      reports.push(await evaluate(peerRedactor(peer), set, { sample: harmlessFor(sampled, 'all'), full: [] }, log))
    }
  }
  const utterances = loadUtterances()
  for (const redactor of chatmaskRedactors()) {
    log(`eval: ${redactor.name}`)
    const harmless = { sample: harmlessFor(sampled, redactor.scope), full: args.quick ? [] : harmlessFor(utterances, redactor.scope) }
    reports.push(await evaluate(redactor, set, harmless, log))
  }
  // Columns: chatmask first, then the peers in their usual order.
  const columnOrder = [OURS_ALL, OURS_PCI, OURS_ALL_REGIONS, ...PEER_DEFINITIONS.map((definition) => definition.packageName)]
  reports.sort((a, b) => columnOrder.indexOf(a.name) - columnOrder.indexOf(b.name))
  peers.sort((a, b) => columnOrder.indexOf(a.packageName) - columnOrder.indexOf(b.packageName))
  const markdown = render(args, set, { sample: sampled, full: utterances }, peers, reports)
  if (args.write) {
    writeSection('eval', markdown)
    log(`eval: wrote bench/RESULTS.md (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  } else {
    console.log(markdown)
  }
}

await main()
