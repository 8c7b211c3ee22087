/**
 * The runner of the analysis's named cases: a world, a pair, what the analysis must conclude;
 * checked three ways — `canAssume`, the whole graph (`pairStatus`), and the model's simulated
 * STS call (`disagreements`). Test support only.
 */
import { expect } from 'vitest'
import { analyzeAssumeRoles } from '../analyze.ts'
import { canAssume } from '../can-assume.ts'
import { pairStatus } from '../pair-status.ts'
import type { ConditionKind, Denial, PairStatus } from '../types.ts'
import type { World } from '../../world/types.ts'
import { disagreements } from './agree.ts'

/** What a case expects of its pair. */
export type Expected =
  | {
      readonly edge: {
        readonly requires?: readonly ConditionKind[]
        readonly identityNeeded?: boolean
        readonly trustStatements?: number
        readonly reason?: RegExp
      }
    }
  | { readonly denied: Denial | { readonly reason: 'error'; readonly code: string } }

/** One named case. */
export interface AnalysisCase {
  readonly name: string
  /** The iam-facts section (or AWS page) the case follows. */
  readonly source: string
  readonly world: () => World
  readonly principal: string
  readonly role: string
  readonly expect: Expected
}

/** Runs a case; returns the pair's status for further checks. */
export function runCase(c: AnalysisCase): PairStatus {
  const world = c.world()
  const status = canAssume(world, c.principal, c.role)
  if (status === undefined) throw new Error(`${c.name}: the pair is not in the world`)
  if ('edge' in c.expect) {
    expect(status.status, `${c.name}: ${JSON.stringify(status)}`).toBe('edge')
    if (status.status === 'edge') {
      const want = c.expect.edge
      if (want.requires) expect(status.edge.requires.map((r) => r.kind)).toEqual(want.requires)
      if (want.identityNeeded !== undefined)
        expect(status.edge.identityNeeded).toBe(want.identityNeeded)
      if (want.trustStatements !== undefined)
        expect(status.edge.trust).toHaveLength(want.trustStatements)
      if (want.reason) expect(status.edge.reason).toMatch(want.reason)
    }
  } else {
    expect(status.status, `${c.name}: ${JSON.stringify(status)}`).toBe('denied')
    if (status.status === 'denied') {
      const want = c.expect.denied
      if (want.reason === 'error')
        expect(status.denial).toMatchObject({ reason: 'error', code: want.code })
      else expect(status.denial).toEqual(want)
    }
  }
  const graph = analyzeAssumeRoles(world)
  expect(JSON.stringify(pairStatus(graph, c.principal, c.role))).toBe(JSON.stringify(status))
  expect(disagreements(world, c.principal, c.role, status)).toEqual([])
  return status
}
