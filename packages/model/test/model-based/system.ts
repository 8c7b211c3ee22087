/**
 * The real side of the model-based test: a simulation of the model, the access keys of the
 * sessions it issued (in the reference's order), and a log of every outcome as JSON for the
 * determinism check. `setupFor` builds both sides from one seed.
 */
import { expect } from 'vitest'
import type { Caller, Outcome } from '../../src/operations/types.ts'
import { createSimulation, type Simulation } from '../../src/simulation/create-simulation.ts'
import { createWorld } from '../../src/world/create-world.ts'
import { Reference } from './reference/reference.ts'
import type { Expected, RefCaller } from './reference/types.ts'
import { toJson } from './to-json.ts'
import { ACCOUNTS, START } from './vocabulary.ts'

/** The real system under test. */
export interface Real {
  readonly simulation: Simulation
  /** Access key ids of the sessions issued, index for index with `Reference.sessions`. */
  readonly keys: string[]
  /** Every command's outcome, as JSON. */
  readonly log: unknown[]
  /** Every user and role id the model ever gave: a new creation must never reuse one. */
  readonly ids: Set<string>
  /** Whether commands check the invariants after running (off for the determinism replay). */
  readonly checks: boolean
  /** Whether the who-can-assume analysis is checked after each IAM change. */
  readonly analysis: boolean
}

/** Both sides, as `fc.modelRun` wants them. */
export interface Setup {
  readonly model: Reference
  readonly real: Real
}

/** What a run checks. */
export interface RunOptions {
  readonly checks: boolean
  readonly analysis: boolean
}

/** A fresh reference and a fresh simulation of accounts A and B, ids drawn from `seed`. */
export function setupFor(seed: number, options: RunOptions): () => Setup {
  return () => {
    const created = createWorld({ seed, now: START, accounts: ACCOUNTS.map((id) => ({ id })) })
    if (!created.ok) throw new Error('invariant: the test world is invalid')
    return {
      model: new Reference(START),
      real: {
        simulation: createSimulation(created.world),
        keys: [],
        log: [],
        ids: new Set(),
        ...options,
      },
    }
  }
}

/** The model's caller for a reference caller. */
export function callerOf(real: Real, caller: RefCaller): Caller {
  switch (caller.kind) {
    case 'user':
      return { kind: 'user', accountId: caller.account, userName: caller.name }
    case 'root':
      return { kind: 'root', accountId: caller.account }
    case 'session': {
      const key = real.keys[caller.index]
      if (key === undefined) throw new Error(`invariant: no session ${caller.index}`)
      return { kind: 'session', accessKeyId: key }
    }
  }
}

/** Logs `outcome` (without its world) under `command`. */
export function record(real: Real, command: string, outcome: unknown): void {
  real.log.push({ command, outcome: toJson(outcome, ['world']) })
}

/** Asserts that the model's outcome is the one the reference expects. */
export function expectOutcome<T>(outcome: Outcome<T>, expected: Expected, command: string): void {
  const actual =
    outcome.status === 'ok'
      ? { status: 'ok' }
      : {
          status: 'error',
          code: outcome.error.code,
          ...(expected.status === 'error' && expected.message !== undefined
            ? { message: outcome.error.message }
            : {}),
        }
  expect(
    actual,
    `${command}: ${outcome.status === 'error' ? outcome.error.message : 'ok'}`,
  ).toEqual(expected)
}
