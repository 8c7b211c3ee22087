/** Loading a scenario written in a test and replaying it. */
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { load, replay, type Scenario, type Trace, type TraceStep } from '../../src/index.ts'

/** The scenario `text` loads to; the test fails on an issue. */
export function scenarioOf(text: string, fileName = 'test.yaml'): Scenario {
  const loaded = load(text, { fileName })
  if (!loaded.ok)
    throw new Error(
      loaded.issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`).join('\n'),
    )
  return loaded.scenario
}

/** A fixture of `test/fixtures`. */
export function fixture(name: string): Scenario {
  return scenarioOf(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'), name)
}

/** Replays `text`. */
export function replayText(text: string): Trace {
  return replay(scenarioOf(text))
}

/** The step of `trace` with this id. */
export function step(trace: Trace, id: string): TraceStep {
  const found = trace.steps.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no step ${id}`)
  return found
}

/** Every expectation of `trace` held, and the world was built as declared. */
export function expectAllHeld(trace: Trace): void {
  expect(trace.setup.errors).toEqual([])
  const failed = trace.steps.filter((entry) => entry.expectation?.held === false)
  expect(failed.map((entry) => `${entry.id}: ${entry.expectation?.detail ?? ''}`)).toEqual([])
}

/** One account, `123456789012`, named `main`; `rest` is appended (users, roles, steps…). */
export function world(rest: string): string {
  return `hatrack: 1\ntitle: test\nstart: 2026-01-01T09:00:00Z\naccounts:\n  main: { id: '123456789012' }\n${rest}`
}

/** A trust policy document (flow YAML) allowing `principal` (`{ AWS: … }`) the `action`. */
export function trust(principal: string, action = 'sts:AssumeRole', condition = ''): string {
  return `{ Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: ${principal}, Action: ${action}${condition ? `, Condition: ${condition}` : ''} }] }`
}

/** An identity policy document (flow YAML) allowing `action` on `resource`. */
export function allow(action: string, resource = "'*'"): string {
  return `{ Version: '2012-10-17', Statement: [{ Effect: Allow, Action: ${action}, Resource: ${resource} }] }`
}

export const ACCOUNT = '123456789012'
