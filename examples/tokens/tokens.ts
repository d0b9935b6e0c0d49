/**
 * Reversible tokens and erasure, end to end:
 *
 *   npm run example:tokens
 *
 * 1. The chat stage redacts a conversation with a token policy: card numbers
 *    and emails become tokens under a data key of the conversation's own scope.
 *    The agent, the log and the archive see only tokens.
 * 2. An authorised reader (the payment team) holds the key ring and restores
 *    the values with detokenize().
 * 3. The conversation's purpose is fulfilled: forget the scope (delete its key).
 *    Every copy of its tokens, wherever it went, can no longer be opened.
 */
import { createMemoryKeyRing, createRedactor, detokenize, tokenPolicy } from '../../src/index.js'

const keyRing = createMemoryKeyRing()
const scope = 'conversation-2077'
const policy = tokenPolicy({ keyRing, scope, deterministic: true })
const redactor = createRedactor({ policies: { card_number: policy, email: policy, phone: policy } })

const chat = redactor.conversation()
const messages = [
  { sender: 'customer', text: 'please refund 4111 1111 1111 1111' },
  { sender: 'agent', text: 'sure, and your email for the receipt?' },
  { sender: 'customer', text: 'jo@example.com, thanks' },
]
const stored: string[] = []
for (const message of messages) {
  const result = chat.add(message)
  stored[result.index] = result.text
  for (const amendment of result.amendments) stored[amendment.index] = amendment.text
}
for (const amendment of chat.settle()) stored[amendment.index] = amendment.text

console.log('1. what the agent, the log and the archive keep:')
for (const text of stored) console.log(`   ${text}`)

console.log('2. what an authorised reader with the key ring restores:')
for (const text of stored) console.log(`   ${detokenize(text, keyRing).text}`)

keyRing.deleteKey(scope)
console.log(`3. after forgetting ${scope}:`)
for (const text of stored) {
  const result = detokenize(text, keyRing)
  console.log(`   ${result.text}   (opened ${result.opened}, could not open ${result.failed})`)
}
