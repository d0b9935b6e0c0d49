import { describe, expect, it } from 'vitest'
import { renderKeep } from '../../src/policies/keep.js'

describe('renderKeep', () => {
  it.each(['jo@example.com', '+44 20 7946 0958', '', '٤١١١'])('returns %j exactly as written', (original) => {
    expect(renderKeep(original)).toBe(original)
  })
})
