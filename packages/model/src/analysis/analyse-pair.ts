/**
 * One (principal, role) pair, in full: the plain call; when it fails and some condition reads a
 * part of the call the caller controls, the search for a call that succeeds; then the edge, or
 * the denial of the plain call (the gate of the engine's decision, or the error STS returns).
 */
import { explain } from '@hatrack/engine'
import { buildEdge } from './edge/build-edge.ts'
import { attempt, type AttemptResult } from './evaluate/attempt.ts'
import type { AnalysisEnv } from './evaluate/env.ts'
import { planContext, planRequest } from './evaluate/pair-policies.ts'
import { refusalOf } from './evaluate/refusal-of.ts'
import type { AssumeEdge, Denial } from './types.ts'
import { knobsFor, readsMfa } from './witness/knobs.ts'
import { findWitness } from './witness/search.ts'

const PLAIN = Object.freeze({})
const NO_KNOBS = Object.freeze([])

/** What the analysis concludes for one pair. */
export type PairOutcome =
  | { readonly kind: 'edge'; readonly edge: AssumeEdge; readonly searched: boolean }
  | { readonly kind: 'denied'; readonly denial: Denial; readonly searched: boolean }

/** Analyses principal `index` against role `roleIndex`. */
export function analysePair(env: AnalysisEnv, index: number, roleIndex: number): PairOutcome {
  const principal = env.principals[index]
  if (principal === undefined) throw new Error(`invariant: no principal ${index}`)
  const refusal = principal.node.cannotAssume
  if (refusal !== undefined)
    return { kind: 'denied', denial: { reason: 'error', ...refusal }, searched: false }
  const role = env.role(roleIndex)
  const plain = attempt(env, index, role, PLAIN)
  const mfa = readsMfa(env, index, role)
  if (plain.ok) {
    const witness = { conditions: PLAIN, knobs: NO_KNOBS, done: plain }
    return { kind: 'edge', edge: buildEdge(env, index, role, witness, mfa), searched: false }
  }
  const knobs = knobsFor(env, index, role)
  const witness = knobs.length > 0 ? findWitness(env, index, role, knobs) : undefined
  if (witness !== undefined)
    return { kind: 'edge', edge: buildEdge(env, index, role, witness, mfa), searched: true }
  return { kind: 'denied', denial: denialOf(env, plain), searched: knobs.length > 0 }
}

/**
 * The denial of a failed attempt: the engine's gate, found on the fast path (`refusalOf`), or
 * from the full explanation when the fast path cannot tell.
 */
export function denialOf(env: AnalysisEnv, failed: AttemptResult): Denial {
  if (failed.ok) throw new Error('invariant: no denial for a successful call')
  if (failed.stage === 'error') {
    return { reason: 'error', code: failed.error.code, message: failed.error.message }
  }
  const fast = refusalOf(failed.policies, failed.request)
  if (fast !== undefined) return { reason: 'decision', ...fast }
  const role = env.role(env.roleIndex.get(failed.request.resource) ?? -1)
  const context = planContext(env.world, failed.plan, role, true)
  const request = planRequest(failed.plan, role, failed.request.action, context)
  const decision = explain(failed.policies, request)
  if (decision.decision === 'allowed')
    throw new Error('invariant: explain allows what decide denied')
  return { reason: 'decision', decision: decision.decision, gate: decision.gate }
}
