/**
 * The Accuracy section of bench/RESULTS.md, from the reports of one run: a
 * summary in the shape of the README's accuracy table, the targets, recall and
 * leak tables per family with every peer side by side, breakdowns, and the
 * examples chatmask missed.
 */
import { markdownTable, percent, significant } from '../lib/format.js'
import { machineInfo, machineMarkdown } from '../lib/machine.js'
import { OURS_ALL, OURS_PCI } from '../lib/ours-names.js'
import { DEFAULT_PHONE_REGIONS } from '../../src/data/phone-regions.js'
import { CATEGORIES, EVAL_NOW, NEGATIVE_KINDS_OUT_OF_TOTAL, negativeTitle, type CategorySpec } from './generate.js'
import { FLOW_NEGATIVE_LEAKS, isChatmask, type Report, type Tally } from './evaluate.js'
import { harmlessFor, type HarmlessSets } from './harmless.js'
import type { EvalCase, NegativeKind } from './labels.js'
import { EVAL_PHONE_REGIONS, OURS_ALL_REGIONS } from './redactor.js'

/** What the table needs of a peer: how it was run, or why it could not be. */
export type PeerInfo =
  | { readonly ok: true; readonly packageName: string; readonly name: string; readonly version: string; readonly configuration: string }
  | { readonly ok: false; readonly packageName: string; readonly error: string }

export interface RenderInput {
  readonly seed: number
  readonly harmlessStep: number
  readonly set: readonly EvalCase[]
  readonly harmless: HarmlessSets
  /** Whether chatmask was scored on every utterance (not in --quick). */
  readonly fullCorpus: boolean
  readonly peers: readonly PeerInfo[]
  readonly reports: readonly Report[]
  readonly seconds: number
}

// ---------------------------------------------------------------------------
// Families: which categories make up each row group

const PHONE_IDS = ['phone_international', 'phone_national_default', 'phone_national_other', 'phone_examples_default_regions', 'phone_examples_every_region']
const NON_PCI_IDS = [...PHONE_IDS, 'email', 'iban']

/** Card families issue 12 added (beside the original `card` and `card_markup`). */
const NEW_CARD_IDS = ['card_issuer_rows', 'card_unlisted_context', 'card_mixed_separators', 'card_weak_separators', 'card_unusual_gaps', 'card_parentheses', 'card_commas', 'card_dumps', 'card_urls', 'card_decorated_digits']
const VOCABULARY_IDS = ['vocab_cvv', 'vocab_expiry', 'vocab_misspelled', 'vocab_glued', 'vocab_month_names', 'details_decorated_digits']
const FLOW_IDS = ['flow_cvv', 'flow_expiry', 'flow_details', 'flow_card_number']
/** Every tally of card data in a flow: the four asking categories and the card data of the harmless-answer flows. */
const FLOW_LEAK_IDS = [...FLOW_IDS, FLOW_NEGATIVE_LEAKS]
const SPLIT_AND_KEYSTROKE_IDS = ['split_same_sender', 'split_agent_between', 'split_details', 'keystroke_card', 'keystroke_card_details']
const PHONE_FALSE_POSITIVE_KINDS: readonly NegativeKind[] = ['invoice_reference', 'ipv4_address', 'serial_number', 'tracking_usps']

const RECALL_GROUPS: readonly { readonly title: string; readonly ids: readonly string[] }[] = [
  { title: 'Card numbers', ids: ['card', 'card_markup', ...NEW_CARD_IDS] },
  { title: 'Expiry dates and CVVs', ids: ['expiry', 'cvv', 'combo_keywords', 'combo_adjacent', ...VOCABULARY_IDS] },
  { title: 'Phones', ids: PHONE_IDS },
  { title: 'Emails and IBANs', ids: ['email', 'iban'] },
]

// ---------------------------------------------------------------------------
// Cells

export function share(tally: Tally | undefined): string {
  if (tally === undefined || tally.n === 0) return 'n/a'
  return `${percent(tally.count, tally.n)} (${tally.count}/${tally.n})`
}

export function sum(tallies: readonly (Tally | undefined)[]): Tally {
  return tallies.reduce<Tally>((total, tally) => ({ n: total.n + (tally?.n ?? 0), count: total.count + (tally?.count ?? 0) }), { n: 0, count: 0 })
}

/** What did NOT succeed: leaks of a leak tally, alterations of a "passed" tally. */
export function failureRate(tally: Tally | undefined): string {
  if (tally === undefined || tally.n === 0) return 'n/a'
  const failed = tally.n - tally.count
  return `${percent(failed, tally.n)} (${failed}/${tally.n})`
}

function ofIds(report: Report, ids: readonly string[]): Tally {
  return sum(ids.map((id) => report.categories.get(id)))
}

function inScope(report: Report, ids: readonly string[]): boolean {
  return report.scope !== 'pci' || !ids.every((id) => NON_PCI_IDS.includes(id))
}

function destroyedOf(report: Report, kinds?: readonly string[]): Tally {
  return sum([...report.negatives.entries()].filter(([kind]) => !kind.startsWith('card_only') && (kinds === undefined ? !NEGATIVE_KINDS_OUT_OF_TOTAL.includes(kind as NegativeKind) : kinds.includes(kind))).map(([, tally]) => tally))
}

// ---------------------------------------------------------------------------
// Summary: the README's accuracy table

interface SummaryRow {
  readonly name: string
  /** The tally of one report, or undefined when out of its scope. */
  readonly measure: (report: Report) => Tally | undefined
  /** true: the share that succeeded is shown (higher is better); false: the share that failed (lower is better). */
  readonly higherIsBetter: boolean
  /** The tally counts failures (destroyed numbers, altered messages) rather than successes. */
  readonly countsFailures?: boolean
}

const SUMMARY_ROWS: readonly SummaryRow[] = [
  { name: 'cards found with no middle digit visible, every brand and format', measure: (report) => report.categories.get('card'), higherIsBetter: true },
  { name: 'cards in the families of issue 12 (every issuer row, unlisted schemes in context, separators, commas, dumps, URLs, Unicode digits)', measure: (report) => ofIds(report, NEW_CARD_IDS), higherIsBetter: true },
  { name: 'cards in chat formatting (Markdown, glued card words)', measure: (report) => report.categories.get('card_markup'), higherIsBetter: true },
  { name: 'expiry dates / CVVs with an English keyword', measure: (report) => ofIds(report, ['expiry', 'cvv']), higherIsBetter: true },
  { name: 'expiry / CVV vocabulary in 9 languages (keywords, misspellings, glued, month names, Unicode digits)', measure: (report) => ofIds(report, VOCABULARY_IDS), higherIsBetter: true },
  { name: 'agent/customer flows that leak card data (the agent asks for it; or it was given before the agent asks for something else)', measure: (report) => ofIds(report, FLOW_LEAK_IDS), higherIsBetter: false },
  { name: 'agent asks for an order number, postcode, room, guests: answers altered', measure: (report) => report.categories.get('flow_negative'), higherIsBetter: false },
  { name: 'cards split over two messages or typed key by key that leak', measure: (report) => ofIds(report, SPLIT_AND_KEYSTROKE_IDS), higherIsBetter: false },
  { name: 'harmless corpus messages altered', measure: (report) => report.harmlessFull ?? report.harmlessSample, higherIsBetter: false, countsFailures: true },
  { name: 'harmless numbers destroyed (order, tracking, IMEI, ISBN, dates, invoice refs, serials, URLs, …)', measure: (report) => destroyedOf(report), higherIsBetter: false, countsFailures: true },
  { name: 'phones, libphonenumber examples: default regions (national) and every region (international)', measure: (report) => (report.scope === 'pci' ? undefined : ofIds(report, ['phone_examples_default_regions', 'phone_examples_every_region'])), higherIsBetter: true },
  { name: 'phones, generated numbers of 7 regions (international and national)', measure: (report) => (report.scope === 'pci' ? undefined : ofIds(report, ['phone_international', 'phone_national_default', 'phone_national_other'])), higherIsBetter: true },
  { name: 'emails / IBANs', measure: (report) => (report.scope === 'pci' ? undefined : ofIds(report, ['email', 'iban'])), higherIsBetter: true },
]

/** The figure a row shows, as a percentage: successes, or failures for "lower is better" rows. */
function rowValue(row: SummaryRow, tally: Tally): number {
  if (row.countsFailures === true) return (100 * tally.count) / tally.n
  return row.higherIsBetter ? (100 * tally.count) / tally.n : (100 * (tally.n - tally.count)) / tally.n
}

function rowCell(row: SummaryRow, tally: Tally | undefined): string {
  if (tally === undefined || tally.n === 0) return 'n/a'
  if (row.countsFailures === true) return share(tally)
  return row.higherIsBetter ? share(tally) : failureRate(tally)
}

function summaryTable(reports: readonly Report[]): string {
  const ours = reports.find((report) => report.name === OURS_ALL)
  const peers = reports.filter((report) => !isChatmask(report.name))
  const rows = SUMMARY_ROWS.map((row) => {
    const scored = peers.flatMap((report) => {
      const tally = row.measure(report)
      return tally === undefined || tally.n === 0 ? [] : [{ report, value: rowValue(row, tally), tally }]
    })
    const best = [...scored].sort((a, b) => (row.higherIsBetter ? b.value - a.value : a.value - b.value))[0]
    const values = scored.map((entry) => entry.value)
    const range = values.length === 0 ? 'n/a' : `${significant(Math.min(...values), 3)}% – ${significant(Math.max(...values), 3)}%`
    return [row.name, ours === undefined ? 'n/a' : `**${rowCell(row, row.measure(ours))}**`, best === undefined ? 'n/a' : `${rowCell(row, best.tally)} (${best.report.name})`, range]
  })
  return markdownTable(['', OURS_ALL, 'best peer', "peers' range"], rows, ['l', 'r', 'r', 'r'])
}

// ---------------------------------------------------------------------------
// Targets

interface TargetRow {
  readonly name: string
  readonly goal: string
  /** Whether higher is better. */
  readonly atLeast: boolean
  /** Percent. */
  readonly threshold: number
  readonly measure: (report: Report) => Tally | undefined
  /** The tally counts successes but the goal is on failures (leaks, alterations). */
  readonly invert?: boolean
}

/** The goals of the earlier issues, then issue 12's ("Done when": cards ≥ 99.5%, CVV ≥ 98%, expiry ≥ 99%, phones ≥ 95%, harmless ≤ 1%, 0 flow leaks). */
const TARGETS: readonly TargetRow[] = [
  { name: 'Cards: no middle digit visible (every brand and format)', goal: '100%', atLeast: true, threshold: 100, measure: (report) => report.categories.get('card') },
  { name: 'Cards, families of issue 12', goal: '≥ 99.5%', atLeast: true, threshold: 99.5, measure: (report) => ofIds(report, NEW_CARD_IDS) },
  { name: 'Expiry/CVV with context (English keyword or card)', goal: '≥ 99%', atLeast: true, threshold: 99, measure: (report) => ofIds(report, ['expiry', 'cvv', 'combo_keywords', 'combo_adjacent']) },
  { name: 'CVV vocabulary, 9 languages (keywords, misspellings, glued)', goal: '≥ 98%', atLeast: true, threshold: 98, measure: (report) => sum([report.categories.get('vocab_cvv'), report.facets.get('vocab_misspelled')?.get('value')?.get('cvv'), report.categories.get('vocab_glued')]) },
  { name: 'Expiry vocabulary, 9 languages (keywords, misspellings, month names)', goal: '≥ 99%', atLeast: true, threshold: 99, measure: (report) => sum([report.categories.get('vocab_expiry'), report.facets.get('vocab_misspelled')?.get('value')?.get('expiry'), report.categories.get('vocab_month_names')]) },
  { name: 'Phones, libphonenumber examples (default regions national, every region international)', goal: '≥ 95%', atLeast: true, threshold: 95, measure: (report) => (report.scope === 'pci' ? undefined : ofIds(report, ['phone_examples_default_regions', 'phone_examples_every_region'])) },
  { name: 'Phones, generated numbers of 7 regions', goal: '≥ 97%', atLeast: true, threshold: 97, measure: (report) => (report.scope === 'pci' ? undefined : ofIds(report, ['phone_international', 'phone_national_default', 'phone_national_other'])) },
  { name: 'Emails', goal: '100%', atLeast: true, threshold: 100, measure: (report) => (report.scope === 'pci' ? undefined : report.categories.get('email')) },
  { name: 'Harmless corpus messages altered', goal: '≤ 0.5%', atLeast: false, threshold: 0.5, measure: (report) => report.harmlessFull ?? report.harmlessSample },
  { name: 'Phone false-positive shapes destroyed (invoice refs, IPv4, serials, USPS tracking)', goal: '≤ 1%', atLeast: false, threshold: 1, measure: (report) => destroyedOf(report, PHONE_FALSE_POSITIVE_KINDS) },
  { name: 'Leak rate, agent-question flows (card data asked for, and card data given before a question for something else)', goal: '0%', atLeast: false, threshold: 0, invert: true, measure: (report) => ofIds(report, FLOW_LEAK_IDS) },
  { name: 'Answers to questions for other numbers altered', goal: '≤ 1%', atLeast: false, threshold: 1, invert: true, measure: (report) => report.categories.get('flow_negative') },
  { name: 'Leak rate, split and keystroke input', goal: '0%', atLeast: false, threshold: 0, invert: true, measure: (report) => ofIds(report, SPLIT_AND_KEYSTROKE_IDS) },
]

function targetCell(target: TargetRow, report: Report): string {
  const tally = target.measure(report)
  if (tally === undefined || tally.n === 0) return 'n/a (not in scope)'
  const value = target.invert === true ? (100 * (tally.n - tally.count)) / tally.n : (100 * tally.count) / tally.n
  const shown = target.invert === true ? failureRate(tally) : share(tally)
  const met = target.atLeast ? value >= target.threshold : value <= target.threshold
  if (met) return `${shown} — **met**`
  return `${shown} — **missed by ${significant(Math.abs(value - target.threshold), 2)} points**`
}

function targetsTable(reports: readonly Report[]): string {
  const ours = reports.filter((report) => isChatmask(report.name))
  return markdownTable(
    ['target', 'goal', ...ours.map((report) => report.name)],
    TARGETS.map((target) => [target.name, target.goal, ...ours.map((report) => targetCell(target, report))]),
    ['l', 'l', ...ours.map(() => 'l' as const)],
  )
}

// ---------------------------------------------------------------------------
// Per-category and per-facet tables

function categoryRows(reports: readonly Report[], ids: readonly string[], cell: (tally: Tally | undefined, report: Report, category: CategorySpec) => string): string[][] {
  return CATEGORIES.filter((category) => ids.includes(category.id)).map((category) => [category.title, ...reports.map((report) => cell(report.categories.get(category.id), report, category))])
}

function recallCell(tally: Tally | undefined, report: Report, category: CategorySpec): string {
  if (report.scope === 'pci' && NON_PCI_IDS.includes(category.id)) return '— (card-only)'
  return share(tally)
}

function recallTables(reports: readonly Report[]): string {
  const header = ['', ...reports.map((report) => report.name)]
  return RECALL_GROUPS.map((group) => {
    const rows = categoryRows(reports, group.ids, recallCell)
    rows.push([`**${group.title}, all**`, ...reports.map((report) => (inScope(report, group.ids) ? `**${share(ofIds(report, group.ids.filter((id) => report.scope !== 'pci' || !NON_PCI_IDS.includes(id))))}**` : '— (card-only)'))])
    return [`#### ${group.title}`, '', markdownTable(header, rows)].join('\n')
  }).join('\n\n')
}

function facetTable(reports: readonly Report[], category: string, facets: readonly string[], onlyFailing = false): string {
  const rows: string[][] = []
  for (const facet of facets) {
    const values = new Set<string>()
    for (const report of reports) for (const value of report.facets.get(category)?.get(facet)?.keys() ?? []) values.add(value)
    for (const value of [...values].sort()) {
      const tallies = reports.map((report) => report.facets.get(category)?.get(facet)?.get(value))
      if (onlyFailing && tallies.every((tally) => tally === undefined || tally.count === tally.n)) continue
      rows.push([`${facet}: ${value}`, ...tallies.map(share)])
    }
  }
  if (rows.length === 0) return '_Nothing to show: every value of these facets was hidden by every redactor._'
  return markdownTable(['', ...reports.map((report) => report.name)], rows)
}

/** A facet table of leak or alteration rates (flows). */
function facetFailureTable(reports: readonly Report[], category: string, facets: readonly string[]): string {
  const rows: string[][] = []
  for (const facet of facets) {
    const values = new Set<string>()
    for (const report of reports) for (const value of report.facets.get(category)?.get(facet)?.keys() ?? []) values.add(value)
    for (const value of [...values].sort()) rows.push([`${facet}: ${value}`, ...reports.map((report) => failureRate(report.facets.get(category)?.get(facet)?.get(value)))])
  }
  return markdownTable(['', ...reports.map((report) => report.name)], rows)
}

/** Keys of one facet that chatmask (every detector, defaults) did not always get right. */
function chatmaskMisses(reports: readonly Report[], category: string, facet: string): string {
  const ours = reports.find((report) => report.name === OURS_ALL)
  const missed = [...(ours?.facets.get(category)?.get(facet)?.entries() ?? [])].filter(([, tally]) => tally.count < tally.n).map(([value, tally]) => `${value} (${tally.count}/${tally.n})`)
  return missed.length === 0 ? `${OURS_ALL} hid every one.` : `${OURS_ALL} missed some in: ${missed.sort().join(', ')}.`
}

function negativeTable(reports: readonly Report[]): string {
  const kinds = new Set<string>()
  for (const report of reports) for (const kind of report.negatives.keys()) kinds.add(kind)
  const ordered = [...kinds].sort((a, b) => Number(a.startsWith('card_only')) - Number(b.startsWith('card_only')) || a.localeCompare(b))
  const title = (kind: string) => (kind.startsWith('card_only_') ? `${kind.slice('card_only_'.length)}s, in a card-only check` : negativeTitle(kind as NegativeKind))
  const rows = ordered.map((kind) => [title(kind), ...reports.map((report) => share(report.negatives.get(kind)))])
  rows.push(['**all harmless numbers (same kinds for every redactor; IPv4 left out)**', ...reports.map((report) => share(destroyedOf(report)))])
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

function peersMarkdown(peers: readonly PeerInfo[], reports: readonly Report[]): string {
  const rows = peers.map((peer) => {
    if (!peer.ok) return [peer.packageName, '', `**failed**: ${peer.error}`, '', '']
    const report = reports.find((candidate) => candidate.name === peer.name)
    return [
      peer.name,
      peer.version,
      peer.configuration,
      report === undefined ? '' : `${significant(report.seconds)} s`,
      report === undefined ? '' : `${report.errors.count}${report.errors.first === undefined ? '' : ` (first: ${report.errors.first})`}`,
    ]
  })
  return markdownTable(['peer', 'version', 'configuration', 'time in its calls', 'calls that threw'], rows, ['l', 'l', 'l', 'r', 'l'])
}

// ---------------------------------------------------------------------------

export function render(input: RenderInput): string {
  const { reports, harmless, peers, set } = input
  const all = reports.filter((report) => report.scope === 'all')
  return [
    '## Accuracy',
    '',
    machineMarkdown(machineInfo()),
    `- Labelled set: ${set.length.toLocaleString('en-US')} generated cases in ${CATEGORIES.length} categories, seed ${input.seed} (\`npm run eval -- --seed ${input.seed}\` reproduces it), clock ${EVAL_NOW.toISOString().slice(0, 10)}; harmless text: every ${input.harmlessStep}th corpus utterance (${harmless.sample.length.toLocaleString('en-US')}) for every redactor, ${input.fullCorpus ? `all ${harmless.full.length.toLocaleString('en-US')} for chatmask` : 'the same for chatmask (--quick)'}. Whole run ${significant(input.seconds)} s.`,
    `- \`${OURS_ALL}\` and \`${OURS_PCI}\` run with default options (national phone numbers of the ${DEFAULT_PHONE_REGIONS.length} \`DEFAULT_PHONE_REGIONS\`: ${DEFAULT_PHONE_REGIONS.join(' ')}); \`${OURS_ALL_REGIONS}\` is \`${OURS_ALL}\` with \`phoneRegions\` set to those plus the other regions the set draws national numbers from (${EVAL_PHONE_REGIONS.filter((region) => !DEFAULT_PHONE_REGIONS.includes(region)).join(', ')}).`,
    `- chatmask runs through its own APIs (batch \`redact()\`, \`conversation()\` with each message's sender for split messages and agent/customer flows, \`stream()\` + \`preview()\` for keystrokes); each peer runs in a process of its own and gets one call per message (a conversation's messages each on its own), and for keystrokes one call per key on the whole draft so far (a typing preview without a stream API).`,
    '- Words: each vocabulary family draws half from chatmask\'s own tables (`src/data/vocabulary/*.ts`) and half from words written for the evaluation (`bench/eval/families/languages.ts`), a facet each, so no figure rests only on the tables the detectors read; month names come from the engine\'s CLDR data (`Intl.DateTimeFormat`).',
    '',
    '### Summary',
    '',
    `The README's accuracy table, re-run: \`${OURS_ALL}\` (defaults) against the best of the five npm peers on each row, and the peers' range. Each row's figure is the share found, or for "leak", "altered" and "destroyed" rows the share that went wrong.`,
    '',
    summaryTable(reports),
    '',
    '### Targets',
    '',
    targetsTable(reports),
    '',
    '### Recall: share of sensitive values hidden',
    '',
    ...peers.flatMap((peer) => (peer.ok ? [] : [`**Not scored** — \`${peer.packageName}\` failed to install or load: ${peer.error}`, ''])),
    'Card: no digit outside the first 6 and last 4 visible (PCI DSS 3.4.1). Expiry, CVV: no digit visible (and for "Dec 2029" the month name gone). Phone: at most 4 digits visible besides a "+" country code. IBAN: at most 4 digits visible. Email: the local part (before any +tag) gone. A message with several values counts as hidden only when all are.',
    '',
    recallTables(reports),
    '',
    '### Agent/customer flows',
    '',
    'The agent asks for card data in one of 9 languages and the customer\'s next message holds only the value; a flow leaks when any version of any message (every amendment included) shows a labelled digit. The other way round, the agent asks for an order number, a postcode, a room or a number of guests, and the customer\'s number must pass unchanged in its message\'s final text (also after the customer gave a card and a CVV).',
    '',
    markdownTable(
      ['', ...reports.map((report) => report.name)],
      [
        ...categoryRows(reports, FLOW_IDS, (tally) => `leaks ${failureRate(tally)}`),
        ['Card and CVV given before the agent asks for an order number, postcode, room or guests', ...reports.map((report) => `leaks ${failureRate(report.categories.get(FLOW_NEGATIVE_LEAKS))}`)],
        ['**card data in every flow**', ...reports.map((report) => `**leaks ${failureRate(ofIds(report, FLOW_LEAK_IDS))}**`)],
        ...categoryRows(reports, ['flow_negative'], (tally) => `altered ${failureRate(tally)}`),
      ],
    ),
    '',
    'Flows asking for card data, leak rate by language, question source, answer and shape (the four categories together):',
    '',
    flowFacetTable(reports),
    '',
    'Answers to questions for other numbers, altered, by question, shape and language:',
    '',
    facetFailureTable(reports, 'flow_negative', ['asked', 'shape', 'language']),
    '',
    '### Leak rate on split and keystroke input',
    '',
    'A case leaks when any version of any message (every amendment included), or any state of the typing preview, shows more of a value than the rule above allows.',
    '',
    markdownTable(['', ...reports.map((report) => report.name)], categoryRows(reports, SPLIT_AND_KEYSTROKE_IDS, (tally) => failureRate(tally))),
    '',
    '### Harmless corpus messages altered',
    '',
    `For redactors that look for phones and emails, utterances with phone- or email-like text are left out (${(harmless.full.length - harmlessFor(harmless.full, 'all').length).toLocaleString('en-US')} of the full corpus); a card-only redactor is scored on all of them.`,
    '',
    markdownTable(
      ['', ...reports.map((report) => report.name)],
      [
        [`every ${input.harmlessStep}th utterance`, ...reports.map((report) => share(report.harmlessSample))],
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
    'Every row and length of the issuer table, by brand and length:',
    '',
    facetTable(reports, 'card_issuer_rows', ['brand', 'length']),
    '',
    'Unlisted schemes after a card word, by language and source of the word:',
    '',
    facetTable(reports, 'card_unlisted_context', ['language', 'source', 'length', 'grouping']),
    '',
    'Separators (weak, unusual gaps, brackets, commas, dumps, URLs):',
    '',
    facetTable(reports, 'card_weak_separators', ['separator']),
    '',
    facetTable(reports, 'card_unusual_gaps', ['gap']),
    '',
    facetTable(reports, 'card_parentheses', ['form']),
    '',
    facetTable(reports, 'card_commas', ['form']),
    '',
    facetTable(reports, 'card_dumps', ['form']),
    '',
    facetTable(reports, 'card_urls', ['part', 'form']),
    '',
    `Mixed separators: ${chatmaskMisses(reports, 'card_mixed_separators', 'mix')}`,
    '',
    'Digits outside ASCII:',
    '',
    facetTable(reports, 'card_decorated_digits', ['script']),
    '',
    facetTable(reports, 'details_decorated_digits', ['script', 'value']),
    '',
    'Card numbers in chat formatting:',
    '',
    facetTable(reports, 'card_markup', ['markup']),
    '',
    'Vocabulary, by language and source of the keyword:',
    '',
    facetTable(reports, 'vocab_cvv', ['language', 'source', 'casing']),
    '',
    facetTable(reports, 'vocab_expiry', ['language', 'source', 'format']),
    '',
    facetTable(reports, 'vocab_misspelled', ['value', 'language']),
    '',
    facetTable(reports, 'vocab_glued', ['form', 'language']),
    '',
    facetTable(reports, 'vocab_month_names', ['language', 'style', 'context']),
    '',
    `Keywords ${OURS_ALL} missed at least once: CVV — ${keywordMisses(reports, 'vocab_cvv')}; expiry — ${keywordMisses(reports, 'vocab_expiry')}; misspelled — ${keywordMisses(reports, 'vocab_misspelled')}.`,
    '',
    'Expiry dates and CVVs with an English keyword, by format and phrase:',
    '',
    facetTable(reports, 'expiry', ['format', 'phrase']),
    '',
    facetTable(reports, 'cvv', ['phrase', 'length']),
    '',
    'Phones (libphonenumber examples):',
    '',
    facetTable(all, 'phone_examples_default_regions', ['region', 'kind', 'writing']),
    '',
    facetTable(all, 'phone_examples_every_region', ['zone', 'writing']),
    '',
    `Regions of the international examples: ${chatmaskMisses(all, 'phone_examples_every_region', 'region')}`,
    '',
    'Phones (generated numbers):',
    '',
    facetTable(all, 'phone_international', ['region', 'format']),
    '',
    facetTable(all, 'phone_national_default', ['region', 'format']),
    '',
    facetTable(all, 'phone_national_other', ['region']),
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

/** The four card-data flow categories' facets merged: leak rates by language, question source, answer, shape. */
function flowFacetTable(reports: readonly Report[]): string {
  const facets = ['language', 'question', 'answer', 'shape']
  const rows: string[][] = []
  for (const facet of facets) {
    const values = new Set<string>()
    for (const report of reports) for (const id of FLOW_IDS) for (const value of report.facets.get(id)?.get(facet)?.keys() ?? []) values.add(value)
    for (const value of [...values].sort()) {
      rows.push([`${facet}: ${value}`, ...reports.map((report) => failureRate(sum(FLOW_IDS.map((id) => report.facets.get(id)?.get(facet)?.get(value)))))])
    }
  }
  return markdownTable(['', ...reports.map((report) => report.name)], rows)
}

/** The keywords chatmask (defaults) did not always read, with their tallies. */
function keywordMisses(reports: readonly Report[], category: string): string {
  const ours = reports.find((report) => report.name === OURS_ALL)
  const missed = [...(ours?.facets.get(category)?.get('keyword')?.entries() ?? [])].filter(([, tally]) => tally.count < tally.n).map(([keyword, tally]) => `"${keyword}" (${tally.count}/${tally.n})`)
  return missed.length === 0 ? 'none' : missed.sort().join(', ')
}
