/**
 * `pairStatus`: whether a principal can assume a role, from a graph: its edge; or the denial
 * the analysis stored; or, for a pair outside the index, the trust policy's implicit deny — the
 * trust names nothing of the caller — unless the caller's side or the role's RCPs might refuse
 * first, in which case the engine decides the plain call now (the same `analysePair` the
 * analysis runs), so the gate is always the engine's.
 */
import { analysePair } from './analyse-pair.ts'
import { decodeDenial, ERROR_CODE, TRUST_IMPLICIT_DENY } from './denial-codes.ts'
import { graphInternals } from './graph-internals.ts'
import type { AssumeGraph, PairStatus } from './types.ts'

/** The status of (`principal`, `roleArn`) in `graph`; `undefined` when either is unknown. */
export function pairStatus(
  graph: AssumeGraph,
  principal: string,
  roleArn: string,
): PairStatus | undefined {
  const internals = graphInternals(graph)
  const p = internals.principalIndex.get(principal)
  const r = internals.roleIndex.get(roleArn)
  const node = p === undefined ? undefined : graph.principals[p]
  if (p === undefined || r === undefined || node === undefined) return undefined
  if (node.cannotAssume !== undefined)
    return { status: 'denied', denial: { reason: 'error', ...node.cannotAssume } }
  const edge = internals.edgesByPrincipal().get(principal)?.get(r)
  if (edge !== undefined) return { status: 'edge', edge }
  const table = graph.denials.get(principal)
  const at = table === undefined ? -1 : binarySearch(table.roles, r)
  if (table !== undefined && at >= 0) {
    const code = table.codes[at] ?? ERROR_CODE
    if (code !== ERROR_CODE) return { status: 'denied', denial: decodeDenial(code) }
    const error = graph.errors.get(`${principal}\n${roleArn}`)
    if (error !== undefined) return { status: 'denied', denial: { reason: 'error', ...error } }
  }
  if (!graph.callerMayDeny.has(principal) && !graph.rcpMayDeny.has(roleArn))
    return { status: 'denied', denial: TRUST_IMPLICIT_DENY }
  const outcome = analysePair(internals.env, p, r)
  return outcome.kind === 'edge'
    ? { status: 'edge', edge: outcome.edge }
    : { status: 'denied', denial: outcome.denial }
}

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = sorted[mid] ?? 0
    if (at === value) return mid
    if (at < value) low = mid + 1
    else high = mid - 1
  }
  return -1
}
