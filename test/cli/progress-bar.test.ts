import { describe, expect, it } from 'vitest'
import { formatProgress } from '../../src/cli/progress-bar.js'

describe('formatProgress', () => {
  it.each([
    [{ doneBytes: 5e8, totalBytes: 1e9, elapsedMs: 5000 }, '[############------------]  50%  500.0 / 1000.0 MB  100.0 MB/s  ETA 0:05'],
    [{ doneBytes: 0, totalBytes: 2e6, elapsedMs: 0 }, '[------------------------]   0%  0.0 / 2.0 MB  0.0 MB/s  ETA --:--'],
    [{ doneBytes: 1e9, totalBytes: 1e9, elapsedMs: 125_000 }, '[########################] 100%  1000.0 / 1000.0 MB  8.0 MB/s  ETA 0:00'],
    [{ doneBytes: 3e7, totalBytes: undefined, elapsedMs: 2000 }, '30.0 MB  15.0 MB/s'],
  ])('%j', (state, line) => {
    expect(formatProgress(state)).toBe(line)
  })
})
