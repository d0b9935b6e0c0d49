/**
 * chatmask beside the npm peers on the same input: a sample of the corpora,
 * because some peers manage well under 1 MB/s. One call per message (as a chat
 * product calls a redactor) and one call on the whole sample. Each peer runs in
 * a process of its own (lib/peer-child.ts). Throughput is normalised to MB/s so
 * the ratios hold whatever the sample size.
 */
import { MESSAGE_SEPARATOR, utf8Bytes } from './lib/corpus.js'
import type { BenchContext, BenchFile, BenchSection } from './lib/context.js'
import { markdownTable } from './lib/format.js'
import { consume, LIGHT, measure, type Case, type Measured } from './lib/measure.js'
import { measurePeerInChild } from './lib/peer-child.js'
import { OURS_ALL, OURS_PCI, oursAll, oursPci } from './lib/ours.js'
import { kib, margin, mbps, ratio, ratioCell } from './lib/rows.js'
import { PEER_DEFINITIONS } from './peers/adapters/index.js'

/** About 64 kB: the slowest peer needs about two seconds a pass per message. */
const PEER_SAMPLE_BYTES = 64_000
const QUICK_PEER_SAMPLE_BYTES = 8_000

export const peers: BenchFile = {
  name: 'peers',
  question: 'How does chatmask compare with the npm redaction libraries, per message and on whole text?',
  async run(context: BenchContext): Promise<BenchSection> {
    const { messages, step } = context.sample(context.quick ? QUICK_PEER_SAMPLE_BYTES : PEER_SAMPLE_BYTES)
    const whole = messages.join(MESSAGE_SEPARATOR)
    const messageBytes = utf8Bytes(messages)
    const wholeBytes = utf8Bytes(whole)

    const all = oursAll()
    const pci = oursPci()
    const ours: Case[] = [
      {
        name: `${OURS_ALL} per message`,
        bytes: messageBytes,
        units: messages.length,
        fn: () => {
          for (const message of messages) consume(all.redact(message).text)
        },
      },
      { name: `${OURS_ALL} whole`, bytes: wholeBytes, fn: () => consume(all.redact(whole).text) },
      {
        name: `${OURS_PCI} per message`,
        bytes: messageBytes,
        units: messages.length,
        fn: () => {
          for (const message of messages) consume(pci.redact(message).text)
        },
      },
      { name: `${OURS_PCI} whole`, bytes: wholeBytes, fn: () => consume(pci.redact(whole).text) },
    ]
    context.log('peers: chatmask on the peer sample')
    const [allPerMessage, allWhole, pciPerMessage, pciWhole] = (await measure(ours, LIGHT, context.log)) as [Measured, Measured, Measured, Measured]
    context.figures.set('peers.ours.perMessage', allPerMessage)
    context.figures.set('peers.ours.whole', allWhole)

    const rows: string[][] = [
      [`**${OURS_ALL}**`, '(this repo)', mbps(allPerMessage), margin(allPerMessage), mbps(allWhole), margin(allWhole), '1×', '1×'],
      [`${OURS_PCI}`, '(this repo)', mbps(pciPerMessage), margin(pciPerMessage), mbps(pciWhole), margin(pciWhole), ratioCell(allPerMessage, pciPerMessage), ratioCell(allWhole, pciWhole)],
    ]
    let fastestPerMessage: Measured | undefined
    let fastestWhole: Measured | undefined
    const configurations: string[] = []
    for (const definition of PEER_DEFINITIONS) {
      context.log(`peers: ${definition.packageName} (own process)`)
      const result = measurePeerInChild(definition.packageName, { messages }, context.quick)
      if (!result.ok) {
        rows.push([definition.packageName, '', `**failed**: ${result.error}`, '', '', '', 'n/a', 'n/a'])
        configurations.push(`- \`${definition.packageName}\`: **failed** — ${result.error}.`)
        continue
      }
      const { perMessage, whole: wholeText } = result
      if (perMessage?.mbPerSecond !== undefined && (fastestPerMessage?.mbPerSecond === undefined || perMessage.mbPerSecond > fastestPerMessage.mbPerSecond)) fastestPerMessage = perMessage
      if (wholeText?.mbPerSecond !== undefined && (fastestWhole?.mbPerSecond === undefined || wholeText.mbPerSecond > fastestWhole.mbPerSecond)) fastestWhole = wholeText
      rows.push([result.name, result.version, mbps(perMessage), margin(perMessage), mbps(wholeText), margin(wholeText), ratioCell(allPerMessage, perMessage), ratioCell(allWhole, wholeText)])
      configurations.push(`- \`${result.name}\`: ${result.configuration}.`)
    }
    if (fastestPerMessage !== undefined) context.figures.set('peers.fastest.perMessage', fastestPerMessage)
    if (fastestWhole !== undefined) context.figures.set('peers.fastest.whole', fastestWhole)

    const perMessageRatio = ratio(allPerMessage, fastestPerMessage)
    const markdown = [
      `Input: every ${step}th corpus message (${messages.length.toLocaleString('en-US')} messages, ${kib(messageBytes)}); "whole" = those messages joined by newlines. Same input for every library, each peer measured in a Node process of its own with nothing else loaded (see \`bench/lib/peer-child.ts\`: @arcjet/redact's cost per call grows with the heap).`,
      '',
      markdownTable(['library', 'version', 'per message MB/s', '±', 'whole MB/s', '±', `${OURS_ALL} ÷ it, per message`, `${OURS_ALL} ÷ it, whole`], rows),
      '',
      perMessageRatio === undefined ? '' : `Fastest peer per message: ${fastestPerMessage?.name.replace(/ per message$/, '')}; whole text: ${fastestWhole?.name.replace(/ whole$/, '')}.`,
      '',
      'Peer configurations (names, street addresses and URLs off — chatmask does not look for them; everything else as shipped):',
      '',
      ...configurations,
    ].join('\n')
    return { title: 'chatmask vs npm peers', markdown }
  },
}
