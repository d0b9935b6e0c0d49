import { describe, expect, it } from 'vitest'
import { gluedWordAfter, gluedWordBefore } from '../../src/scanner/glued-word.js'
import { Cursor } from '../../src/scanner/cursor.js'

function cursorOf(text: string): Cursor {
  const cursor = new Cursor()
  cursor.text = text
  cursor.final = true
  return cursor
}

describe('glued words: letters typed straight onto a number', () => {
  it.each([
    ['cvv123', 'cvv'],
    ['Prüfnummer123', 'prufnummer'],
    ['SÄKERHETSKOD123', 'sakerhetskod'],
    ['ORD123', 'ord'],
  ])('before: %s reads %s', (text, word) => {
    const cursor = cursorOf(text)
    expect(gluedWordBefore(cursor, text.search(/\d/))).toBe(word)
  })

  it('before: a word glued to another number is part of one token, unless that number is the finding before', () => {
    const text = '4111111111111111cvv123'
    const cursor = cursorOf(text)
    const code = text.indexOf('123')
    expect(gluedWordBefore(cursor, code)).toBeUndefined()
    expect(gluedWordBefore(cursor, code, text.indexOf('cvv'))).toBe('cvv')
    expect(gluedWordBefore(cursorOf('x9cvv123'), 5)).toBeUndefined()
  })

  it.each([
    ['123cvv', 'cvv'],
    ['12/29cvv123', 'cvv'],
    ['4111exp 12/29', 'exp'],
    ['123Prüfnummer', 'prufnummer'],
  ])('after: %s reads %s', (text, word) => {
    const cursor = cursorOf(text)
    const end = text.search(/[^\d/]/)
    expect(gluedWordAfter(cursor, end)).toBe(word)
  })

  it('after: a run of letters longer than any keyword, or going on with "_", is no keyword', () => {
    expect(gluedWordAfter(cursorOf(`123${'x'.repeat(40)}`), 3)).toBeUndefined()
    expect(gluedWordAfter(cursorOf('123cvv_x'), 3)).toBeUndefined()
  })
})
