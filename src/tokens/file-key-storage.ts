/**
 * Key-ring storage in a file, for the CLI (Node only: not exported from the
 * browser-safe entry points). Writes go to a temporary file renamed over the old
 * one, so a crash never leaves half a key ring; the file is created readable by
 * its owner only.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { KeyRingStorage } from './sealed-key-ring.js'

/** Owner read/write only: the file holds wrapped keys, still worth protecting. */
const OWNER_ONLY = 0o600

/**
 * A {@link KeyRingStorage} backed by the file at `path` (absent until the first key is made).
 *
 * @example
 * ```ts
 * import { fileKeyStorage } from './file-key-storage.js'
 * const storage = fileKeyStorage('/tmp/chatmask-example-keys.json')
 * storage.write('{}')
 * storage.read() // '{}'
 * ```
 */
export function fileKeyStorage(path: string): KeyRingStorage {
  return {
    read() {
      try {
        return readFileSync(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
    },
    write(text) {
      const temporary = `${path}.${process.pid}.tmp`
      writeFileSync(temporary, text, { mode: OWNER_ONLY })
      renameSync(temporary, path)
    },
  }
}
