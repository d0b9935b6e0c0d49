import { describe, expect, it } from 'vitest'
import { renderRemove } from '../../src/policies/remove.js'

describe('renderRemove', () => {
  it('replaces a finding with nothing', () => {
    expect(renderRemove()).toBe('')
  })
})
