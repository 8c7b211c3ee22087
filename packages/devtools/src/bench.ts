/**
 * `pnpm bench`: every package's benchmarks, in one process, one JSON object per line:
 * `{"name": "engine.decide.ten", "value": 1234567, "unit": "decisions/s"}`.
 *
 * Each suite warms up before it measures and reports medians; the figures are for comparing
 * runs on the same machine, not for timed tests (the machines are shared and noisy).
 * `pnpm bench engine` runs only the suites whose name starts with `engine`
 * (`engine`, `model`, `scenario`, `elements`; `elements` builds the player and drives Chromium).
 */
import { runEngineBenchmarks } from '../../engine/bench/engine.bench.ts'
import { runModelBenchmarks } from '../../model/bench/model.bench.ts'
import { runScenarioBenchmarks } from '../../scenario/bench/scenario.bench.ts'
import { runElementsBenchmarks } from './bench-elements/index.ts'

export interface BenchResult {
  readonly name: string
  readonly value: number
  readonly unit: string
}

const suites: ReadonlyArray<readonly [string, () => BenchResult[] | Promise<BenchResult[]>]> = [
  ['engine', runEngineBenchmarks],
  ['model', runModelBenchmarks],
  ['scenario', runScenarioBenchmarks],
  ['elements', runElementsBenchmarks],
]

const filters = process.argv.slice(2)
for (const [name, run] of suites) {
  if (filters.length > 0 && !filters.some((f) => name.startsWith(f))) continue
  for (const result of await run()) console.log(JSON.stringify(result))
}
