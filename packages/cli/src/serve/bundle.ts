/**
 * Finding the standalone player, `@hatrack/elements`' `dist/hatrack.js`, for `hatrack serve`.
 * In the repository, when it is missing or older than the elements' sources, it is built on the
 * fly with vite into a folder of this process's own (so two servers, or a server and a test,
 * never write the same files), and `pnpm hatrack serve FILE` works on a fresh clone. An
 * installed CLI uses the built package as it is.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Vite from 'vite'

/** Where the player's files are, or why there are none. */
export type PlayerBundle =
  | {
      readonly status: 'ready'
      /** The folder holding `hatrack.js` and its `chunks/`. */
      readonly dist: string
      /** Whether this call built it (into a temporary folder). */
      readonly built: boolean
      /** Removes what this call built; nothing otherwise. */
      dispose(): void
    }
  | { readonly status: 'missing'; readonly message: string; readonly hint: string }

/** The elements package's folder: the installed dependency, else the repository's sibling. */
export function elementsPackageDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    return dirname(require.resolve('@hatrack/elements/package.json'))
  } catch {
    // Not installed beside the CLI: in the repository, src/serve and dist/serve both sit two
    // folders below packages/cli.
    const sibling = fileURLToPath(new URL('../../../elements/', import.meta.url))
    return existsSync(join(sibling, 'package.json')) ? sibling : undefined
  }
}

/** The newest modification time of the files under `dir` (0 when there is none). */
function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

/** Whether `dist/hatrack.js` is missing, or older than a source or the build's config. */
export function needsBuild(packageDir: string): boolean {
  const entry = join(packageDir, 'dist', 'hatrack.js')
  if (!existsSync(entry)) return true
  const src = join(packageDir, 'src')
  if (!existsSync(src)) return false
  const built = statSync(entry).mtimeMs
  const config = join(packageDir, 'vite.config.ts')
  return newest(src) > built || (existsSync(config) && statSync(config).mtimeMs > built)
}

/** The first non-empty line of `text`, without terminal colours. */
function firstLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '')
  return plain.split('\n').find((line) => line.trim() !== '') ?? plain
}

const BUILD_HINT = 'run `pnpm --filter @hatrack/elements build` in the repository, then try again'

/**
 * Builds the standalone player with vite (only the repository has vite and the sources) into
 * `outDir`; resolves with why it failed, or `undefined`.
 */
async function build(packageDir: string, outDir: string): Promise<string | undefined> {
  let vite: typeof Vite
  try {
    vite = await import('vite')
  } catch {
    return 'vite is not installed here'
  }
  try {
    await vite.build({
      root: packageDir,
      configFile: join(packageDir, 'vite.config.ts'),
      mode: 'standalone',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, sourcemap: true },
    })
    return undefined
  } catch (error) {
    // vite's messages are long and coloured: the first line names the problem; the build
    // command of the hint prints all of it.
    const message = error instanceof Error ? error.message : String(error)
    return firstLine(message)
  }
}

/** Finds the player, building it first when `needsBuild` says so and the sources are here. */
export async function playerBundle(
  onBuild: (message: string) => void = () => {},
): Promise<PlayerBundle> {
  const packageDir = elementsPackageDir()
  if (packageDir === undefined)
    return {
      status: 'missing',
      message: 'the web player (@hatrack/elements) is not installed',
      hint: 'install @hatrack/elements beside @hatrack/cli',
    }
  const dist = join(packageDir, 'dist')
  const keep = (): void => {}
  if (existsSync(join(packageDir, 'src')) && needsBuild(packageDir)) {
    onBuild('building the web player (@hatrack/elements)…')
    const outDir = mkdtempSync(join(tmpdir(), 'hatrack-player-'))
    const dispose = (): void => rmSync(outDir, { recursive: true, force: true })
    const failure = await build(packageDir, outDir)
    if (failure === undefined) return { status: 'ready', dist: outDir, built: true, dispose }
    dispose()
    if (!existsSync(join(dist, 'hatrack.js')))
      return {
        status: 'missing',
        message: `the web player is not built, and building it failed: ${failure}`,
        hint: BUILD_HINT,
      }
    onBuild(`building failed (${failure}): serving the previous build`)
    return { status: 'ready', dist, built: false, dispose: keep }
  }
  if (!existsSync(join(dist, 'hatrack.js')))
    return { status: 'missing', message: 'the web player is not built', hint: BUILD_HINT }
  return { status: 'ready', dist, built: false, dispose: keep }
}
