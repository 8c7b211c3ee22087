/**
 * The size of the standalone player as a page downloads it, in gzipped bytes (zlib's default
 * level, as web servers and vite's own report use):
 *
 * - `elements.bundle.player.gzip`: `hatrack.js` and the chunks it imports statically (xstate,
 *   which the core shares): everything a page loads before a player needs the core. The budget
 *   (design.md: ≤ 90 KB, 92,160 bytes).
 * - `elements.bundle.core.gzip`: the core chunk `import()`ed when a player first loads a
 *   scenario (YAML, the scenario loader, the model, the engine), and what it alone imports.
 * - `elements.bundle.total.gzip`: both.
 *
 * Each file is compressed on its own, as a server sends it.
 */
import { gzipSync } from 'node:zlib'
import type { BuiltChunk } from './build.ts'

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string
  readonly value: number
  readonly unit: string
}

/** `start` and every file it imports statically, transitively. */
function staticClosure(
  byName: ReadonlyMap<string, BuiltChunk>,
  start: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(start)) return seen
  seen.add(start)
  for (const next of byName.get(start)?.imports ?? []) staticClosure(byName, next, seen)
  return seen
}

/** The three figures, and a line per file for the report. */
export function bundleFigures(chunks: readonly BuiltChunk[]): {
  readonly figures: BenchFigure[]
  readonly files: string[]
} {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.fileName === 'hatrack.js')
  if (entry === undefined) throw new Error('the build made no hatrack.js')
  const core = entry.dynamicImports.filter((name) => /(^|\/)core-[^/]+\.js$/.test(name))
  if (core.length !== 1 || core[0] === undefined)
    throw new Error(`hatrack.js should import one core chunk, not ${core.length}`)
  const player = staticClosure(byName, entry.fileName)
  const coreFiles = [...staticClosure(byName, core[0])].filter((name) => !player.has(name))
  const size = new Map(chunks.map((chunk) => [chunk.fileName, gzipSync(chunk.code).byteLength]))
  const sum = (names: Iterable<string>): number =>
    [...names].reduce((total, name) => total + (size.get(name) ?? 0), 0)
  const playerBytes = sum(player)
  const coreBytes = sum(coreFiles)
  return {
    figures: [
      { name: 'elements.bundle.player.gzip', value: playerBytes, unit: 'bytes' },
      { name: 'elements.bundle.core.gzip', value: coreBytes, unit: 'bytes' },
      { name: 'elements.bundle.total.gzip', value: playerBytes + coreBytes, unit: 'bytes' },
    ],
    files: [...player, ...coreFiles].map((name) => `${name} ${size.get(name) ?? 0} B gzipped`),
  }
}
