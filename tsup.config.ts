import {defineConfig} from 'tsup'

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // Keep the CLI, built by the next entry at the same time.
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    treeshake: true
  },
  {
    // The `zitat` CLI: ESM for Node, importing the library from the package
    // itself (`zitat` resolves to `dist/index.js` by self-reference).
    entry: {cli: 'cli/zitat.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    external: ['zitat'],
    banner: {js: '#!/usr/bin/env node'}
  }
])
