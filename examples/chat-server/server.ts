/**
 * A live-chat relay between a customer and an agent (Node HTTP + WebSocket) in
 * which the agent, the log and the stored transcript only ever see masked text.
 *
 *   customer ──ws──▶ conversation().add() ──▶ agent, log, transcript
 *            typing ─▶ DraftPreview (stream + preview()) ──▶ agent's "customer is typing…"
 *
 * Run it:  node --import tsx examples/chat-server/server.ts   (PORT and HOST from the environment)
 * Then:    node --import tsx examples/chat-server/demo-client.ts
 *
 * Protocol (JSON text frames) on ws://HOST:PORT/chat/<chat-id>?role=customer|agent
 *   client → server  { type: 'typing', draft }      the whole draft, on every keystroke
 *                    { type: 'message', text }      send a message
 *                    { type: 'end' }                end the chat (settles provisional masks)
 *   server → client  { type: 'typing', sender, preview }
 *                    { type: 'message', index, sender, text }
 *                    { type: 'amend', index, text } an earlier message's new safe text
 *                    { type: 'ended' } | { type: 'error', message }
 *
 * In your own project, import from 'chatmask' instead of '../../src/index.js'.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { createRedactor, type Amendment, type Conversation, type RedactorOptions } from '../../src/index.js'
import { DraftPreview } from './draft-preview.js'

export type Role = 'customer' | 'agent'

/** One message as stored: always the safe text, updated when an amendment arrives. */
export interface StoredMessage {
  readonly conversation: string
  readonly turn: number
  readonly speaker: Role
  text: string
}

export interface ChatServerOptions {
  /** Default 127.0.0.1: a demo has no business listening on other interfaces. */
  readonly host?: string
  /** Default 0: an ephemeral port, as tests want; read the chosen one from `url`. */
  readonly port?: number
  /** Redactor options, e.g. a `replace` policy for card numbers. */
  readonly redactor?: RedactorOptions
  /** Where log lines go. Default: stdout. Only safe text is ever logged. */
  readonly log?: (line: string) => void
  /** When set, each chat's transcript is kept as `<dir>/<chat-id>.jsonl` and rewritten on every change. */
  readonly transcriptDir?: string
}

export interface ChatServer {
  /** `ws://host:port`; chats live at `${url}/chat/<id>?role=…`. */
  readonly url: string
  /** A copy of a chat's stored transcript (safe text only). */
  transcript(chatId: string): StoredMessage[]
  /** Ends every open chat (settling it) and closes the server. */
  close(): Promise<void>
}

/** Bounds on what one client may send: a chat message, not a document. */
const MAX_FRAME_BYTES = 16 * 1024
const MAX_TEXT_CHARS = 4000
/** How long `close()` waits for clients to answer the WebSocket close handshake. */
const CLOSE_GRACE_MS = 1000
/** Chat ids become file names: letters, digits, `-` and `_` only. */
const CHAT_ID = /^[A-Za-z0-9_-]{1,64}$/
const CHAT_PATH = /^\/chat\/([^/?]+)$/
/** Ended chats whose transcripts `transcript()` still returns: the most recent ones, so memory stays bounded. */
const MAX_ENDED_CHATS = 100

interface Chat {
  readonly id: string
  readonly conversation: Conversation
  readonly sockets: Map<WebSocket, Role>
  readonly drafts: Record<Role, DraftPreview>
  readonly transcript: StoredMessage[]
  ended: boolean
}

type ClientFrame = { type: 'typing'; draft: string } | { type: 'message'; text: string } | { type: 'end' }

export async function startChatServer(options: ChatServerOptions = {}): Promise<ChatServer> {
  const redactor = createRedactor(options.redactor)
  const log = options.log ?? ((line: string) => console.log(`${new Date().toISOString()} ${line}`))
  const chats = new Map<string, Chat>()
  const ended = new Map<string, StoredMessage[]>()

  const http: Server = createServer((_request, response) => {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('WebSocket endpoint: /chat/<id>?role=customer|agent\n')
  })
  const sockets = new WebSocketServer({ server: http, maxPayload: MAX_FRAME_BYTES })

  function chatFor(id: string): Chat {
    let chat = chats.get(id)
    if (chat === undefined) {
      chat = {
        id,
        conversation: redactor.conversation(),
        sockets: new Map(),
        drafts: { customer: new DraftPreview(redactor), agent: new DraftPreview(redactor) },
        transcript: [],
        ended: false,
      }
      chats.set(id, chat)
    }
    return chat
  }

  function broadcast(chat: Chat, frame: object, except?: WebSocket): void {
    const data = JSON.stringify(frame)
    for (const socket of chat.sockets.keys()) if (socket !== except && socket.readyState === socket.OPEN) socket.send(data)
  }

  function store(chat: Chat): void {
    if (options.transcriptDir === undefined) return
    mkdirSync(options.transcriptDir, { recursive: true })
    const file = join(options.transcriptDir, `${chat.id}.jsonl`)
    // Write then rename, so a reader never sees half a transcript.
    writeFileSync(`${file}.tmp`, chat.transcript.map((message) => JSON.stringify(message) + '\n').join(''))
    renameSync(`${file}.tmp`, file)
  }

  function amend(chat: Chat, amendments: readonly Amendment[]): void {
    for (const { index, text } of amendments) {
      const stored = chat.transcript[index]
      if (stored === undefined || stored.text === text) continue
      stored.text = text
      log(`chat=${chat.id} amend #${index} ${stored.speaker}: ${text}`)
      broadcast(chat, { type: 'amend', index, text })
    }
  }

  function endChat(chat: Chat): void {
    if (chat.ended) return
    chat.ended = true
    amend(chat, chat.conversation.settle())
    store(chat)
    log(`chat=${chat.id} ended`)
    broadcast(chat, { type: 'ended' })
    chats.delete(chat.id)
    ended.set(chat.id, chat.transcript)
    if (ended.size > MAX_ENDED_CHATS) ended.delete(ended.keys().next().value as string)
  }

  function onFrame(chat: Chat, socket: WebSocket, role: Role, frame: ClientFrame): void {
    if (chat.ended) throw new Error('this chat has ended; open a new one')
    switch (frame.type) {
      case 'typing': {
        // The customer's own screen shows what they type; only the other side gets the preview.
        broadcast(chat, { type: 'typing', sender: role, preview: chat.drafts[role].update(frame.draft) }, socket)
        return
      }
      case 'message': {
        const result = chat.conversation.add({ sender: role, text: frame.text })
        chat.drafts[role].sent(frame.text)
        chat.transcript[result.index] = { conversation: chat.id, turn: result.index, speaker: role, text: result.text }
        log(`chat=${chat.id} #${result.index} ${role}: ${result.text}`)
        broadcast(chat, { type: 'typing', sender: role, preview: '' }, socket)
        broadcast(chat, { type: 'message', index: result.index, sender: role, text: result.text })
        amend(chat, result.amendments)
        store(chat)
        return
      }
      case 'end':
        endChat(chat)
        return
    }
  }

  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const id = CHAT_PATH.exec(url.pathname)?.[1]
    const role = url.searchParams.get('role')
    if (id === undefined || !CHAT_ID.test(id) || (role !== 'customer' && role !== 'agent')) {
      socket.close(1008, 'use /chat/<id>?role=customer|agent')
      return
    }
    if (ended.has(id)) {
      socket.close(1008, 'this chat has ended; open a new one')
      return
    }
    const chat = chatFor(id)
    chat.sockets.set(socket, role)
    socket.on('close', () => chat.sockets.delete(socket))
    socket.on('message', (data: RawData, isBinary: boolean) => {
      try {
        onFrame(chat, socket, role, parseFrame(data, isBinary))
      } catch (error) {
        // Our own messages only: never the client's text, which may hold a card number.
        socket.send(JSON.stringify({ type: 'error', message: (error as Error).message }))
      }
    })
  })

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = http.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `ws://${host}:${address.port}`,
    transcript: (chatId) => (chats.get(chatId)?.transcript ?? ended.get(chatId) ?? []).map((message) => ({ ...message })),
    async close() {
      for (const chat of [...chats.values()]) endChat(chat)
      for (const socket of sockets.clients) socket.close(1001, 'server closing')
      // Clients that do not answer the close handshake are cut off rather than waited for.
      const cutOff = setTimeout(() => {
        for (const socket of sockets.clients) socket.terminate()
      }, CLOSE_GRACE_MS)
      await new Promise<void>((resolve) => sockets.close(() => resolve()))
      await new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve())))
      clearTimeout(cutOff)
    },
  }
}

/** Validates a client frame; error messages name the shape, never echo the content. */
function parseFrame(data: RawData, isBinary: boolean): ClientFrame {
  if (isBinary) throw new Error('send JSON text frames')
  let frame: unknown
  try {
    frame = JSON.parse(data.toString())
  } catch {
    throw new Error('send JSON: { "type": "typing" | "message" | "end", … }')
  }
  if (typeof frame !== 'object' || frame === null) throw new Error('send a JSON object')
  const { type, draft, text } = frame as Record<string, unknown>
  if (type === 'typing' && typeof draft === 'string' && draft.length <= MAX_TEXT_CHARS) return { type, draft }
  if (type === 'message' && typeof text === 'string' && text.trim() !== '' && text.length <= MAX_TEXT_CHARS) return { type, text }
  if (type === 'end') return { type }
  throw new Error(`expected { type: 'typing', draft } or { type: 'message', text } (1 to ${MAX_TEXT_CHARS} characters) or { type: 'end' }`)
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  const server = await startChatServer({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 8080),
    transcriptDir: process.env.TRANSCRIPT_DIR ?? 'transcripts-out',
  })
  console.log(`chat relay on ${server.url}/chat/<id>?role=customer|agent (Ctrl-C to stop)`)
  process.once('SIGINT', () => void server.close())
  process.once('SIGTERM', () => void server.close())
}
