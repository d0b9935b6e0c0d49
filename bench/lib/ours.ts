/**
 * The two chatmask entry points, imported from source: `chatmask` (every detector)
 * and `chatmask/pci` (cards, expiry dates and CVVs only). Until the PII detectors
 * land, both may run the same detectors; the benchmark runs both regardless.
 */
import { createRedactor as createFullRedactor, type Redactor } from '../../src/index.js'
import { createRedactor as createPciRedactor } from '../../src/pci.js'
import type { RedactorOptions } from '../../src/options.js'

export const OURS_ALL = 'chatmask'
export const OURS_PCI = 'chatmask/pci'

export function oursAll(options?: RedactorOptions): Redactor {
  return createFullRedactor(options)
}

export function oursPci(options?: RedactorOptions): Redactor {
  return createPciRedactor(options)
}

export type { Redactor }
