/** Table cells for measured figures. */
import { significant, times } from './format.js'
import type { Measured } from './measure.js'

export function mbps(measured: Measured | undefined): string {
  if (measured === undefined) return 'n/a'
  if (measured.error !== undefined) return `failed: ${measured.error}`
  return significant(measured.mbPerSecond ?? Number.NaN)
}

export function margin(measured: Measured | undefined): string {
  if (measured?.rme === undefined) return ''
  return `±${measured.rme.toFixed(1)}%`
}

/** `a` ÷ `b` by throughput: how many times faster `a` is. */
export function ratio(a: Measured | undefined, b: Measured | undefined): number | undefined {
  if (a?.mbPerSecond === undefined || b?.mbPerSecond === undefined || b.mbPerSecond === 0) return undefined
  return a.mbPerSecond / b.mbPerSecond
}

export function ratioCell(a: Measured | undefined, b: Measured | undefined): string {
  const value = ratio(a, b)
  return value === undefined ? 'n/a' : times(value)
}

export function kib(bytes: number): string {
  return bytes >= 1e6 ? `${significant(bytes / 1e6)} MB` : `${significant(bytes / 1e3)} kB`
}
