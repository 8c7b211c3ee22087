/**
 * Builds the standalone player (`packages/elements/dist/hatrack.js` and its chunks) with vite's
 * JavaScript API and the package's own `vite.config.ts`, as `pnpm build` does, so the benchmarks
 * always measure the current sources.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** The elements package's folder. */
export const ELEMENTS_DIR = fileURLToPath(new URL('../../../elements/', import.meta.url))

/** One JavaScript file of the build and how it links to the others. */
export interface BuiltChunk {
  /** Relative to `dist/`: `hatrack.js`, `chunks/core-HASH.js`. */
  readonly fileName: string
  readonly code: string
  readonly isEntry: boolean
  /** The files it imports statically: loaded with it. */
  readonly imports: readonly string[]
  /** The files it imports with `import()`: loaded when that runs. */
  readonly dynamicImports: readonly string[]
}

/** The build: where it is and what it holds. */
export interface StandaloneBuild {
  readonly dist: string
  readonly chunks: readonly BuiltChunk[]
}

/** Builds `dist/hatrack.js` and its chunks. */
export async function buildStandalone(): Promise<StandaloneBuild> {
  const result = await build({
    root: ELEMENTS_DIR,
    configFile: `${ELEMENTS_DIR}vite.config.ts`,
    mode: 'standalone',
    logLevel: 'error',
  })
  const outputs = Array.isArray(result) ? result : [result]
  const chunks: BuiltChunk[] = []
  for (const output of outputs) {
    if (!('output' in output)) throw new Error('vite started watching instead of building')
    for (const file of output.output)
      if (file.type === 'chunk')
        chunks.push({
          fileName: file.fileName,
          code: file.code,
          isEntry: file.isEntry,
          imports: file.imports,
          dynamicImports: file.dynamicImports,
        })
  }
  return { dist: `${ELEMENTS_DIR}dist/`, chunks }
}
