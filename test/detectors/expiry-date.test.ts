import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'

// A fixed clock: expiry plausibility depends on "now".
const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })
const found = (text: string) => redactor.redact(text).findings.map((finding) => finding.type)

describe('expiry dates', () => {
  it.each([
    ['MM/YY after a keyword', 'exp 12/27', 'exp **/**'],
    ['MM/YYYY', 'expiry date: 03/2029', 'expiry date: **/****'],
    ['MM-YY', 'expires 04-28', 'expires **-**'],
    ['MM.YY', 'valid thru 05.30', 'valid thru **.**'],
    ['spaced slash', 'good thru 1 / 28', 'good thru * / **'],
    ['MMYY', 'expiration 0628', 'expiration ****'],
    ['mm/yy label', 'MM/YY: 07/29', 'MM/YY: **/**'],
    ['month name', 'it expires Jan 2027', 'it expires Jan ****'],
    ['keyword after', '12/27 is the expiry', '**/** is the expiry'],
    ['when it expires', '10/28 is when it expires', '**/** is when it expires'],
    ['right after a card', '4111 1111 1111 1111 12/27', '**** **** **** 1111 **/**'],
    ['right after a card, MMYY', '4111 1111 1111 1111 1227', '**** **** **** 1111 ****'],
    ['after a card and a comma', '4111111111111111, 09/28', '************1111, **/**'],
    ['recently expired is still masked', 'exp 10/26', 'exp **/**'],
    ['right after a CVV', 'cvv 737 12/27', 'cvv *** **/**'],
    ['joined to the card by a slash', '4111 1111 1111 1111/12/27', '**** **** **** 1111/**/**'],
    ['joined to the card by a hyphen', '4111 1111 1111 1111-12-27', '**** **** **** 1111-**-**'],
    ['keyword glued on (phone keyboard)', 'exp12/27', 'exp**/**'],
    ['Markdown bold', 'expires **12/27**', 'expires ****/****'],
    ['Markdown bold label, italic date', '**Expires:** *12/27*', '**Expires:** ***/***'],
    ['Markdown italic with underscores', 'exp _12/27_', 'exp _**/**_'],
    ['keyword glued on, MMYY', 'Expiry1227', 'Expiry****'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['no card context', 'The meeting is 12/27'],
    ['a full date', 'exp 12/27/2026'],
    ['an ISO date', 'expires 2027-12-01'],
    ['month 13', 'exp 13/27'],
    ['too far in the future', 'exp 12/99'],
    ['long past', 'exp 12/19'],
    ['a time', 'expires at 12:27'],
    ['keyword belongs to an earlier number', 'exp 3 days, meeting 12/27'],
    ['after a number that is not a CVV', 'room 737 12/27'],
    ['glued to letters that are not a keyword', 'ref12/27'],
    ['glued to a keyword that is glued to a digit (one token)', 'x9exp12/27'],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input)).toEqual([])
    expect(redactor.redact(input).text).toBe(input)
  })
})
