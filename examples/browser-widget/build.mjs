// Bundles the card-only entry point, chatmask/pci, into one minified ES module for
// the browser: examples/browser-widget/dist/chatmask-pci.min.js. The built file is
// not committed; run this before opening the page (the e2e test and CI run it too).
//
//   node examples/browser-widget/build.mjs
//
// It bundles src/pci.ts, the same source tsup turns into dist/pci.js, so the example
// needs no `npm run build` first. In your own app, bundle `import … from 'chatmask/pci'`
// with your usual bundler; the result is the same code.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const here = new URL('.', import.meta.url)
const outfile = fileURLToPath(new URL('dist/chatmask-pci.min.js', here))

const result = await build({
  entryPoints: [fileURLToPath(new URL('../../src/pci.ts', here))],
  outfile,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: false,
  legalComments: 'none',
  write: true,
  metafile: true,
  logLevel: 'warning',
})

const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0
const gzipped = gzipSync(readFileSync(outfile), { level: 9 }).length
console.log(`wrote ${outfile}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzip`)
