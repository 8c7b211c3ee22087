/**
 * The model's benchmarks (design.md, Budgets; issue #3, Budget): the who-can-assume analysis of
 * a generated organization of 100 accounts, 5,000 roles and 10,000 users (`orgWorld`; with the
 * sessions of every role, the root users, and the services, providers and outside accounts its
 * trust policies name: 15,205 principals).
 *
 * Each measured run analyses a freshly built world (the same seed, new objects), so nothing the
 * analysis keeps beside a world (compiled policies, for one) carries over from the run before;
 * a first run on another world warms the JIT up. Figures:
 * - `model.analysis.org`: milliseconds of wall time, the median of the runs;
 * - `model.analysis.org.cpu`: milliseconds of CPU time (user and system, GC threads included),
 *   the median: steadier than wall time on a busy machine;
 * - `model.analysis.org.heap`: bytes of heap the analysis result holds (the graph and what it
 *   keeps beside it), the median; exact when Node runs with `--expose-gc` (`global.gc()` before
 *   each reading), otherwise it also counts garbage not yet collected;
 * - `model.analysis.org.edges`: the edges found, to compare runs.
 * Figures compare runs on the same machine; no test asserts them.
 */
import { analyzeAssumeRoles } from '../src/analysis/index.ts'
import { orgWorld } from '../src/analysis/testing/org-world.ts'

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string
  readonly value: number
  readonly unit: string
}

const RUNS = 3

/** Runs the model's benchmarks. */
export function runModelBenchmarks(): BenchFigure[] {
  analyzeAssumeRoles(orgWorld({ seed: 7 }))
  const runs = Array.from({ length: RUNS }, measure)
  return [
    { name: 'model.analysis.org', value: median(runs.map((r) => r.wall)), unit: 'ms' },
    { name: 'model.analysis.org.cpu', value: median(runs.map((r) => r.cpu)), unit: 'ms' },
    {
      name: 'model.analysis.org.heap',
      value: Math.max(0, Math.round(median(runs.map((r) => r.heap)))),
      unit: 'bytes',
    },
    { name: 'model.analysis.org.edges', value: runs[0]?.edges ?? 0, unit: 'edges' },
  ]
}

/**
 * One run on a fresh world. A function of its own, so that nothing of it stays on the stack to
 * count in the next run's heap.
 */
function measure(): { wall: number; cpu: number; heap: number; edges: number } {
  const gc = (globalThis as { gc?: () => void }).gc
  const world = orgWorld()
  gc?.()
  const before = process.memoryUsage().heapUsed
  const startCpu = process.cpuUsage()
  const start = performance.now()
  const graph = analyzeAssumeRoles(world)
  const wall = performance.now() - start
  const used = process.cpuUsage(startCpu)
  gc?.()
  const heap = process.memoryUsage().heapUsed - before
  return { wall, cpu: (used.user + used.system) / 1000, heap, edges: graph.edges.length }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10
}
