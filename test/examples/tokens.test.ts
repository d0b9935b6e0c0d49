import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe('examples/tokens: redact → detokenize by an authorised reader → forget', () => {
  it('stores only tokens, restores them with the key ring, and none after forgetting the scope', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'examples/tokens/tokens.ts'], { cwd: ROOT })
    const [stored, restored, forgotten] = stdout.split(/^\d\. .*$/m).slice(1)
    expect(stored).not.toContain('4111 1111 1111 1111')
    expect(stored).not.toContain('jo@example.com')
    expect(restored).toContain('please refund 4111 1111 1111 1111')
    expect(restored).toContain('jo@example.com, thanks')
    expect(forgotten).not.toContain('jo@example.com')
    expect(forgotten).toContain('could not open 1')
  })
})
