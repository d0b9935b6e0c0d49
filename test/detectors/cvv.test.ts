import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/index.js'

const now = () => new Date('2026-11-24T12:00:00Z')
const redactor = createRedactor({ now })
const found = (text: string) => redactor.redact(text).findings.map((finding) => finding.type)

describe('CVV / CVC', () => {
  it.each([
    ['cvv keyword', 'cvv 737', 'cvv ***'],
    ['cvc with colon', 'CVC: 123', 'CVC: ***'],
    ['cvv2, whose digit is part of the keyword', 'CVV2: 123', 'CVV2: ***'],
    ['multi-word keyword split by the look-ahead', '123 is the security code', '*** is the security code'],
    ['security code phrase', 'my card security code is 123', 'my card security code is ***'],
    ['digits on the back', 'the 3 digits on the back are 456', 'the 3 digits on the back are ***'],
    ['keyword after', '737 is my cvv', '*** is my cvv'],
    ['keyword after in brackets', '737 (cvv)', '*** (cvv)'],
    ['Amex CID', 'cid 1234', 'cid ****'],
    ['after card and expiry', '4111 1111 1111 1111 12/27 737', '**** **** **** 1111 **/** ***'],
    ['after a card', '5555555555554444 123', '************4444 ***'],
    ['Amex CID after an Amex card', '378282246310005 1234', '***********0005 ****'],
    ['card, code, then expiry', '4111111111111111 737 12/27', '************1111 *** **/**'],
    ['code on the line after a card', '4111 1111 1111 1111\n737', '**** **** **** 1111\n***'],
    ['keyword glued on (phone keyboard)', 'cvv737', 'cvv***'],
    ['Markdown bold code', 'cvv: **737**', 'cvv: *******'],
    ['Markdown bold keyword', '**CVV** 737', '**CVV** ***'],
    ['Markdown bold label', '**CVV:** 737', '**CVV:** ***'],
    ['Markdown italic code', 'cvv *737*', 'cvv *****'],
    ['Markdown italic with underscores', 'cvv _737_', 'cvv _***_'],
    ['CVC2 glued on', 'card code CVC2 123', 'card code CVC2 ***'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })

  it.each([
    ['room number', 'room 123'],
    ['amount', 'that is $123'],
    ['promo code', 'promo code 123'],
    ['reference', 'ticket #123'],
    ['decimal', 'cvv 1.23'],
    ['part of a longer number', 'cvv 123 456'],
    ['percentage', 'cvv 123%'],
    ['keyword for a later number', 'room 123 and cvv'],
    ['4 digits after a Visa is not a CID', '4111111111111111 9999'],
    ['glued to letters that are not a keyword', 'room123'],
    ['a redacted number between keyword and code', 'cvv *** room 404'],
    ['glued to a longer word ending in a keyword', 'abccvv123'],
  ])('leaves alone: %s', (_name, input) => {
    expect(found(input).filter((type) => type === 'cvv')).toEqual([])
  })
})

describe('CVV phrasings found by the accuracy evaluation', () => {
  it.each([
    ['cvv2 then a space', 'cvv2 115', 'cvv2 ***'],
    ['CVC2 mid-sentence', 'CVC2 600 thanks', 'CVC2 *** thanks'],
    ['code on the back, after', '115 is the code on the back', '*** is the code on the back'],
    ['four digit code on the front', 'the four digit code on the front is 1234', 'the four digit code on the front is ****'],
  ])('%s', (_name, input, expected) => {
    expect(redactor.redact(input).text).toBe(expected)
  })
})
