/**
 * Every detector (`chatmask`: cards, expiry dates, CVVs, phones, emails, IBANs…)
 * beside the card-only entry (`chatmask/pci`): what the PII detectors cost on
 * real chat text, and on text dense with findings, where the detectors (and
 * policies) do their work rather than the plain-text fast path.
 */
import { MESSAGE_SEPARATOR, utf8Bytes } from './lib/corpus.js'
import type { BenchContext, BenchFile, BenchSection } from './lib/context.js'
import { markdownTable, significant } from './lib/format.js'
import { consume, HEAVY, LIGHT, measure, type Case, type Measured } from './lib/measure.js'
import { OURS_ALL, OURS_PCI, oursAll, oursPci, type Redactor } from './lib/ours.js'
import { kib, margin, mbps, ratioCell } from './lib/rows.js'
import { CATEGORIES, generateEvalSet } from './eval/generate.js'

/** The evaluation's positive messages: every one holds a card, an expiry, a CVV, a phone, an email or an IBAN. */
function denseMessages(): string[] {
  const positive = CATEGORIES.filter((category) => category.kind === 'positive').map((category) => category.id)
  return generateEvalSet({ only: positive }).flatMap((testCase) => testCase.messages.map((message) => message.text))
}

export const detectors: BenchFile = {
  name: 'detectors',
  question: 'What do the PII detectors cost beside the card-only entry?',
  async run(context: BenchContext): Promise<BenchSection> {
    const entries: [string, Redactor][] = [
      [OURS_PCI, oursPci()],
      [OURS_ALL, oursAll()],
    ]
    const dense = denseMessages()
    const denseText = dense.join(MESSAGE_SEPARATOR)
    const inputs = [
      { label: 'corpora, whole text', text: context.wholeText(), messages: undefined, budget: HEAVY },
      { label: 'corpora, per message', text: undefined, messages: context.messages(), budget: HEAVY },
      { label: 'dense (every message sensitive), whole text', text: denseText, messages: undefined, budget: LIGHT },
    ]
    const rows: string[][] = []
    for (const input of inputs) {
      const cases: Case[] = entries.map(([name, redactor]) => {
        const { text, messages } = input
        if (text !== undefined) return { name, bytes: utf8Bytes(text), fn: () => consume(redactor.redact(text).text) }
        const list = messages ?? []
        return {
          name,
          bytes: utf8Bytes(list),
          units: list.length,
          fn: () => {
            for (const message of list) consume(redactor.redact(message).text)
          },
        }
      })
      context.log(`detectors: ${input.label}`)
      const [pci, all] = (await measure(cases, context.quick ? LIGHT : input.budget, context.log)) as [Measured, Measured]
      context.figures.set(`detectors.${input.label}.pci`, pci)
      context.figures.set(`detectors.${input.label}.all`, all)
      rows.push([input.label, kib(pci.bytes), mbps(pci), margin(pci), mbps(all), margin(all), ratioCell(all, pci)])
    }
    const findings = entries.map(([name, redactor]) => `${name}: ${significant(redactor.redact(denseText).findings.length, 4)}`).join(', ')
    const markdown = [
      `Dense text: the evaluation's ${dense.length.toLocaleString('en-US')} positive messages (seed-generated cards, expiry dates, CVVs, phones, emails, IBANs) joined by newlines; findings in it — ${findings}.`,
      '',
      markdownTable(['input', 'size', `${OURS_PCI} MB/s`, '±', `${OURS_ALL} MB/s`, '±', `${OURS_ALL} ÷ ${OURS_PCI}`], rows),
    ].join('\n')
    return { title: 'All detectors vs card-only', markdown }
  },
}
