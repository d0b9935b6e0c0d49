import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: ESM + CJS + types for every entry point.
    entry: { index: 'src/index.ts', pci: 'src/pci.ts', node: 'src/node.ts', redis: 'src/redis/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Not `clean`: the two builds run in parallel; `npm run build` empties dist/ first.
    clean: false,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    // Shared chunks in CJS too, so `chatmask` and `chatmask/pci` share one ChatmaskError class.
    splitting: true,
  },
  {
    // The command: one ESM file set with its shebang kept (tsup preserves it), Node only.
    entry: { bin: 'src/cli/bin.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    dts: false,
    clean: false,
  },
])
