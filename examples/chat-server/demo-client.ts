/**
 * Plays a short scripted chat against a running relay and prints what the agent
 * sees: the customer types (one frame per keystroke), sends a card number split
 * over two messages, then its expiry and CVV.
 *
 *   node --import tsx examples/chat-server/server.ts &
 *   node --import tsx examples/chat-server/demo-client.ts        (URL: CHAT_URL, default ws://127.0.0.1:8080)
 *
 * Every number here is a published test card, never a real one.
 */
import { WebSocket } from 'ws'

const base = process.env.CHAT_URL ?? 'ws://127.0.0.1:8080'
const chatId = `demo-${Date.now()}`
const SCRIPT = ['hi, I want to pay my bill', 'my card is 5555 5555', '5555 4444', 'exp 12/29, cvv 123', 'thanks!']
const KEY_DELAY_MS = 15

function open(role: 'customer' | 'agent'): Promise<WebSocket> {
  const socket = new WebSocket(`${base}/chat/${chatId}?role=${role}`)
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const agent = await open('agent')
const customer = await open('customer')
const done = new Promise<void>((resolve) => {
  agent.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as { type: string; [key: string]: unknown }
    if (frame.type === 'typing') process.stdout.write(`\r\x1b[Kagent sees customer typing: ${String(frame.preview)}`)
    else if (frame.type === 'message') console.log(`\r\x1b[Kagent sees #${String(frame.index)} ${String(frame.sender)}: ${String(frame.text)}`)
    else if (frame.type === 'amend') console.log(`\r\x1b[Kagent sees #${String(frame.index)} amended to: ${String(frame.text)}`)
    else if (frame.type === 'ended') resolve()
    else console.log(frame)
  })
})

for (const message of SCRIPT) {
  for (let length = 1; length <= message.length; length++) {
    customer.send(JSON.stringify({ type: 'typing', draft: message.slice(0, length) }))
    await sleep(KEY_DELAY_MS)
  }
  customer.send(JSON.stringify({ type: 'message', text: message }))
  await sleep(KEY_DELAY_MS * 10)
}
customer.send(JSON.stringify({ type: 'end' }))
await done
agent.close()
customer.close()
