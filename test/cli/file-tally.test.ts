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
  it('counts findings per type, one entry per finding on the line it starts on, and records apart from findings', () => {
    const tally = new FileTally(true)
    tally.addMessage(3, { original: 'exp 12/29 cvv 737', text: 'exp **/** cvv ***', findings: [{ type: 'expiry_date', start: 4, end: 9, reason: 'keyword' }, { type: 'cvv', start: 14, end: 17, reason: 'keyword' }] })
    tally.countRecord(true)
    tally.countRecord(false)
    expect(tally.toData()).toEqual({
      counts: { expiry_date: 1, cvv: 1 },
      records: 2,
      changed: 1,
      entries: [
        { line: 3, type: 'expiry_date' },
        { line: 3, type: 'cvv' },
      ],
    })
    expect(foundIn(tally.toData())).toBe(true)
    expect(foundIn(new FileTally(false).toData())).toBe(false)
  })

  it('lists a finding on every line it spans, and the rest of a split card with its type (never an undocumented one)', () => {
    const tally = new FileTally(true)
    // A CSV cell with a line break inside a card number.
    tally.addFindings(7, [{ type: 'card_number', start: 5, end: 25, reason: 'luhn+iin' }], 'card 4111 1111\n1111 1111')
    // The second half of a card split across messages: no finding of its own, the type it continues.
    tally.addMessage(9, { original: '1111 1111', text: '**** 1111', findings: [], continued: 'card_number' })
    // Two cards on one line are two entries.
    tally.addFindings(10, [{ type: 'card_number', start: 0, end: 4, reason: 'x' }, { type: 'card_number', start: 5, end: 9, reason: 'x' }], 'aaaa bbbb')
    expect(tally.toData().entries).toEqual([
      { line: 7, type: 'card_number' },
      { line: 8, type: 'card_number' },
      { line: 9, type: 'card_number' },
      { line: 10, type: 'card_number' },
      { line: 10, type: 'card_number' },
    ])
    expect(tally.toData().counts).toEqual({ card_number: 3 })
  })
})
