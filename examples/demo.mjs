// The README's main job: redact the bundled example transcript and print it
// before and after. Messages are fed per conversation through the conversation
// API, so a card split across two messages is caught in both.
import { readFileSync } from 'node:fs'
import { createRedactor } from '../dist/index.js'

const file = new URL('./transcript.jsonl', import.meta.url)
const messages = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))

const redactor = createRedactor()
const conversations = new Map()
const shown = []
for (const message of messages) {
  let chat = conversations.get(message.conversation)
  if (chat === undefined) {
    chat = { conversation: redactor.conversation(), indexes: [] }
    conversations.set(message.conversation, chat)
  }
  const result = chat.conversation.add({ sender: message.speaker, text: message.text })
  chat.indexes[result.index] = shown.length
  shown.push(result.text)
  // A later message can change an earlier one (a card completed, a number released).
  for (const amendment of result.amendments) shown[chat.indexes[amendment.index]] = amendment.text
}
for (const chat of conversations.values()) {
  for (const amendment of chat.conversation.settle()) shown[chat.indexes[amendment.index]] = amendment.text
}

messages.forEach((message, index) => {
  console.log(`${message.conversation} ${message.speaker}:`)
  console.log(`  before: ${message.text}`)
  console.log(`  after:  ${shown[index]}`)
})
