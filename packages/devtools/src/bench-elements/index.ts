/**
 * The elements' benchmarks (design.md, Budgets), run by `pnpm bench elements`:
 *
 * - `elements.bundle.player.gzip`: gzipped bytes of the standalone player `dist/hatrack.js` with
 *   the chunk it imports statically (budget ≤ 92,160, 90 KB); `elements.bundle.core.gzip`, the
 *   core chunk it fetches when a player first needs it, and `elements.bundle.total.gzip`, all of
 *   it, are printed beside it and have no budget of their own (see `bundle-size.ts`).
 * - `elements.firstFrame.50`: milliseconds from setting a generated 50-node scenario on a
 *   player to its first frame drawn, in Chromium; the median of several runs, each in a fresh
 *   page whose core module is already imported (fetched, compiled and run), as on a page where
 *   a player was connected a moment before its scenario came: an eager player starts importing
 *   the core when it is connected. Budget ≤ 150.
 * - `elements.firstFrame.50.cold`: the same without importing the core first, so the figure
 *   includes fetching it (from the browser's cache after the first page) and compiling it.
 *   Informational: no budget.
 * - `elements.firstFrame.50.yaml`: the same scenario written as block YAML, as the library's
 *   are (the figure above reads JSON, which takes the loader's JSON fast path). Informational.
 * - `elements.firstFrame.50.cpu`: the main thread's CPU time over the same interval as
 *   `elements.firstFrame.50`, from a Chromium trace of other fresh pages (tracing is kept out of
 *   the wall-clock runs). It leaves out the time the thread waited for a core, which other
 *   tenants of a shared machine add to the wall clock: it tells the work apart from the wait.
 *   Informational: no budget.
 * - `elements.firstFrame.50.lazy`: milliseconds from scrolling to a lazy player 1,000 px down a
 *   page that idled 1.5 s to its first frame: what a reader of a course page waits. Within
 *   1,500 px the page fetches and warms the core while idle, so this measures that warm-up too.
 *   Informational: no budget.
 * - `elements.animation.200.fps`: animation frames per second while the player animates a step
 *   of a generated 200-node scenario; the median over several steps. Budget ≥ 55.
 *
 * The player is built first from the current sources, then served from a local static server
 * to Debian's Chromium (toolchain.md). Every fresh page opens as a tab of one window, as a
 * reader's does (`tabs.ts`).
 */
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './browser.ts'
import { buildStandalone, type BuiltChunk } from './build.ts'
import { bundleFigures, type BenchFigure } from './bundle-size.ts'
import { MAIN_THREAD_CATEGORIES, mainThreadCpu, type TraceEvent } from './main-thread.ts'
import {
  animationProbe,
  FIRST_FRAME_MARKS,
  firstFrameProbe,
  lazyFirstFrameProbe,
  type FirstFrameInput,
} from './probes.ts'
import { generatePlayerScenario } from './scenario.ts'
import { serveStatic } from './static-server.ts'
import { openTabs } from './tabs.ts'

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hatrack bench</title>
<script type="module" src="/hatrack.js"></script></head>
<body></body></html>
`

/**
 * Fresh pages per first-frame figure (after one warm-up page): these machines are shared, and a
 * single busy moment moves one page by 100 ms, so the median needs enough of them to hold.
 */
const FIRST_FRAME_RUNS = 11
const ANIMATED_STEPS = 9

/** The core chunk's file, relative to `dist/`: what `hatrack.js` imports dynamically. */
function coreChunk(chunks: readonly BuiltChunk[]): string {
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.fileName === 'hatrack.js')
  const core = entry?.dynamicImports.find((name) => /(^|\/)core-[^/]+\.js$/.test(name))
  if (core === undefined) throw new Error('the build made no core chunk')
  return core
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** A fresh page on the bench page, with what tsx's compiled probes expect. */
async function freshPage(open: () => Promise<Page>, url: string): Promise<Page> {
  const page = await open()
  // tsx (esbuild) names functions with a `__name` helper the page does not have.
  await page.addInitScript('globalThis.__name = (target) => target')
  await page.goto(url)
  return page
}

/**
 * The median main-thread CPU milliseconds of `runs` traced first frames of `input` (one page
 * first, untimed), each in a fresh page.
 */
async function firstFrameCpu(
  browser: Browser,
  open: () => Promise<Page>,
  url: string,
  input: FirstFrameInput,
  runs: number,
): Promise<number[]> {
  const cpu: number[] = []
  for (let run = 0; run <= runs; run++) {
    const page = await freshPage(open, url)
    await browser.startTracing(page, { categories: [...MAIN_THREAD_CATEGORIES] })
    await page.evaluate(firstFrameProbe, input)
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[]
    }
    await page.close()
    const ms = mainThreadCpu(trace.traceEvents, FIRST_FRAME_MARKS.start, FIRST_FRAME_MARKS.end)
    if (ms === undefined) throw new Error('the trace of a first frame has no main-thread times')
    if (run > 0) cpu.push(ms)
  }
  return cpu
}

/** Runs the elements' benchmarks. */
export async function runElementsBenchmarks(): Promise<BenchFigure[]> {
  const { dist, chunks } = await buildStandalone()
  const { figures, files } = bundleFigures(chunks)
  process.stderr.write(`elements.bundle: ${files.join(', ')}\n`)
  const server = await serveStatic(dist, { '/': PAGE, '/index.html': PAGE })
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({
      viewport: { width: 1000, height: 700 },
      reducedMotion: 'no-preference',
    })
    // Every fresh page a tab of one window, as a reader's is (`tabs.ts`).
    const tabs = await openTabs(context)
    const open = (): Promise<Page> => tabs.open()
    const generated = generatePlayerScenario(50)
    const small = generated.text
    const coreUrl = `${server.origin}/${coreChunk(chunks)}`
    for (const [name, input] of [
      ['elements.firstFrame.50', { text: small, coreUrl }],
      ['elements.firstFrame.50.cold', { text: small }],
      ['elements.firstFrame.50.yaml', { text: generated.yaml, coreUrl }],
    ] as const) {
      const times: number[] = []
      const loadTimes: number[] = []
      for (let run = 0; run <= FIRST_FRAME_RUNS; run++) {
        const page = await freshPage(open, `${server.origin}/`)
        const sample = await page.evaluate(firstFrameProbe, input)
        if (run > 0) times.push(sample.ms)
        if (run > 0) loadTimes.push(sample.loadMs)
        await page.close()
      }
      process.stderr.write(
        `${name}: median ${median(loadTimes).toFixed(0)} ms to hatrack-load ` +
          `(${'coreUrl' in input ? 'core imported before' : 'core imported'}, scenario ` +
          `replayed, frames made), the rest drawing; runs: ` +
          `${times.map((ms) => ms.toFixed(0)).join(', ')} ms\n`,
      )
      figures.push({ name, value: Math.round(median(times) * 10) / 10, unit: 'ms' })
    }
    const cpu = await firstFrameCpu(
      browser,
      open,
      `${server.origin}/`,
      { text: small, coreUrl },
      FIRST_FRAME_RUNS,
    )
    process.stderr.write(
      `elements.firstFrame.50.cpu: main-thread CPU; runs: ` +
        `${cpu.map((ms) => ms.toFixed(0)).join(', ')} ms\n`,
    )
    figures.push({
      name: 'elements.firstFrame.50.cpu',
      value: Math.round(median(cpu) * 10) / 10,
      unit: 'ms',
    })
    const lazy: number[] = []
    for (let run = 0; run <= FIRST_FRAME_RUNS; run++) {
      const page = await freshPage(open, `${server.origin}/`)
      const ms = await page.evaluate(lazyFirstFrameProbe, {
        text: small,
        below: 1000,
        idleMs: 1500,
      })
      if (run > 0) lazy.push(ms)
      await page.close()
    }
    process.stderr.write(
      `elements.firstFrame.50.lazy: scroll to first frame; runs: ` +
        `${lazy.map((ms) => ms.toFixed(0)).join(', ')} ms\n`,
    )
    figures.push({
      name: 'elements.firstFrame.50.lazy',
      value: Math.round(median(lazy) * 10) / 10,
      unit: 'ms',
    })
    const large = generatePlayerScenario(200)
    const page = await freshPage(open, `${server.origin}/`)
    const sample = await page.evaluate(animationProbe, {
      text: large.text,
      transitions: ANIMATED_STEPS,
    })
    if (sample.nodes !== large.nodes)
      process.stderr.write(
        `elements.animation.200.fps: the graph drew ${sample.nodes} nodes, not ${large.nodes}\n`,
      )
    await page.close()
    process.stderr.write(
      `elements.animation.200.fps: ${sample.nodes} nodes, ${sample.fps.length} steps of ` +
        `${sample.durationMs} ms: ${sample.fps.map((fps) => fps.toFixed(1)).join(', ')} fps\n`,
    )
    figures.push({
      name: 'elements.animation.200.fps',
      value: Math.round(median(sample.fps) * 10) / 10,
      unit: 'fps',
    })
  } finally {
    await browser.close()
    await server.close()
  }
  return figures
}
