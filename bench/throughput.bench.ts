/**
 * Batch throughput on the real corpora, beside two ceilings measured in the same run:
 *
 * - a bare `charCodeAt` loop that counts digits: the least work any scanner
 *   must do (read every character once);
 * - a single-regex redactor, `text.replace(CARD_LIKE_RUN, mask)`: what a
 *   "regex redactor" costs at its cheapest.
 *
 * Whole text (the corpus as one transcript) and per message (one call per chat
 * line, as a chat product calls it).
 */
import { MESSAGE_SEPARATOR, utf8Bytes } from './lib/corpus.js'
import type { BenchContext, BenchFile, BenchSection } from './lib/context.js'
import { markdownTable, significant } from './lib/format.js'
import { consume, HEAVY, LIGHT, measure, type Case } from './lib/measure.js'
import { OURS_ALL, oursAll } from './lib/ours.js'
import { kib, margin, mbps, ratioCell } from './lib/rows.js'

/**
 * The representative regex redactor: a digit, 11–22 digits/spaces/hyphens, a
 * digit — every 13–24 character card-shaped run. Linear: from each start the
 * bounded `{11,22}` can backtrack at most 22 steps, so the scan is O(22·n),
 * unlike nested forms such as `/\b(?:\d[ -]*?){13,19}\b/` that backtrack on long
 * separator runs.
 */
export const CARD_LIKE_RUN = /\d[\d -]{11,22}\d/g

/** Samples for the linear-time check, beside the whole corpus. */
const SCALING_SAMPLE_BYTES = [64_000, 1_000_000]

export function regexRedact(text: string): string {
  return text.replace(CARD_LIKE_RUN, (match) => '*'.repeat(match.length))
}

const ZERO = 0x30 // "0"
const NINE = 0x39 // "9"

/** Reads every UTF-16 code unit once and counts ASCII digits. */
export function countDigits(text: string): number {
  let digits = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= ZERO && code <= NINE) digits++
  }
  return digits
}

export const throughput: BenchFile = {
  name: 'throughput',
  question: 'How fast is chatmask on real chat text, beside a bare charCodeAt loop and a single-regex redactor?',
  async run(context: BenchContext): Promise<BenchSection> {
    const redactor = oursAll()
    const wholeText = context.wholeText()
    const messages = context.messages()
    const wholeBytes = utf8Bytes(wholeText)
    const messageBytes = utf8Bytes(messages)
    const budget = context.quick ? LIGHT : HEAVY

    const whole: Case[] = [
      { name: 'charCodeAt loop', bytes: wholeBytes, fn: () => consume(countDigits(wholeText)) },
      { name: 'single regex', bytes: wholeBytes, fn: () => consume(regexRedact(wholeText)) },
      { name: OURS_ALL, bytes: wholeBytes, fn: () => consume(redactor.redact(wholeText).text) },
    ]
    const perMessage: Case[] = [
      {
        name: 'charCodeAt loop',
        bytes: messageBytes,
        units: messages.length,
        fn: () => {
          for (const message of messages) consume(countDigits(message))
        },
      },
      {
        name: 'single regex',
        bytes: messageBytes,
        units: messages.length,
        fn: () => {
          for (const message of messages) consume(regexRedact(message))
        },
      },
      {
        name: OURS_ALL,
        bytes: messageBytes,
        units: messages.length,
        fn: () => {
          for (const message of messages) consume(redactor.redact(message).text)
        },
      },
    ]
    context.log('throughput: whole text')
    const [loop, regex, ours] = await measure(whole, budget, context.log)
    context.log('throughput: per message')
    const [loopPerMessage, regexPerMessage, oursPerMessage] = await measure(perMessage, budget, context.log)

    // Linear time (DESIGN.md invariant 6): whole-text throughput should not fall as the text grows.
    const scaling: Case[] = SCALING_SAMPLE_BYTES.map((target) => {
      const text = context.sample(target).messages.join(MESSAGE_SEPARATOR)
      return { name: `${OURS_ALL} whole, ${kib(utf8Bytes(text))}`, bytes: utf8Bytes(text), fn: () => consume(redactor.redact(text).text) }
    })
    context.log('throughput: whole text at growing sizes')
    const scaled = await measure(scaling, LIGHT, context.log)

    context.figures.set('throughput.loop.whole', loop!)
    context.figures.set('throughput.regex.whole', regex!)
    context.figures.set('throughput.ours.whole', ours!)
    context.figures.set('throughput.ours.perMessage', oursPerMessage!)
    context.figures.set('throughput.regex.perMessage', regexPerMessage!)

    const rows = [
      ['whole text', 'charCodeAt loop', mbps(loop), margin(loop), ratioCell(ours, loop)],
      ['whole text', 'single regex', mbps(regex), margin(regex), ratioCell(ours, regex)],
      ['whole text', `**${OURS_ALL}**`, mbps(ours), margin(ours), '1×'],
      ['per message', 'charCodeAt loop', mbps(loopPerMessage), margin(loopPerMessage), ratioCell(oursPerMessage, loopPerMessage)],
      ['per message', 'single regex', mbps(regexPerMessage), margin(regexPerMessage), ratioCell(oursPerMessage, regexPerMessage)],
      ['per message', `**${OURS_ALL}**`, mbps(oursPerMessage), margin(oursPerMessage), '1×'],
    ]
    const perMessageMicroseconds = oursPerMessage?.microsecondsPerUnit
    const markdown = [
      `Input: both corpora, ${messages.length.toLocaleString('en-US')} messages, ${kib(messageBytes)}; whole text = the messages joined by newlines (${kib(wholeBytes)}).`,
      `Single regex: \`text.replace(${String(CARD_LIKE_RUN)}, mask)\` — linear (bounded repetition). charCodeAt loop: counts ASCII digits.`,
      '',
      markdownTable(['input', 'what', 'MB/s', '±', `${OURS_ALL} ÷ it`], rows, ['l', 'l', 'r', 'r', 'r']),
      '',
      `Whole-text throughput as the text grows (every n-th message, so the mix stays the same): ${[...scaled, ours]
        .map((item) => `${kib(item?.bytes ?? 0)} → ${mbps(item)} MB/s`)
        .join(', ')}.`,
      '',
      perMessageMicroseconds === undefined
        ? ''
        : `One \`redact()\` call per message costs ${significant(perMessageMicroseconds)} µs on average (mean message ${significant(messageBytes / messages.length)} bytes).`,
    ].join('\n')
    return { title: 'Batch throughput vs ceilings', markdown }
  },
}
