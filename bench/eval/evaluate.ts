/**
 * Runs one redactor over the labelled set and the harmless corpus sample and
 * tallies what it hid, leaked, destroyed and altered, per category and facet.
 */
import { OURS_ALL, OURS_PCI } from '../lib/ours-names.js'
import { CATEGORIES, type CategorySpec } from './generate.js'
import type { HarmlessSets } from './harmless.js'
import type { EvalCase } from './labels.js'
import { OURS_ALL_REGIONS, type EvalRedactor } from './redactor.js'
import { conversationHidden, judgeMessage, keystrokesHidden, type TypedState } from './score.js'

/**
 * The tally of the card data given earlier in a harmless-answer flow (the card,
 * the CVV before the agent asked for an order number): hidden, or leaked by
 * what the later messages did to it. Not a category of its own: the same cases.
 */
export const FLOW_NEGATIVE_LEAKS = 'flow_negative:earlier card data'

/** Examples kept per category for the "what chatmask missed" list. */
export const MAX_EXAMPLES = 6

export interface Tally {
  n: number
  /** Hidden (positives), not leaked (split, keystroke), destroyed (negatives), passed unchanged (negative flows), altered (harmless). */
  count: number
}

export interface Report {
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

export function bump(map: Map<string, Tally>, key: string, success: boolean): void {
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

function remember(map: Map<string, string[]>, key: string, entry: string): void {
  const examples = map.get(key) ?? []
  if (examples.length < MAX_EXAMPLES) examples.push(entry)
  map.set(key, examples)
}

export const isChatmask = (name: string) => name === OURS_ALL || name === OURS_PCI || name === OURS_ALL_REGIONS

const KIND_OF = new Map<string, CategorySpec['kind']>(CATEGORIES.map((category) => [category.id, category.kind]))

function record(report: Report, testCase: EvalCase, success: boolean, example: () => string): void {
  bump(report.categories, testCase.category, success)
  bumpFacets(report, testCase, success)
  if (!success) remember(report.missed, testCase.category, example())
}

async function evaluateCase(redactor: EvalRedactor, report: Report, testCase: EvalCase): Promise<void> {
  const kind = KIND_OF.get(testCase.category)
  const texts = testCase.messages.map((message) => message.text)
  if (kind === 'split' || kind === 'flow_negative') {
    const versions = await redactor.conversation(testCase.messages)
    if (kind === 'split') {
      const hidden = conversationHidden(testCase.messages, versions, redactor.placeholder)
      record(report, testCase, hidden, () => `${JSON.stringify(texts)} → ${JSON.stringify(versions)}`)
      return
    }
    // A harmless answer is judged on its message's final text: what stays on the agent's screen.
    const passed = testCase.messages.every((message, index) => {
      const final = versions[index]?.at(-1) ?? message.text
      return message.negatives.every((span) => final.includes(message.text.slice(span.start, span.end)))
    })
    record(report, testCase, passed, () => `${JSON.stringify(texts)} → ${JSON.stringify(versions.map((shown) => shown.at(-1)))}`)
    // The card and CVV given earlier in the flow must stay hidden too, whatever the later talk does to them.
    if (testCase.messages.some((message) => message.labels.length > 0)) {
      const hidden = conversationHidden(testCase.messages, versions, redactor.placeholder)
      bump(report.categories, FLOW_NEGATIVE_LEAKS, hidden)
      if (!hidden) remember(report.missed, FLOW_NEGATIVE_LEAKS, `${JSON.stringify(texts)} → ${JSON.stringify(versions)}`)
    }
    return
  }
  const message = testCase.messages[0]
  if (message === undefined) return
  if (kind === 'keystroke') {
    const leaks = (state: TypedState) => !keystrokesHidden(message, [state], redactor.placeholder)
    const states = await redactor.keystrokes(message.text, leaks)
    const leaking = states.find(leaks)
    record(report, testCase, leaking === undefined, () => `${JSON.stringify(message.text)}: typed ${JSON.stringify(leaking?.typed)} showed ${JSON.stringify(leaking?.shown)}`)
    return
  }
  const output = await redactor.redact(message.text)
  const judgement = judgeMessage(message, output, redactor.scope, redactor.placeholder)
  if (judgement.hidden !== undefined) record(report, testCase, judgement.hidden, () => `${JSON.stringify(message.text)} → ${JSON.stringify(output)}`)
  for (const negative of judgement.negatives) {
    bump(report.negatives, negative.kind, negative.destroyed)
    if (negative.destroyed && report.destroyed.length < 4 * MAX_EXAMPLES && report.destroyed.filter((entry) => entry.kind === negative.kind).length < 2) {
      report.destroyed.push({ kind: negative.kind, text: message.text, output })
    }
  }
}

/** Scores `redactor` on `set`, then on the harmless utterances (the full corpus only for chatmask). */
export async function evaluate(redactor: EvalRedactor, set: readonly EvalCase[], harmless: HarmlessSets, log: (line: string) => void): Promise<Report> {
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
  for (const testCase of set) await evaluateCase(redactor, report, testCase)
  for (const utterance of harmless.sample) {
    const output = await redactor.redact(utterance.text)
    report.harmlessSample.n++
    if (output !== utterance.text) report.harmlessSample.count++
  }
  if (harmless.full.length > 0) {
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
  report.seconds = redactor.seconds?.() ?? (performance.now() - started) / 1000
  log(`  ${redactor.name}: ${report.seconds.toFixed(1)} s, ${redactor.errors.count} errors`)
  return report
}
