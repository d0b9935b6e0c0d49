import type { LiveConversation } from './saved-state.js'

interface Cached {
  readonly live: LiveConversation
  /** When the conversation last took a message (ms), to drop it once its saved state has expired too. */
  touched: number
}

/**
 * The conversations one shard's owner holds in memory, least recently used
 * first out. Only committed state is ever kept (a batch that was not committed
 * drops what it touched), so dropping an entry loses nothing: it is reloaded
 * from its saved state. An entry idle longer than the state's TTL is dropped
 * as its saved state is, so every worker agrees on when a conversation restarts.
 */
export class ConversationCache {
  readonly #limit: number
  readonly #ttlMs: number
  readonly #entries = new Map<string, Cached>()

  constructor(limit: number, ttlMs: number) {
    this.#limit = limit
    this.#ttlMs = ttlMs
  }

  get(id: string, now: number): LiveConversation | undefined {
    const cached = this.#entries.get(id)
    if (cached === undefined) return undefined
    if (now - cached.touched >= this.#ttlMs) {
      this.#entries.delete(id)
      return undefined
    }
    return cached.live
  }

  /** Keeps `live` as the committed state of `id`, most recently used. */
  set(id: string, live: LiveConversation, now: number): void {
    this.#entries.delete(id)
    this.#entries.set(id, { live, touched: now })
    if (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next().value as string
      this.#entries.delete(oldest)
    }
  }

  delete(id: string): void {
    this.#entries.delete(id)
  }

  clear(): void {
    this.#entries.clear()
  }
}
