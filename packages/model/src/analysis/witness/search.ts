/**
 * The search for a call that succeeds: combinations of knob values tried by how many knobs they
 * set, fewest first, each decided by the engine. The first success needs every knob it sets:
 * leaving any one out gives a combination with fewer knobs, and all of those were tried and
 * failed. So an edge's requirements are exactly what the call cannot do without.
 */
import { attempt, type AttemptResult } from '../evaluate/attempt.ts'
import type { AnalysisEnv } from '../evaluate/env.ts'
import type { RoleModel } from '../evaluate/role-model.ts'
import type { AssumeConditions } from '../types.ts'
import type { Knob } from './knobs.ts'

/** A successful call: its conditions, and the knobs it set. */
export interface Witness {
  readonly conditions: AssumeConditions
  readonly knobs: readonly { readonly name: string; readonly option: AssumeConditions }[]
  /** The successful attempt, when the search made it. */
  readonly done?: AttemptResult
}

/** Attempts at most this many combinations per pair. */
export const SEARCH_BUDGET = 256

/** The first combination of the knobs under which principal `index` can assume `role`. */
export function findWitness(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  knobs: readonly Knob[],
): Witness | undefined {
  let budget = SEARCH_BUDGET
  for (let size = 1; size <= knobs.length; size += 1) {
    for (const chosen of subsets(knobs.length, size)) {
      for (const picks of products(chosen.map((k) => knobs[k]?.options.length ?? 0))) {
        if (budget <= 0) return undefined
        budget -= 1
        const set = chosen.map((k, i) => {
          const knob = knobs[k]
          const option = knob?.options[picks[i] ?? 0]
          if (knob === undefined || option === undefined) throw new Error('invariant: knob index')
          return { name: knob.name, option }
        })
        const conditions = mergeConditions(set.map((entry) => entry.option))
        const done = attempt(env, index, role, conditions)
        if (done.ok) return { conditions, knobs: set, done }
      }
    }
  }
  return undefined
}

/** Conditions merged, later ones winning; `context` and `claims` merged key by key. */
export function mergeConditions(parts: readonly AssumeConditions[]): AssumeConditions {
  let merged: AssumeConditions = {}
  for (const part of parts) {
    merged = {
      ...merged,
      ...part,
      ...(merged.context || part.context
        ? { context: { ...merged.context, ...part.context } }
        : {}),
      ...(merged.claims || part.claims ? { claims: { ...merged.claims, ...part.claims } } : {}),
    }
  }
  return merged
}

/** Every `size`-element subset of `0..n-1`, in lexicographic order. */
function* subsets(n: number, size: number): Generator<number[]> {
  const chosen = Array.from({ length: size }, (_, i) => i)
  while (true) {
    yield [...chosen]
    let i = size - 1
    while (i >= 0 && chosen[i] === n - size + i) i -= 1
    if (i < 0) return
    chosen[i] = (chosen[i] ?? 0) + 1
    for (let j = i + 1; j < size; j += 1) chosen[j] = (chosen[j - 1] ?? 0) + 1
  }
}

/** Every pick of one index per list of the given lengths. */
function* products(lengths: readonly number[]): Generator<number[]> {
  if (lengths.some((length) => length === 0)) return
  const picks = lengths.map(() => 0)
  while (true) {
    yield [...picks]
    let i = lengths.length - 1
    while (i >= 0 && picks[i] === (lengths[i] ?? 1) - 1) {
      picks[i] = 0
      i -= 1
    }
    if (i < 0) return
    picks[i] = (picks[i] ?? 0) + 1
  }
}
