import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DIGIT_DECORATIONS } from '../../src/data/limits.js'
import { isDigitDecoration } from '../../src/scanner/char-classes.js'
import { AstralCursor, Cursor, NEED_MORE_INPUT } from '../../src/scanner/cursor.js'
import { SECOND_HALF_OF_DIGIT } from '../../src/scanner/unicode-digits.js'
import { digitRunEnd, digitWidthAt, isDigitCode, readDigitGroup, splitsDigitGroup, type DigitGroup } from '../../src/scanner/digit-group.js'
import { DIGIT_DECORATIONS, DIGIT_SETS } from './digit-sets.js'

function cursorOver(text: string, final = true): Cursor {
  const cursor = new AstralCursor()
  cursor.text = text
  cursor.final = final
  return cursor
}

/** What `run` throws, or undefined. */
function thrownBy(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

/** Every digit group of `text`, read from left to right as the scanner offers them. */
function groupsOf(text: string): DigitGroup[] {
  const cursor = cursorOver(text)
  const groups: DigitGroup[] = []
  let index = 0
  while (index < text.length) {
    if (!isDigitCode(cursor.code(index))) {
      index++
      continue
    }
    const group = readDigitGroup(cursor, index, Number.MAX_SAFE_INTEGER) as DigitGroup
    groups.push(group)
    index = group.end
  }
  return groups
}

describe('readDigitGroup', () => {
  it.each([
    ['ASCII', '4111 ', 0, { end: 4, digits: '4111' }],
    ['full-width', '４１１１ ', 0, { end: 4, digits: '4111' }],
    ['mathematical bold: two code units a digit, end after the last pair', '𝟒𝟏𝟏𝟏 ', 0, { end: 8, digits: '4111' }],
    ['Adlam', '𞥔𞥑 ', 0, { end: 4, digits: '41' }],
    ['circled, superscript, mixed with ASCII', '④¹1₁ ', 0, { end: 4, digits: '4111' }],
    ['keycap emoji: the marks belong to their digit', '7\ufe0f\u20e33\ufe0f\u20e37\ufe0f\u20e3 ', 0, { end: 9, digits: '737' }],
    ['strike-through', '7\u03363\u03367\u0336 ', 0, { end: 6, digits: '737' }],
    ['a mathematical digit with a keycap', '𝟕\ufe0f\u20e3 ', 0, { end: 4, digits: '7' }],
    ['three marks: the third ends the group', '7\u0336\u0332\u03363', 0, { end: 3, digits: '7' }],
    ['a mark before a digit is not part of the group', '\u03367', 1, { end: 2, digits: '7' }],
    ['offsets are code units from the start given', 'cvv 𝟕𝟑𝟕.', 4, { end: 10, digits: '737' }],
  ])('%s', (_name, text, start, expected) => {
    expect(readDigitGroup(cursorOver(text), start, 19)).toEqual({ start, ...expected })
  })

  it('counts digits, not code units, against its limit', () => {
    const nineteen = '𝟏'.repeat(19)
    expect(readDigitGroup(cursorOver(nineteen), 0, 19)?.digits).toBe('1'.repeat(19))
    expect(readDigitGroup(cursorOver(`${nineteen}𝟏`), 0, 19)).toBeUndefined()
    expect(readDigitGroup(cursorOver('7\ufe0f\u20e3'.repeat(3)), 0, 3)?.digits).toBe('777')
  })

  it('asks for more input when a stream ends inside a digit or right after it', () => {
    // The low surrogate decides which character it is; a mark may still follow a digit.
    expect(thrownBy(() => readDigitGroup(cursorOver('cvv 𝟕𝟑\ud835', false), 4, 19))).toBe(NEED_MORE_INPUT)
    expect(thrownBy(() => readDigitGroup(cursorOver('cvv 737', false), 4, 19))).toBe(NEED_MORE_INPUT)
    expect(thrownBy(() => readDigitGroup(cursorOver('cvv 7\ufe0f', false), 4, 19))).toBe(NEED_MORE_INPUT)
  })
})

describe('AstralCursor.code on characters above U+FFFF', () => {
  it('reads like a plain Cursor where no pair is a digit', () => {
    const text = 'cvv 737 😀 𝐀 ④ é'
    const plain = new Cursor()
    plain.text = text
    plain.final = true
    const astral = cursorOver(text)
    for (let index = -1; index <= text.length; index++) expect(astral.code(index)).toBe(plain.code(index))
  })

  it('reads a digit as its code point at its first code unit and a zero-width mark at its second; other pairs as they are', () => {
    const cursor = cursorOver('𝟒😀𝐀')
    expect([0, 1, 2, 3, 4, 5].map((index) => cursor.code(index))).toEqual([0x1d7d2, SECOND_HALF_OF_DIGIT, 0xd83d, 0xde00, 0xd835, 0xdc00])
    expect(isDigitDecoration(SECOND_HALF_OF_DIGIT)).toBe(true)
  })

  it('reads the second half as itself at the floor, where a stream may not have the first', () => {
    const cursor = cursorOver('𝟒4')
    cursor.floor = 1
    expect(cursor.code(1)).toBe(0xdfd2)
  })

  it('waits for the low surrogate of a possible digit at the end of a stream, and not at the end of the input', () => {
    expect(thrownBy(() => cursorOver('x\ud835', false).code(1))).toBe(NEED_MORE_INPUT)
    expect(cursorOver('x\ud835', true).code(1)).toBe(0xd835)
    // U+D83D starts no digit: nothing to wait for.
    expect(cursorOver('x\ud83d', false).code(1)).toBe(0xd83d)
  })
})

describe('digitWidthAt / digitRunEnd / splitsDigitGroup (the raw-string helpers)', () => {
  it.each([
    ['4', 0, 1],
    ['𝟒', 0, 2],
    ['𝟒', 1, 0],
    ['😀', 0, 0],
    ['\ud835', 0, 0],
    ['④', 0, 1],
    ['x', 0, 0],
  ])('digitWidthAt(%j, %i) → %i', (text, index, width) => {
    expect(digitWidthAt(text, index)).toBe(width)
  })

  it('digitRunEnd skips digits of every width and all their marks', () => {
    expect(digitRunEnd('𝟒𝟏\u0336\u0336\u0336𝟏1x', 0)).toBe(10)
    expect(digitRunEnd('abc', 1)).toBe(1)
  })

  it.each([
    ['inside a pair', '𝟒𝟏', 1, true],
    ['between two pairs', '𝟒𝟏', 2, true],
    ['between a digit and its mark', '7\u0336', 1, true],
    ['between a mark and the next digit', '7\u03363', 2, true],
    ['after the last mark a digit may have', '7\u0336\u0336\u0336', 3, false],
    ['between a letter and a digit', 'x7', 1, false],
    ['inside an emoji (no digit)', '😀', 1, false],
  ])('splitsDigitGroup: %s', (_name, text, index, splits) => {
    expect(splitsDigitGroup(text, index)).toBe(splits)
  })

  /** Digits of every set, marks, letters, spaces and emoji, glued in any order. */
  const pieceArbitrary = fc.oneof(
    fc.constantFrom(...DIGIT_SETS).chain((set) => fc.constantFrom(...set.digits.filter((digit) => digit !== undefined))),
    fc.constantFrom(...DIGIT_DECORATIONS.filter((decoration) => decoration !== ''), '\u0336\u0336\u0336'),
    fc.constantFrom('4', 'x', ' ', '😀', '𝐀', '\ud835', '-'),
  )

  it('property: splitsDigitGroup is true exactly strictly inside the groups readDigitGroup reads', () => {
    fc.assert(
      fc.property(fc.array(pieceArbitrary, { maxLength: 20 }).map((pieces) => pieces.join('')), (text) => {
        const inside = new Set<number>()
        for (const group of groupsOf(text)) for (let index = group.start + 1; index < group.end; index++) inside.add(index)
        for (let index = 0; index <= text.length; index++) expect(splitsDigitGroup(text, index)).toBe(inside.has(index))
      }),
    )
  })

  it(`property: a group's marks are at most ${MAX_DIGIT_DECORATIONS} per digit, and its digits are every digit in it`, () => {
    fc.assert(
      fc.property(fc.array(pieceArbitrary, { maxLength: 20 }).map((pieces) => pieces.join('')), (text) => {
        for (const group of groupsOf(text)) {
          const codePoints = [...text.slice(group.start, group.end)]
          const digits = codePoints.filter((char) => isDigitCode(char.codePointAt(0) as number))
          expect(digits.length).toBe(group.digits.length)
          expect(codePoints.length - digits.length).toBeLessThanOrEqual(digits.length * MAX_DIGIT_DECORATIONS)
        }
      }),
    )
  })
})
