/** The scenario library (/scenarios/*.yaml), each loaded once for the core's tests. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadScenario } from '../../src/core/index.ts'
import type { Loaded } from '../../src/core/types.ts'

const DIR = fileURLToPath(new URL('../../../../scenarios', import.meta.url))

/** The library's file names, in order. */
export const scenarioFiles: readonly string[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()

/** The text of a library scenario. */
export function scenarioText(name: string): string {
  return readFileSync(join(DIR, name), 'utf8')
}

const cache = new Map<string, Loaded>()

/** A library scenario, loaded (and failing the test when it does not load). */
export function loadLibrary(name: string): Loaded {
  let loaded = cache.get(name)
  if (loaded === undefined) {
    const result = loadScenario(scenarioText(name), { fileName: name })
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    loaded = result.loaded
    cache.set(name, loaded)
  }
  return loaded
}
