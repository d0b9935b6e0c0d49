/**
 * The two chatmask entry points as users get them: the built package in dist/
 * (`npm run bench` builds first). Measuring the TypeScript source through tsx
 * instead measured tsx's module transform too, at up to half the speed.
 * `chatmask` has every detector; `chatmask/pci` cards, expiry dates and CVVs only.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Redactor } from '../../src/index.js'
import type { RedactorOptions } from '../../src/options.js'

type Entry = typeof import('../../src/index.js')

// CHATMASK_DIST: another build's folder (a checkout shared with others may be rebuilding dist/).
const DIST = process.env.CHATMASK_DIST ? pathToFileURL(`${process.env.CHATMASK_DIST.replace(/\/+$/, '')}/`) : new URL('../../dist/', import.meta.url)
if (!existsSync(fileURLToPath(new URL('index.js', DIST)))) {
  throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does).')
}
const full = (await import(new URL('index.js', DIST).href)) as Entry
const pci = (await import(new URL('pci.js', DIST).href)) as Entry

export { OURS_ALL, OURS_PCI } from './ours-names.js'

export function oursAll(options?: RedactorOptions): Redactor {
  return full.createRedactor(options)
}

export function oursPci(options?: RedactorOptions): Redactor {
  return pci.createRedactor(options)
}

export type { Redactor }
