/**
 * Properties of `replay` on generated scenarios that load: it never throws and never fails
 * internally, the same scenario gives the same bytes, and the trace is plain JSON whose parts
 * agree with each other. Each run loads one scenario and replays it twice (HATRACK_FC_RUNS runs,
 * 1,000 by default).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INTERNAL_ERROR, load, replay, type Trace } from '../../src/index.ts'
import { generatedScenarioText } from './arbitrary.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)
/** Generous: a thousand loads and replays take seconds on a busy machine (not a speed test). */
const TIMEOUT = 600_000

/** Where `value` is not plain JSON: `undefined`, a class instance, a non-finite number, … */
function notPlain(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return []
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`]
  if (Array.isArray(value))
    return value.flatMap((entry, index) => notPlain(entry, `${path}[${index}]`))
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return [`${path} is not a plain object`]
    return Object.entries(value).flatMap(([key, entry]) =>
      entry === undefined ? [`${path}.${key} is undefined`] : notPlain(entry, `${path}.${key}`),
    )
  }
  return [`${path} is a ${typeof value}`]
}

function replayed(text: string): readonly [Trace, Trace] {
  const loaded = load(text, { fileName: 'generated.json' })
  if (!loaded.ok)
    throw new Error(
      `the generated scenario does not load: ${JSON.stringify(loaded.issues[0])}\n${text}`,
    )
  return [replay(loaded.scenario), replay(loaded.scenario)]
}

describe('replay on generated scenarios', () => {
  it(
    'never throws nor fails internally, and gives the same bytes twice',
    { timeout: TIMEOUT },
    () => {
      fc.assert(
        fc.property(generatedScenarioText, (text) => {
          const [first, second] = replayed(text)
          expect(JSON.stringify(second)).toBe(JSON.stringify(first))
          expect(first.steps.filter((step) => step.outcome.error?.code === INTERNAL_ERROR)).toEqual(
            [],
          )
        }),
        { numRuns: RUNS },
      )
    },
  )

  it('gives plain JSON whose counts, entities and sessions agree', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(generatedScenarioText, (text) => {
        const [trace] = replayed(text)
        expect(notPlain(trace)).toEqual([])
        const { passed, failed, unchecked } = trace.summary.expectations
        expect(passed + failed + unchecked).toBe(trace.steps.length)
        expect(trace.steps.filter((step) => step.expectation?.held === true).length).toBe(passed)
        const ids = trace.entities.map((entity) => entity.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const step of trace.steps) {
          const actor = step.actor?.entity
          if (actor !== undefined && actor !== 'admin' && !actor.startsWith('missing:'))
            expect(ids).toContain(actor)
          for (const session of step.sessions.created) expect(ids).toContain(session.entity)
          if (step.outcome.status === 'denied') expect(step.outcome.decision).not.toBe('allowed')
          if (step.outcome.status === 'allowed') expect(step.outcome.error).toBeUndefined()
        }
      }),
      { numRuns: RUNS },
    )
  })
})
