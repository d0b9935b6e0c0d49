/**
 * A deterministic load of chat events for the crash test and the benchmark:
 * conversations of customers and agents, some with a card number split across
 * two messages, some with a whole card, expiry and CVV in one, interleaved as
 * live traffic would be. Every card number is generated (Luhn-valid, Visa or
 * Mastercard ranges), never a real one.
 */
import { completeWithLuhn } from '../helpers/cards.js'
import type { ChatEvent } from '../../src/redis/index.js'

/** A small, fast, seedable generator (mulberry32): the same seed gives the same load. */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const AGENT_LINES = ['hello, how can I help?', 'let me check that for you', 'thanks, one moment', 'your order is on its way', 'is there anything else?']
const CUSTOMER_LINES = ['my order 88231 is late', 'it was due on monday', 'ok thanks', 'the parcel never came', 'can you refund it?', 'room 404 at the hotel']

function digits(random: () => number, count: number): string {
  let text = ''
  for (let index = 0; index < count; index++) text += String(Math.floor(random() * 10))
  return text
}

/** A generated 16-digit PAN: Visa ("4…") or Mastercard ("51"–"55"). */
function pan(random: () => number): string {
  const prefix = random() < 0.5 ? '4' : `5${1 + Math.floor(random() * 5)}`
  return completeWithLuhn(prefix + digits(random, 15 - prefix.length))
}

const grouped = (number: string): string[] => number.match(/.{1,4}/g) ?? []

/** The messages of one conversation, in order. */
function conversationScript(random: () => number, length: number): Array<{ sender: string; text: string }> {
  const script: Array<{ sender: string; text: string }> = []
  while (script.length < length) {
    const roll = random()
    if (roll < 0.08 && script.length + 2 <= length) {
      const [a, b, c, d] = grouped(pan(random))
      script.push({ sender: 'customer', text: `my card is ${a} ${b}` }, { sender: 'customer', text: `${c} ${d}` })
    } else if (roll < 0.12) {
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
      script.push({ sender: 'customer', text: `card ${grouped(pan(random)).join(' ')} exp ${month}/${27 + Math.floor(random() * 3)} cvv ${digits(random, 3)}` })
    } else if (roll < 0.16) {
      script.push({ sender: 'customer', text: `the cvv is ${digits(random, 3)}` })
    } else if (roll < 0.58) {
      script.push({ sender: 'agent', text: AGENT_LINES[Math.floor(random() * AGENT_LINES.length)]! })
    } else {
      script.push({ sender: 'customer', text: CUSTOMER_LINES[Math.floor(random() * CUSTOMER_LINES.length)]! })
    }
  }
  return script
}

/**
 * `events` chat events over `conversations` conversations (an equal share
 * each), interleaved at random but in order within each conversation.
 */
export function chatLoad(events: number, conversations: number, seed: number): ChatEvent[] {
  const random = randomGenerator(seed)
  const perConversation = Math.ceil(events / conversations)
  const scripts = Array.from({ length: conversations }, () => conversationScript(random, perConversation))
  const cursors = scripts.map(() => 0)
  const open = scripts.map((_, index) => index)
  const load: ChatEvent[] = []
  while (load.length < events && open.length > 0) {
    const slot = Math.floor(random() * open.length)
    const conversation = open[slot]!
    const position = cursors[conversation]!++
    const message = scripts[conversation]![position]!
    load.push({ conversation: `conv-${conversation}`, message: `msg-${position}`, sender: message.sender, text: message.text })
    if (cursors[conversation] === scripts[conversation]!.length) {
      open[slot] = open[open.length - 1]!
      open.pop()
    }
  }
  return load
}
