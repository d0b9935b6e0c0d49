import { PassThrough, Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../src/index.js'
import { createRedactionTransform } from '../src/node.js'

const redactor = createRedactor({ now: () => new Date('2026-11-24T12:00:00Z') })

async function collect(chunks: readonly (Buffer | string)[]): Promise<string> {
  let out = ''
  await pipeline(
    Readable.from(chunks),
    createRedactionTransform(redactor),
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        out += chunk.toString()
        callback()
      },
    }),
  )
  return out
}

describe('createRedactionTransform() (chatmask/node)', () => {
  it('decodes UTF-8 split across Buffer chunks, byte by byte', async () => {
    const text = 'カード ４１１１ １１１１ １１１１ １１１１ — merci €5'
    const bytes = Buffer.from(text, 'utf8')
    const chunks = [...bytes].map((byte) => Buffer.from([byte]))
    expect(await collect(chunks)).toBe(redactor.redact(text).text)
  })

  it('takes strings too', async () => {
    expect(await collect(['pay 5555 5555 ', '5555 4444 now'])).toBe('pay **** **** **** 4444 now')
  })

  it('respects backpressure: a slow sink still gets everything, in order', async () => {
    const line = 'card 4111111111111111 and room 404\n'
    const source = Readable.from(Array.from({ length: 2_000 }, () => line))
    const transform = createRedactionTransform(redactor)
    let received = ''
    let maxBuffered = 0
    const sink = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.toString()
        maxBuffered = Math.max(maxBuffered, transform.readableLength)
        setImmediate(callback)
      },
    })
    await pipeline(source, transform, new PassThrough(), sink)
    expect(received).toBe(redactor.redact(line.repeat(2_000)).text)
    // The transform's output buffer stayed near its high-water mark (16 KiB) instead
    // of filling with the whole 70 KB input: backpressure held the source back.
    expect(line.length * 2_000).toBeGreaterThan(64 * 1024)
    expect(maxBuffered).toBeLessThanOrEqual(32 * 1024)
  })
})
