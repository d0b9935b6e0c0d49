import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillTemplate, parseTemplate, placeholdersOf } from '../../src/policies/template.js'

describe('parseTemplate', () => {
  it.each([
    ['[{TYPE}]', [{ text: '[' }, { placeholder: 'TYPE' }, { text: ']' }]],
    ['{type}:{hash}', [{ placeholder: 'type' }, { text: ':' }, { placeholder: 'hash' }]],
    ['{brand} …{last4}', [{ placeholder: 'brand' }, { text: ' …' }, { placeholder: 'last4' }]],
    ['{{literal}}', [{ text: '{literal}' }]],
    ['{{{first6}}}', [{ text: '{' }, { placeholder: 'first6' }, { text: '}' }]],
    ['', []],
    ['no placeholders', [{ text: 'no placeholders' }]],
  ])('%j parses', (template, parts) => {
    expect(parseTemplate(template)).toEqual({ ok: true, parts })
  })

  it.each([
    ['{pan}', 'unknown placeholder {pan}'],
    ['{ last4 }', 'unknown placeholder'],
    ['{last4', 'never closed'],
    ['last4}', 'closes nothing'],
    ['{}', 'unknown placeholder'],
    ['{Type}', 'unknown placeholder {Type}'],
  ])('%j is malformed: %s', (template, problem) => {
    const parsed = parseTemplate(template)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toContain(problem)
  })

  it('never repeats a placeholder name that could be a value', () => {
    const parsed = parseTemplate('{4111111111111111}')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).not.toMatch(/\d/)
  })

  it('round-trips any text without braces, and any text with braces doubled', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = text.replaceAll('{', '{{').replaceAll('}', '}}')
        const parsed = parseTemplate(escaped)
        expect(parsed.ok).toBe(true)
        if (parsed.ok) expect(fillTemplate(parsed.parts, () => 'X')).toBe(text)
      }),
    )
  })
})

describe('placeholdersOf and fillTemplate', () => {
  it('lists each placeholder once and fills each occurrence', () => {
    const parsed = parseTemplate('{type}-{last4}-{type}')
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(placeholdersOf(parsed.parts)).toEqual(['type', 'last4'])
    expect(fillTemplate(parsed.parts, (name) => name.toUpperCase())).toBe('TYPE-LAST4-TYPE')
  })
})
