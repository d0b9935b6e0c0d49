// The chat widget: masks the customer's draft for the agent's typing preview on
// every keystroke, and masks each message before it leaves the page.
//
// The invariant: the preview pane never shows a digit the final redaction would
// hide, not for one keystroke. A draft is redacted by a fresh stream fed the whole
// draft: write() returns only text that is final, and preview() shows the
// undecided tail with every digit masked, so "4111 11" shows as "**** **" and the
// last four digits appear only once the number is known to be complete.
import { createRedactor, MAX_HOLD_CHARS } from './dist/chatmask-pci.min.js'

const redactor = createRedactor()
// The conversation reads the customer's messages as one text, so a card number
// split over two messages is caught, and amends an earlier message when a later
// one changes how it must be shown.
const chat = redactor.conversation()

/**
 * How much of the customer's sent text a draft is read after (the conversation
 * joins a sender's messages with one space). "0343 6467" alone is two harmless
 * groups of four; after a sent "my card is 4539 1488" it is the end of a card.
 * The held tail is at most MAX_HOLD_CHARS long and the detectors' look-behind is
 * shorter again, so twice that is enough.
 */
const CONTEXT_CHARS = 2 * MAX_HOLD_CHARS
const MESSAGE_JOINER = ' '
const ANY_DIGIT = /\p{Nd}/gu

const draftInput = /** @type {HTMLInputElement} */ (document.querySelector('#draft'))
const previewPane = /** @type {HTMLElement} */ (document.querySelector('#agent-preview'))
const transcript = /** @type {HTMLOListElement} */ (document.querySelector('#transcript'))
const composer = /** @type {HTMLFormElement} */ (document.querySelector('#composer'))
const endButton = /** @type {HTMLButtonElement} */ (document.querySelector('#end'))
const sendButton = /** @type {HTMLButtonElement} */ (document.querySelector('#send'))

/** The tail of what the customer has sent, as typed: it never leaves this page. */
let sentContext = ''

/** What the agent may see of `draft` right now. */
function previewOf(draft) {
  if (draft === '') return ''
  const prefix = sentContext === '' ? '' : sentContext + MESSAGE_JOINER
  const full = prefix + draft
  const stream = redactor.stream()
  const shown = stream.write(full) + stream.preview()
  // A policy that changes lengths leaves no place to cut the context off: hide every digit.
  return shown.length === full.length ? shown.slice(prefix.length) : draft.replace(ANY_DIGIT, '*')
}

/** Shows (or replaces) message `index` in the transcript pane. */
function showMessage(index, text, amended) {
  let item = transcript.querySelector(`li[data-index="${index}"]`)
  if (item === null) {
    item = document.createElement('li')
    item.dataset.index = String(index)
    transcript.append(item)
  }
  // textContent, never innerHTML: the text is the customer's.
  item.textContent = text
  item.classList.toggle('amended', amended)
}

draftInput.addEventListener('input', () => {
  previewPane.textContent = previewOf(draftInput.value)
})

composer.addEventListener('submit', (event) => {
  event.preventDefault()
  const text = draftInput.value
  if (text.trim() === '') return
  const result = chat.add({ sender: 'customer', text })
  // This is the moment the message "leaves": only result.text would go to the server.
  showMessage(result.index, result.text, false)
  for (const amendment of result.amendments) showMessage(amendment.index, amendment.text, true)
  sentContext = (sentContext === '' ? text : sentContext + MESSAGE_JOINER + text).slice(-CONTEXT_CHARS)
  draftInput.value = ''
  previewPane.textContent = ''
  draftInput.focus()
})

endButton.addEventListener('click', () => {
  // Ending the chat decides every provisional mask (a trailing number that was not a card is shown again).
  for (const amendment of chat.settle()) showMessage(amendment.index, amendment.text, true)
  draftInput.disabled = true
  sendButton.disabled = true
  endButton.disabled = true
  sentContext = ''
})

document.documentElement.dataset.ready = 'true'
