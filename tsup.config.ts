import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: ESM + CJS + types for every entry point.
    entry: { index: 'src/index.ts', pci: 'src/pci.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
])
