/**
 * A record's values redacted with the record as context (real redactor, no
 * mocks). Expected outputs follow the rules: a named value is read as the answer
 * for its data; a card in the record makes the others its expiry and CVV; the
 * name alone masks digits whose count fits the data, and nothing else.
 *
 * The cases marked "answering" use the engine's `redact(text, { answering })`;
 * they fail until that option is implemented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor, type AnswerableType } from '../../src/index.js'
import { newRecordContext, RecordCellRedactor, type CellInput } from '../../src/cli/record-cells.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })
const cells = new RecordCellRedactor(redactor, undefined)

const texts = (input: readonly CellInput[]): string[] => cells.redactRecord(input, newRecordContext()).map((cell) => cell.text)
const cell = (value: string, keyType?: AnswerableType): CellInput => ({ value, keyType })

describe('RecordCellRedactor', () => {
  it('answering: a value named cvv / expiry / card is that data', () => {
    expect(texts([cell('737', 'cvv'), cell('12/29', 'expiry_date'), cell('4111111111111111', 'card_number')])).toEqual(['***', '**/**', '************1111'])
  })

  it('answering: a card in a row makes its unnamed neighbours the expiry and CVV (Jane,4111…,12/29,123)', () => {
    expect(texts([cell('Jane'), cell('4111111111111111'), cell('12/29'), cell('123')])).toEqual(['Jane', '************1111', '**/**', '***'])
  })

  it('without a card or a name, a bare code or date stays: "room 123" is not a CVV', () => {
    expect(texts([cell('Jane'), cell('12/29'), cell('123'), cell('order 4111')])).toEqual(['Jane', '12/29', '123', 'order 4111'])
  })

  it('a named value keeps its reading when a card is near: exp_year 2029 is an expiry, masked as such', () => {
    const result = cells.redactRecord([cell('4111111111111111', 'card_number'), cell('2029', 'expiry_date')], newRecordContext())
    expect(result.map((each) => each.text)).toEqual(['************1111', '****'])
    expect(result[1]?.findings.map((finding) => finding.type)).toEqual(['expiry_date'])
  })

  it('fails closed by the name: digits the engine did not take are masked when their count fits the data', () => {
    expect(texts([cell('7 3 7', 'cvv'), cell('12', 'expiry_date'), cell('4111 1111 1111 1112', 'card_number')])).toEqual(['* * *', '**', '**** **** **** ****'])
  })

  it('…and only then: a cid column of conversation ids, a JWT exp timestamp and a last-four stay', () => {
    expect(texts([cell('bench-12345', 'cvv'), cell('1700000000', 'expiry_date'), cell('ending 4242', 'card_number')])).toEqual([
      'bench-12345',
      '1700000000',
      'ending 4242',
    ])
  })

  it('a later part of a large record keeps the context of the earlier parts', () => {
    const context = newRecordContext()
    cells.redactRecord([cell('4111111111111111')], context)
    expect(cells.redactRecord([cell('737')], context).map((each) => each.text)).toEqual(['***'])
  })

  it('respects the policy: a mask character, and a type that is not detected or kept is not masked by name', () => {
    const hashMarks = { now, policies: { cvv: { action: 'mask', char: '#' } } } as const
    const custom = new RecordCellRedactor(createRedactor(hashMarks), hashMarks)
    expect(custom.redactRecord([cell('7 3 7', 'cvv'), cell('737', 'cvv')], newRecordContext()).map((each) => each.text)).toEqual(['# # #', '###'])
    const noCvv = new RecordCellRedactor(createRedactor({ detectors: ['card_number'] }), { detectors: ['card_number'] })
    expect(noCvv.redactRecord([cell('7 3 7', 'cvv')], newRecordContext())[0]?.text).toBe('7 3 7')
  })

  it('redacting twice changes nothing (idempotence), for any named value of digits and separators', () => {
    const value = fc.string({ unit: fc.constantFrom('1', '2', '7', ' ', '/', '-', 'a'), maxLength: 24 })
    const type = fc.constantFrom<AnswerableType | undefined>('cvv', 'expiry_date', 'card_number', undefined)
    fc.assert(
      fc.property(fc.array(fc.tuple(value, type), { maxLength: 4 }), (row) => {
        const once = cells.redactRecord(row.map(([v, t]) => cell(v, t)), newRecordContext())
        const twice = cells.redactRecord(once.map((result, index) => cell(result.text, row[index]?.[1])), newRecordContext())
        expect(twice.map((result) => result.text)).toEqual(once.map((result) => result.text))
      }),
    )
  })
})
