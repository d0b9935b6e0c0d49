import { describe, expect, it } from 'vitest'
import { maskHeldText } from '../../src/stream/preview.js'
import { createRedactor } from '../../src/index.js'

describe('maskHeldText() (typing previews)', () => {
  it.each([
    ['digits keep their shape', '4111 11', '**** **'],
    ['an email being typed is hidden', 'jane.doe@exam', '****.***@****'],
    ['other words stay readable', 'room 40', 'room **'],
    ['whitespace is kept', 'a\n1\t2', 'a\n*\t*'],
  ])('%s', (_name, held, expected) => {
    expect(maskHeldText(held)).toBe(expected)
  })

  it('a stream preview of a half-typed email shows none of it', () => {
    const stream = createRedactor().stream()
    const shown = stream.write('mail me at jane.doe@exam')
    expect(shown + stream.preview()).not.toMatch(/jane|doe|exam/)
  })
})
