import { describe, expect, it } from 'vitest'
import { FileTally, foundIn, isExplainedBy } from '../../src/cli/file-tally.js'

describe('isExplainedBy', () => {
  it.each([
    // original, redacted, findings, explained?
    ['card 4111 exp', 'card **** exp', [{ start: 5, end: 9 }], true],
    ['card 4111 exp', 'card [CARD] exp', [{ start: 5, end: 9 }], true],
    ['4111 and 737', '**** and ***', [{ start: 0, end: 4 }], false], // the masked 737 has no finding
    ['4111 and 737', '**** and ***', [{ start: 0, end: 4 }, { start: 9, end: 12 }], true],
    ['no change', 'no change', [], true],
    ['4111 1111', '**** ****', [], false], // the rest of a card that began in an earlier message
    ['a 1 b 2 c', 'a X b Y c', [{ start: 6, end: 7 }, { start: 2, end: 3 }], true], // findings in any order
    ['x 12', 'x ', [{ start: 2, end: 4 }], true], // removed
  ])('%j → %j', (original, redacted, findings, explained) => {
    expect(isExplainedBy(original, redacted, findings)).toBe(explained)
  })
})

describe('FileTally', () => {
  it('counts findings per type and lists a change no finding explains as "redacted"', () => {
    const tally = new FileTally(true)
    tally.record(3, [{ original: 'exp 12/29 cvv 737', text: 'exp **/** cvv ***', findings: [{ type: 'expiry_date', start: 4, end: 9, reason: 'keyword' }] }])
    tally.record(4, [{ original: 'hello', text: 'hello', findings: [] }])
    expect(tally.toData()).toEqual({
      counts: { expiry_date: 1 },
      records: 2,
      changed: 1,
      entries: [
        { line: 3, type: 'expiry_date' },
        { line: 3, type: 'redacted' },
      ],
    })
    expect(foundIn(tally.toData())).toBe(true)
    expect(foundIn(new FileTally(false).toData())).toBe(false)
  })
})
