import { describe, expect, it } from 'vitest'
import { core } from '../../elements/src/core/index.ts'
import { load } from '../../scenario/src/index.ts'
import { bundleFigures } from '../src/bench-elements/bundle-size.ts'
import type { BuiltChunk } from '../src/bench-elements/build.ts'
import { mainThreadCpu, type TraceEvent } from '../src/bench-elements/main-thread.ts'
import { FIRST_FRAME_MARKS, firstFrameProbe } from '../src/bench-elements/probes.ts'
import { generatePlayerScenario } from '../src/bench-elements/scenario.ts'

// Loading and replaying a 200-node scenario takes seconds on a busy machine: not a speed check.
describe('the generated scenarios of the elements benchmarks', { timeout: 60_000 }, () => {
  it.each([50, 200, 7])('%i nodes: the player draws exactly that many', (nodes) => {
    const generated = generatePlayerScenario(nodes)
    expect(generated.nodes).toBe(nodes)
    const result = core.loadScenario(generated.text)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.loaded.frames.layout.nodes).toHaveLength(nodes)
  })

  it('is valid, and every step is a call the player animates, allowed or denied', () => {
    const generated = generatePlayerScenario(50)
    const loaded = load(generated.text)
    expect(loaded.ok && loaded.warnings).toEqual([])
    const result = core.loadScenario(generated.text)
    if (!result.ok) throw new Error(result.error.message)
    const glyphs = result.loaded.frames.frames.map((frame) => frame.call?.glyph)
    expect(glyphs).toHaveLength(generated.steps)
    expect(new Set(glyphs)).toEqual(new Set(['✓', '✗']))
  })

  it('says the same in YAML as in JSON', () => {
    const generated = generatePlayerScenario(50)
    const [json, yaml] = [load(generated.text), load(generated.yaml)]
    if (!json.ok || !yaml.ok) throw new Error('both texts load')
    // Steps differ only in where they stand in the file.
    const placeless = (steps: readonly object[]) =>
      steps.map((step) => ({ ...step, location: undefined }))
    expect(yaml.scenario.steps.map((step) => step.location.line)).not.toEqual(
      json.scenario.steps.map((step) => step.location.line),
    )
    // As JSON: the loaded scenario holds its source locator, whose functions compare by identity.
    expect(JSON.stringify({ ...yaml.scenario, steps: placeless(yaml.scenario.steps) })).toBe(
      JSON.stringify({ ...json.scenario, steps: placeless(json.scenario.steps) }),
    )
  })

  it('is the same text every time', () => {
    expect(generatePlayerScenario(200).text).toBe(generatePlayerScenario(200).text)
  })
})

function chunk(fileName: string, code: string, links: Partial<BuiltChunk> = {}): BuiltChunk {
  return { fileName, code, isEntry: false, imports: [], dynamicImports: [], ...links }
}

describe('bundleFigures', () => {
  const chunks = [
    chunk('hatrack.js', 'a'.repeat(1000), {
      isEntry: true,
      imports: ['chunks/xstate-1.js'],
      dynamicImports: ['chunks/core-2.js'],
    }),
    chunk('chunks/xstate-1.js', 'b'.repeat(500)),
    chunk('chunks/core-2.js', 'c'.repeat(2000), {
      imports: ['chunks/xstate-1.js', 'chunks/yaml-3.js'],
    }),
    chunk('chunks/yaml-3.js', 'd'.repeat(300)),
  ]

  it('counts the entry with its static imports, and the core with what only it imports', () => {
    const { figures, files } = bundleFigures(chunks)
    const value = (name: string): number | undefined =>
      figures.find((figure) => figure.name === name)?.value
    const player = value('elements.bundle.player.gzip') ?? 0
    const coreBytes = value('elements.bundle.core.gzip') ?? 0
    expect(files.map((line) => line.split(' ')[0])).toEqual([
      'hatrack.js',
      'chunks/xstate-1.js',
      'chunks/core-2.js',
      'chunks/yaml-3.js',
    ])
    expect(player).toBeGreaterThan(20)
    expect(coreBytes).toBeGreaterThan(20)
    expect(value('elements.bundle.total.gzip')).toBe(player + coreBytes)
  })

  it('refuses a build without its core chunk', () => {
    expect(() => bundleFigures([chunk('hatrack.js', 'x', { isEntry: true })])).toThrow(
      'hatrack.js should import one core chunk, not 0',
    )
  })
})

describe('mainThreadCpu', () => {
  const mark = (name: string, ts: number, tts?: number, tid = 1): TraceEvent => ({
    name,
    pid: 7,
    tid,
    ts,
    ...(tts === undefined ? {} : { tts }),
  })

  it("is the main thread's CPU clock from one mark to the other", () => {
    // 300 ms of wall clock, of which the thread ran 120.
    const events = [
      mark('other', 0, 5),
      mark('start', 1_000, 40_000),
      mark('end', 301_000, 160_000),
    ]
    expect(mainThreadCpu(events, 'start', 'end')).toBe(120)
  })

  it('gives nothing for a missing mark, a mark without thread clock, or marks of two threads', () => {
    expect(mainThreadCpu([mark('start', 0, 0)], 'start', 'end')).toBeUndefined()
    expect(
      mainThreadCpu([mark('start', 0, 0), mark('end', 9, undefined)], 'start', 'end'),
    ).toBeUndefined()
    expect(
      mainThreadCpu([mark('start', 0, 0), mark('end', 9, 5, 2)], 'start', 'end'),
    ).toBeUndefined()
  })

  it('uses the marks the first-frame probe writes', () => {
    // The probe is sent to the page as its source, so it spells the names out.
    const source = firstFrameProbe.toString()
    expect(source).toContain(FIRST_FRAME_MARKS.start)
    expect(source).toContain(FIRST_FRAME_MARKS.end)
  })
})
