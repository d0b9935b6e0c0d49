/** Re-identification: the values back in place of the tokens whose keys the reader holds. */
import { FINDING_TYPES } from '../policies/finding-types.js'
import { openCardTokenBody } from './card-token.js'
import type { KeyRing } from './key-ring.js'
import { readTokenAt } from './token-wrapper.js'
import { openTypedTokenBody } from './typed-token.js'

/**
 * What {@link detokenize} did: the text with every token it could open restored,
 * how many it opened, and how many token-shaped texts it could not (key deleted
 * or unknown, token damaged or forged). Never says which value was in which token.
 * @example
 * ```ts
 * import { detokenize, createMemoryKeyRing, type DetokenizeResult } from 'chatmask'
 * const result: DetokenizeResult = detokenize('nothing here', createMemoryKeyRing())
 * // result → { text: 'nothing here', opened: 0, failed: 0 }
 * ```
 */
export interface DetokenizeResult {
  readonly text: string
  readonly opened: number
  readonly failed: number
}

const OPEN = '['
const TOKEN_TYPES: ReadonlySet<string> = new Set(FINDING_TYPES)

function openToken(keyRing: KeyRing, type: string, keyId: string, body: string): string | undefined {
  const key = keyRing.keyById(keyId)
  if (key === undefined) return undefined
  if (type === 'card_number') return openCardTokenBody(key.bytes, keyId, body) ?? openTypedTokenBody(key.bytes, type, keyId, body)
  return openTypedTokenBody(key.bytes, type, keyId, body)
}

/**
 * Replaces every token in `text` whose key `keyRing` holds by the value it
 * stands for; leaves the others as they are. Linear in the length of `text`.
 * Pure apart from asking the key ring; never throws for any text.
 *
 * @example
 * ```ts
 * import { createMemoryKeyRing, createRedactor, detokenize, tokenPolicy } from 'chatmask'
 * const keyRing = createMemoryKeyRing()
 * const redactor = createRedactor({ policies: { email: tokenPolicy({ keyRing, scope: 'c1' }) } })
 * const safe = redactor.redact('mail jo@example.com').text
 * detokenize(safe, keyRing).text // 'mail jo@example.com'
 * keyRing.deleteKey('c1')
 * detokenize(safe, keyRing).failed // 1
 * ```
 */
export function detokenize(text: string, keyRing: KeyRing): DetokenizeResult {
  const parts: string[] = []
  let opened = 0
  let failed = 0
  let copiedTo = 0
  let position = text.indexOf(OPEN)
  while (position >= 0) {
    const token = readTokenAt(text, position)
    if (token === undefined || !TOKEN_TYPES.has(token.parts.type)) {
      position = text.indexOf(OPEN, position + 1)
      continue
    }
    const value = openToken(keyRing, token.parts.type, token.parts.keyId, token.parts.body)
    if (value === undefined) {
      failed++
    } else {
      opened++
      parts.push(text.slice(copiedTo, position), value)
      copiedTo = token.end
    }
    position = text.indexOf(OPEN, token.end)
  }
  parts.push(text.slice(copiedTo))
  return { text: parts.join(''), opened, failed }
}
