/**
 * The builds of @hatrack/elements (`pnpm --filter @hatrack/elements build` runs both):
 *
 * - `vite build`: the library for bundlers, `dist/index.js` (the classes, no side effects) and
 *   `dist/define.js` (registers the tags). Every package it depends on stays an import, so an
 *   application bundles one copy of lit and shares it.
 * - `vite build --mode standalone`: `dist/hatrack.js`, the one-script-tag player — defines the
 *   tags and upgrades fenced code blocks — with lit, d3 and xstate bundled in and minified.
 *
 * In both, the heavy core (the YAML parser, the scenario loader, the model, the engine: everything
 * behind `src/core/index.ts`, which `src/core/lazy.ts` imports dynamically) is a chunk of its
 * own: `dist/chunks/core-HASH.js` beside `hatrack.js` (the library's goes to `dist/shared/`). A
 * dynamic `import('./chunks/…')` resolves against the importing module's URL, so
 * `<script type="module" src=".../hatrack.js">` fetches the core from beside it with no bundler
 * and no configured base path; nothing is fetched before a player needs it.
 */
import { rmSync } from 'node:fs'
import { join, resolve as resolvePath } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite'

/** Packages resolve each other's TypeScript source, as in the tests (vitest.shared.ts). */
const resolve = { conditions: ['@hatrack/source', ...defaultClientConditions] }

/** A bare specifier (`lit`, `@hatrack/engine`): a dependency, not a file of this package. */
function isDependency(id: string): boolean {
  return (
    !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id)
  )
}

/** Chunks go to `dist/DIR/`; the core's is `core-HASH.js` whatever rolldown would call it. */
function chunksIn(dir: string) {
  return (chunk: { readonly facadeModuleId: string | null }): string => {
    const id = chunk.facadeModuleId?.replaceAll('\\', '/') ?? ''
    return id.endsWith('/src/core/index.ts') ? `${dir}/core-[hash].js` : `${dir}/[name]-[hash].js`
  }
}

/**
 * The standalone build shares `dist/` with the library's, so it cannot empty it: it removes its
 * own previous output instead (in whatever `build.outDir` is), leaving one core chunk beside
 * `hatrack.js`.
 */
function cleanStandalone(): Plugin {
  let outDir = fileURLToPath(new URL('./dist/', import.meta.url))
  return {
    name: 'hatrack-clean-standalone',
    configResolved(config) {
      outDir = resolvePath(config.root, config.build.outDir)
    },
    buildStart() {
      for (const path of ['chunks', 'hatrack.js', 'hatrack.js.map'])
        rmSync(join(outDir, path), { recursive: true, force: true })
    },
  }
}

/** `dist/index.js` and `dist/define.js`, dependencies left as imports. */
const library: UserConfig = {
  resolve,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isDependency,
      output: { chunkFileNames: chunksIn('shared') },
    },
  },
}

/** `dist/hatrack.js`: everything but the core in one minified module. */
const standalone: UserConfig = {
  resolve,
  plugins: [cleanStandalone()],
  // Library mode leaves `process.env.NODE_ENV` for the consumer's bundler; a page has none.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { hatrack: 'src/standalone.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // Vite keeps whitespace in ES libraries for the consumer's minifier; this file has none.
      output: { chunkFileNames: chunksIn('chunks'), minify: true },
    },
  },
}

export default defineConfig(({ mode }) => (mode === 'standalone' ? standalone : library))
