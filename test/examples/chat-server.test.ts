/**
 * The chat relay example, end to end over real sockets on 127.0.0.1: a customer
 * types a card number split over two messages (a typing frame per keystroke),
 * then its expiry and CVV. Everything the agent receives, every log line and the
 * stored transcript may show the card's last four digits and nothing more, and the
 * amendment that completes the split card reaches the agent.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { RedactorOptions } from '../../src/index.js'
import { startChatServer, type ChatServer, type StoredMessage } from '../../examples/chat-server/server.js'
import { expectNoLeak, expectSafePreview } from './leak-check.js'

/** Mastercard's published test number, split the way people paste it. */
const CARD_FIRST_HALF = '5555 5555'
const CARD_SECOND_HALF = '5555 4444'
const LAST4 = '4444'
/** How long any one expected frame may take: generous for a loaded CI machine, and a bound on every wait. */
const FRAME_TIMEOUT_MS = 5_000

interface Frame {
  readonly type: string
  readonly index?: number
  readonly sender?: string
  readonly text?: string
  readonly preview?: string
  readonly message?: string
}

/** A client socket that records every frame and can wait for one. */
class Client {
  readonly frames: Frame[] = []
  readonly #waiters: Array<{ test: (frame: Frame) => boolean; resolve: (frame: Frame) => void }> = []
  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame
      this.frames.push(frame)
      for (const waiter of [...this.#waiters]) {
        if (waiter.test(frame)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1)
          waiter.resolve(frame)
        }
      }
    })
  }

  static async open(url: string): Promise<Client> {
    const socket = new WebSocket(url)
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    return new Client(socket)
  }

  send(frame: object): void {
    this.socket.send(JSON.stringify(frame))
  }

  /** The next frame (from now on, or already received after `since`) that passes `test`. */
  waitFor(test: (frame: Frame) => boolean, since = this.frames.length): Promise<Frame> {
    const earlier = this.frames.slice(since).find(test)
    if (earlier !== undefined) return Promise.resolve(earlier)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${FRAME_TIMEOUT_MS} ms`)), FRAME_TIMEOUT_MS)
      this.#waiters.push({ test, resolve: (frame) => (clearTimeout(timer), resolve(frame)) })
    })
  }

  close(): void {
    this.socket.close()
  }
}

interface Session {
  readonly server: ChatServer
  readonly customer: Client
  readonly agent: Client
  readonly log: string[]
  readonly dir: string
  readonly chatId: string
  /** Each draft the customer typed, in order, with the preview the agent got for it. */
  readonly previews: Array<{ draft: string; preview: string }>
}

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startSession(redactor?: RedactorOptions): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'chatmask-chat-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const log: string[] = []
  const server = await startChatServer({ port: 0, log: (line) => log.push(line), transcriptDir: dir, ...(redactor ? { redactor } : {}) })
  cleanups.push(() => server.close())
  expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/)
  const chatId = 'chat-test-1'
  const agent = await Client.open(`${server.url}/chat/${chatId}?role=agent`)
  const customer = await Client.open(`${server.url}/chat/${chatId}?role=customer`)
  cleanups.push(() => (agent.close(), customer.close()))
  return { server, customer, agent, log, dir, chatId, previews: [] }
}

/** Types `text` one key at a time (a typing frame per key, the whole draft each time), then sends it. */
async function typeAndSend(session: Session, text: string): Promise<Frame> {
  const { customer, agent } = session
  for (let length = 1; length <= text.length; length++) {
    const draft = text.slice(0, length)
    const since = agent.frames.length
    customer.send({ type: 'typing', draft })
    const frame = await agent.waitFor((candidate) => candidate.type === 'typing', since)
    session.previews.push({ draft, preview: frame.preview ?? '' })
  }
  const since = agent.frames.length
  customer.send({ type: 'message', text })
  return agent.waitFor((frame) => frame.type === 'message', since)
}

/** What the agent's screen shows after applying every message and amendment it received. */
function agentView(agent: Client): string[] {
  const view: string[] = []
  for (const frame of agent.frames) {
    if (frame.type === 'message' || frame.type === 'amend') view[frame.index as number] = frame.text as string
  }
  return view
}

function everythingTheAgentSaw(agent: Client): string[] {
  return agent.frames.flatMap((frame) => [frame.text, frame.preview, frame.message].filter((text): text is string => text !== undefined))
}

/** A log line's message text: the chat id and message number before it are ours, not the customer's. */
function loggedText(line: string): string {
  return line.replace(/^chat=[\w-]+ (?:amend )?#\d+ \w+: /, '').replace(/^chat=[\w-]+ ended$/, '')
}

function storedTexts(messages: readonly StoredMessage[]): string[] {
  return messages.map((message) => message.text)
}

describe('examples/chat-server', () => {
  it('masks a card split over two messages, its expiry and CVV, for the agent, the log and the transcript', async () => {
    const session = await startSession()
    const { agent, customer, server, chatId, log, dir } = session

    const first = await typeAndSend(session, `my card is ${CARD_FIRST_HALF}`)
    expect(first).toMatchObject({ index: 0, sender: 'customer', text: 'my card is **** ****' })

    const second = await typeAndSend(session, CARD_SECOND_HALF)
    // Still undecided (the number could go on), so every digit is provisionally masked.
    expect(second).toMatchObject({ index: 1, text: '**** ****' })

    // The next message settles the card: message 1 is amended to show its last four.
    const since = agent.frames.length
    const third = await typeAndSend(session, 'exp 12/29, cvv 123')
    expect(third).toMatchObject({ index: 2, text: 'exp **/**, cvv ***' })
    const amendment = await agent.waitFor((frame) => frame.type === 'amend', since)
    expect(amendment).toEqual({ type: 'amend', index: 1, text: `**** ${LAST4}` })

    const endedAt = agent.frames.length
    customer.send({ type: 'end' })
    await agent.waitFor((frame) => frame.type === 'ended', endedAt)

    const expected = ['my card is **** ****', `**** ${LAST4}`, 'exp **/**, cvv ***']
    expect(agentView(agent)).toEqual(expected)
    expect(storedTexts(server.transcript(chatId))).toEqual(expected)
    const file = readFileSync(join(dir, `${chatId}.jsonl`), 'utf8')
    const stored = file.trim().split('\n').map((line) => JSON.parse(line) as StoredMessage)
    expect(stored.map((message) => [message.turn, message.speaker, message.text])).toEqual(expected.map((text, turn) => [turn, 'customer', text]))

    // The leak budget, over every frame, every log line and the stored file.
    for (const text of everythingTheAgentSaw(agent)) expectNoLeak(text, [LAST4])
    expect(log).toHaveLength(5) // three messages, one amendment, the end
    for (const line of log) expectNoLeak(loggedText(line), [LAST4])
    for (const message of stored) expectNoLeak(message.text, [LAST4])
    expect(file).not.toMatch(/5555/)
    expect(log.some((line) => line.includes(`amend #1 customer: **** ${LAST4}`))).toBe(true)

    // Typing previews: one per keystroke, never a digit, and never the draft's own digits when read
    // after the first half of the card (a plain per-draft stream would release "5555 4444" there).
    expect(session.previews).toHaveLength(`my card is ${CARD_FIRST_HALF}`.length + CARD_SECOND_HALF.length + 'exp 12/29, cvv 123'.length)
    for (const { draft, preview } of session.previews) expectSafePreview(draft, preview, new Set())
    expect(session.previews.find((entry) => entry.draft === CARD_SECOND_HALF)?.preview).toBe('**** ****')
    // The customer's own socket gets its messages back masked, but never its previews.
    expect(customer.frames.filter((frame) => frame.type === 'typing')).toEqual([])
  })

  it('pushes the amendment to the earlier message when a later one completes the card (replace policy)', async () => {
    const session = await startSession({ policies: { card_number: { action: 'replace', template: '[card ending {last4}]' } } })
    const { agent, customer, server, chatId, log } = session

    await typeAndSend(session, `my card is ${CARD_FIRST_HALF}`)
    const since = agent.frames.length
    const second = await typeAndSend(session, `${CARD_SECOND_HALF} thanks`)
    // The whole replacement goes to the message where the card starts.
    expect(second.text).toBe(' thanks')
    const amendment = await agent.waitFor((frame) => frame.type === 'amend', since)
    expect(amendment).toEqual({ type: 'amend', index: 0, text: `my card is [card ending ${LAST4}]` })

    const endedAt = agent.frames.length
    customer.send({ type: 'end' })
    await agent.waitFor((frame) => frame.type === 'ended', endedAt)
    expect(storedTexts(server.transcript(chatId))).toEqual([`my card is [card ending ${LAST4}]`, ' thanks'])
    for (const text of [...everythingTheAgentSaw(agent), ...log.map(loggedText)]) expectNoLeak(text, [LAST4])
    for (const { draft, preview } of session.previews) expectSafePreview(draft, preview, new Set())
  })

  it('lifts a provisional mask when the chat ends and the number turned out harmless', async () => {
    const session = await startSession()
    const { agent, customer, server, chatId } = session
    const message = await typeAndSend(session, 'I am in room 404')
    expect(message.text).toBe('I am in room ***')
    const endedAt = agent.frames.length
    customer.send({ type: 'end' })
    await agent.waitFor((frame) => frame.type === 'ended', endedAt)
    expect(agent.frames.slice(endedAt)).toEqual([{ type: 'amend', index: 0, text: 'I am in room 404' }, { type: 'ended' }])
    expect(storedTexts(server.transcript(chatId))).toEqual(['I am in room 404'])
  })

  it('rejects malformed frames without echoing them, and bad paths', async () => {
    const session = await startSession()
    const { customer, server } = session
    const since = customer.frames.length
    customer.send({ type: 'message', text: 4111111111111111 })
    const error = await customer.waitFor((frame) => frame.type === 'error', since)
    expect(error.message).not.toMatch(/\d{5}/)

    const stranger = new WebSocket(`${server.url}/chat/..%2Fetc?role=agent`)
    const code = await new Promise<number>((resolve) => stranger.once('close', (closeCode) => resolve(closeCode)))
    expect(code).toBe(1008)
  })
})
