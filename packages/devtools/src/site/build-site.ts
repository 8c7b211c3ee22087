/**
 * Builds the documentation site with VitePress (`vitepress build docs`), as a child process so
 * VitePress uses its own Vite. Resolves VitePress from the docs package, where it is installed.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's `docs/` folder. */
export const DOCS_DIR = fileURLToPath(new URL('../../../../docs', import.meta.url))

/** The default output folder of `vitepress build docs`. */
export const SITE_DIST = join(DOCS_DIR, '.vitepress', 'dist')

/** The path of VitePress's command-line script. */
export function vitepressBin(): string {
  const require = createRequire(join(DOCS_DIR, 'package.json'))
  const manifest = require.resolve('vitepress/package.json')
  return join(dirname(manifest), 'bin', 'vitepress.js')
}

/**
 * Runs `vitepress build` on the docs, into `outDir` (the default `docs/.vitepress/dist` when
 * absent). Output goes to the terminal when `quiet` is false; otherwise it is kept and shown only
 * if the build fails.
 */
export function buildSite(options: { readonly outDir?: string; readonly quiet?: boolean } = {}) {
  const args = [vitepressBin(), 'build', DOCS_DIR]
  if (options.outDir !== undefined) args.push('--outDir', options.outDir)
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: DOCS_DIR,
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`vitepress build exited with ${code}\n${output}`))
    })
  })
}
