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
