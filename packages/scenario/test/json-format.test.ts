/**
 * A scenario is YAML or JSON: the same scenario written as compact one-line JSON (what
 * `JSON.stringify` gives) or as indented JSON loads and replays exactly as its YAML does.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { load, replay, type Trace } from '../src/index.ts'

const text = readFileSync(new URL('../../../scenarios/02-first-role.yaml', import.meta.url), 'utf8')

function outcomes(source: string, fileName: string): Trace['steps'][number]['outcome'][] {
  const loaded = load(source, { fileName })
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join('\n'))
  return replay(loaded.scenario).steps.map((step) => step.outcome)
}

describe('JSON scenarios', () => {
  const expected = outcomes(text, '02-first-role.yaml')

  it('replays compact one-line JSON as its YAML', () => {
    expect(outcomes(JSON.stringify(parse(text)), '02-first-role.json')).toEqual(expected)
  })

  it('replays indented JSON as its YAML', () => {
    expect(outcomes(JSON.stringify(parse(text), null, 2), '02-first-role.json')).toEqual(expected)
  })
})

describe('places in a JSON scenario, read on demand', () => {
  const json = JSON.stringify(parse(text), null, 2)
  // The same text read as YAML: a comment line first turns the JSON fast path off.
  const viaYaml = load(`# read as YAML\n${json}`, { fileName: 'x.json' })
  const viaJson = load(json, { fileName: 'x.json' })
  if (!viaYaml.ok || !viaJson.ok) throw new Error('both readings load the scenario')

  it('are not read to load and replay a scenario without problems', () => {
    let asked = 0
    const loaded = load(json, { fileName: 'x.json' })
    if (!loaded.ok) throw new Error('the scenario loads')
    for (const step of loaded.scenario.steps) {
      const descriptor = Object.getOwnPropertyDescriptor(step, 'location')
      expect(descriptor?.get, `step ${step.id}: its location is still to be read`).toBeDefined()
      const get = descriptor?.get
      Object.defineProperty(step, 'location', {
        enumerable: true,
        configurable: true,
        get: () => {
          asked++
          return get?.call(step)
        },
      })
    }
    replay(loaded.scenario)
    expect(asked).toBe(0)
  })

  it('are where the YAML reading puts them, one line up, when read', () => {
    expect(viaJson.scenario.steps.length).toBeGreaterThan(0)
    viaJson.scenario.steps.forEach((step, index) => {
      const yaml = viaYaml.scenario.steps[index]?.location
      expect(step.location).toEqual({ ...yaml, line: (yaml?.line ?? 0) - 1 })
    })
  })

  it('are written into a trace in their place, as plain data', () => {
    const trace = replay(viaJson.scenario)
    const step = trace.steps[0]
    expect(Object.keys(step ?? {}).slice(0, 4)).toEqual(['index', 'id', 'kind', 'location'])
    expect(JSON.parse(JSON.stringify(trace)).steps[0].location).toEqual(step?.location)
    expect(step?.location).toEqual({
      file: 'x.json',
      line: viaJson.scenario.steps[0]?.location.line,
      column: viaJson.scenario.steps[0]?.location.column,
    })
  })
})
