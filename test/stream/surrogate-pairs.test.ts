/**
 * A stream never splits a character above U+FFFF: whatever the chunking (a
 * chunk may end between the two halves of a surrogate pair), no output chunk
 * ends with a high surrogate or starts with a low one, and the output equals
 * batch. The stream adapters and a conversation's provisional text go through
 * the same hold-back, so they are checked here too.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { restoreConversation, saveConversation } from '../../src/conversation-state.js'
import { createRedactionTransformStream, createRedactor as createFullRedactor, type Redactor } from '../../src/index.js'
import { createRedactor } from '../../src/pci.js'
import { toDigitScript } from '../helpers/cards.js'
import { cutsArbitrary, splitAt, streamChunks } from '../helpers/chunking.js'
import { assertQuietly, DIGIT_DECORATIONS, digitSetArbitrary, writeDigitsIn } from '../scanner/digit-sets.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const ENGINES: readonly (readonly [string, Redactor])[] = [
  ['chatmask/pci', createRedactor({ now })],
  ['chatmask', createFullRedactor({ now })],
]

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** Every surrogate in `text` is half of a pair (String.prototype.isWellFormed, which ES2022's types lack). */
function isWellFormed(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isHigh(code) && isLow(text.charCodeAt(index + 1))) index++
    else if (isHigh(code) || isLow(code)) return false
  }
  return true
}

/** Texts with characters above U+FFFF where a stream must cut: cards, codes and emails among emoji and mathematical letters. */
const TEXTS: readonly string[] = [
  '💳𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 🤔 exp 𝟏𝟐/𝟐𝟗 cvv 𝟕𝟑𝟕 🎉',
  'card 4111 1111 1111 1111😀 cvv 7\ufe0f\u20e33\ufe0f\u20e37\ufe0f\u20e3 𠮷',
  '𝐜𝐚𝐫𝐝 𞥔𞥑𞥑𞥑-𞥑𞥑𞥑𞥑-𞥑𞥑𞥑𞥑-𞥑𞥑𞥑𞥑 𝐭𝐡𝐚𝐧𝐤𝐬',
  // A hold point inside a token before "@" falls between the halves of an emoji.
  '😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀jane.doe@example.com 🙏',
  '👨‍👩‍👧 room 𝟒𝟎𝟒, call +44 20 7946 0958 🇬🇧',
  `${toDigitScript('5555555555554444', 'osmanya')} ${toDigitScript('1229', 'adlam')} ${toDigitScript('737', 'mathematicalMonospace')}`,
]

/** The problems with one stream's output chunks, as labels that print no digit. */
function chunkProblems(outputs: readonly string[], batch: string): string[] {
  const problems: string[] = []
  outputs.forEach((output, index) => {
    if (output === '') return
    if (isHigh(output.charCodeAt(output.length - 1))) problems.push(`chunk ${index} ends with a high surrogate`)
    if (isLow(output.charCodeAt(0))) problems.push(`chunk ${index} starts with a low surrogate`)
  })
  if (outputs.join('') !== batch) problems.push('differs from batch')
  return problems
}

describe('RedactionStream.write never emits half a surrogate pair', () => {
  it.each(TEXTS.map((text, index) => [index, text] as const))('text %i, cut in two at every UTF-16 offset, and one code unit at a time', (_index, text) => {
    for (const [entry, engine] of ENGINES) {
      const batch = engine.redact(text).text
      const problems: string[] = []
      for (let cut = 0; cut <= text.length; cut++) {
        for (const problem of chunkProblems(streamChunks(engine, [text.slice(0, cut), text.slice(cut)]).outputs, batch)) problems.push(`${entry} cut ${cut}: ${problem}`)
      }
      const units = Array.from({ length: text.length }, (_, index) => text.charAt(index))
      for (const problem of chunkProblems(streamChunks(engine, units).outputs, batch)) problems.push(`${entry} units: ${problem}`)
      expect(problems).toEqual([])
    }
  })

  it('holds a trailing high surrogate until its pair arrives, and lets it go at end()', () => {
    const [, engine] = ENGINES[0] as (typeof ENGINES)[number]
    const stream = engine.stream()
    expect(stream.write('hi \ud83d')).toBe('hi ')
    expect(stream.heldLength).toBe(1)
    expect(stream.write('\ude00 there')).toBe('😀 there')
    const lone = engine.stream()
    expect(lone.write('x\ud83d')).toBe('x')
    expect(lone.end()).toBe('\ud83d')
  })

  const piece = fc.oneof(
    fc.constantFrom('😀', '🎉', '🤔', '👍🏽', '𝐀', '𝕏', '𠀀', '𞤢', ' ', ' ', 'card ', 'cvv ', 'exp ', '\n', '@', 'a', '.'),
    fc.tuple(digitSetArbitrary, fc.constantFrom(...DIGIT_DECORATIONS), fc.constantFrom('4111 1111 1111 1111', '12/29', '737', '404', '5'))
      .map(([set, decoration, digits]) => writeDigitsIn(digits, set, decoration)),
  )

  it('property: for text mixing pairs, digits of every set and marks, every chunk is well formed and the whole equals batch', () => {
    assertQuietly(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), cutsArbitrary(300), (text, cuts) => {
        for (const [, engine] of ENGINES) {
          const { outputs } = streamChunks(engine, splitAt(text, cuts))
          expect(outputs.every(isWellFormed)).toBe(true)
          expect(outputs.join('') === engine.redact(text).text).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })
})

describe('the adapters and a conversation go through the same rule', () => {
  it('createRedactionTransformStream enqueues only well-formed chunks for tokens cut inside pairs', async () => {
    const [, engine] = ENGINES[1] as (typeof ENGINES)[number]
    for (const text of TEXTS) {
      const tokens = text.match(/[\s\S]{1,3}/g) ?? []
      const source = new ReadableStream<string>({
        start(controller) {
          for (const token of tokens) controller.enqueue(token)
          controller.close()
        },
      })
      const reader = source.pipeThrough(createRedactionTransformStream(engine)).getReader()
      const out: string[] = []
      for (let read = await reader.read(); !read.done; read = await reader.read()) out.push(read.value)
      expect(out.every(isWellFormed)).toBe(true)
      expect(out.join('')).toBe(engine.redact(text).text)
    }
  })

  it('a conversation shows every message, provisional tail included, well formed, and hides the digits of a card split over two', () => {
    const [, engine] = ENGINES[0] as (typeof ENGINES)[number]
    const chat = engine.conversation()
    const shown: string[] = []
    for (const text of ['my card 🤔 𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏', '𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 😀', 'exp 𝟏𝟐/𝟐𝟗 🎉 cvv', '𝟕𝟑𝟕']) {
      const result = chat.add({ sender: 'customer', text })
      shown.push(result.text, ...result.amendments.map((amendment) => amendment.text))
      shown.push(chat.preview({ sender: 'customer', text: [...text].slice(0, 3).join('') }))
    }
    shown.push(...chat.settle().map((amendment) => amendment.text))
    expect(shown.every(isWellFormed)).toBe(true)
    expect(shown.some((text) => text.includes('𝟒') || text.includes('𝟕'))).toBe(false)
  })

  it("a conversation's saved state keeps no digit above U+FFFF of a settled card, and reads on as the live one", () => {
    const [, engine] = ENGINES[1] as (typeof ENGINES)[number]
    const chat = engine.conversation()
    chat.add({ sender: 'customer', text: `card ${['4111', '1111', '1111', '1111'].map((group) => toDigitScript(group, 'mathematicalBold')).join(' ')} ok` })
    chat.add({ sender: 'customer', text: 'thanks' })
    const saved = JSON.stringify(saveConversation(chat))
    // Boolean assertions: the state would hold the card if the test failed.
    expect(/[\u{1d7ce}-\u{1d7ff}]/u.test(saved)).toBe(false)
    const restored = restoreConversation(engine, JSON.parse(saved))
    expect(restored.add({ sender: 'customer', text: `cvv ${toDigitScript('737', 'mathematicalBold')}` }).text).toBe('cvv ***')
  })
})
