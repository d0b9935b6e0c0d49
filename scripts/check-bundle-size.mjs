// How big is chatmask/pci in a browser? Bundles the package's own `chatmask/pci`
// entry (resolved through package.json "exports", so it measures what is
// published: dist/pci.js, after `npm run build`) the way an app's bundler would:
// esbuild, platform browser, ES module, minified. Prints the minified and gzip
// sizes and the largest inputs, and fails when the gzip size is over budget.
//
//   npm run build && node scripts/check-bundle-size.mjs [--json]
import { build } from 'esbuild'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The card-only entry is the one meant for chat widgets: it must stay small enough to load on every page. */
const BUDGET_GZIP_BYTES = 12 * 1024
/** Best compression, as a CDN or a build step would serve a static asset. */
const GZIP_LEVEL = 9
const TOP_INPUTS = 8
const KIB = 1024

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(`${root}/dist/pci.js`)) {
  console.error('dist/pci.js is missing: run `npm run build` first.')
  process.exit(1)
}

const result = await build({
  // Everything the entry exports, as `export * from` keeps it all: the whole public surface.
  stdin: { contents: "export * from 'chatmask/pci'", resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'error',
})

const inputs = Object.keys(result.metafile.inputs)
if (!inputs.some((input) => input.replaceAll('\\', '/').endsWith('dist/pci.js'))) {
  console.error(`chatmask/pci did not resolve to dist/pci.js (inputs: ${inputs.slice(0, 5).join(', ')}…)`)
  process.exit(1)
}
const code = result.outputFiles[0].contents
const gzipBytes = gzipSync(code, { level: GZIP_LEVEL }).length
const output = Object.values(result.metafile.outputs)[0]
const largest = Object.entries(output.inputs)
  .map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, TOP_INPUTS)
const withinBudget = gzipBytes <= BUDGET_GZIP_BYTES

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ entry: 'chatmask/pci', minifiedBytes: code.length, gzipBytes, budgetGzipBytes: BUDGET_GZIP_BYTES, withinBudget, largest }))
} else {
  const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`
  console.log(
    `chatmask/pci browser bundle (esbuild, esm, minified): ${kib(code.length)}, ${kib(gzipBytes)} gzip ` +
      `(${gzipBytes} bytes; budget ${kib(BUDGET_GZIP_BYTES)}): ${withinBudget ? 'ok' : 'OVER BUDGET'}`,
  )
  console.log('largest inputs (minified bytes before gzip):')
  for (const { input, bytes } of largest) console.log(`  ${String(bytes).padStart(7)}  ${input}`)
}
if (!withinBudget) process.exitCode = 1
