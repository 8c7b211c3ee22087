/**
 * Chains: the transitive closure of the direct edges through role sessions, by breadth-first
 * search from every principal, so each role's first entry is a shortest path (issue #3). A state
 * is a role and whether its session carries MFA: only a user's first hop with an MFA code issues
 * a session with MFA (`assumeRole` sets `mfaAuthenticated` then; a chained call cannot pass a
 * code), and a session edge may need the calling session to carry it (`callerMfa`).
 *
 * Later hops are the edges of a role's plain session (`caller-model.ts`). A session that came
 * from a provider also carries the provider's keys, which those edges did not read.
 */
import { DEFAULT_SESSION_NAME } from '../defaults.ts'
import type { AnalysisEnv } from '../evaluate/env.ts'
import type { AssumeEdge, ChainTable } from '../types.ts'

interface Hop {
  readonly target: number
  readonly edge: AssumeEdge
  /** Whether the session it issues is a plain session, from which the chain may go on. */
  readonly continues: boolean
}

/**
 * Whether the session a hop issues is the plain session the session edges were found for: a hop
 * that sets a source identity or transitive tags hands them down the chain (iam-facts §12–13),
 * and one that needs a session name of its own issues a session of another name; the chain stops
 * there rather than claim hops those sessions might not make.
 */
function plainSessionAfter(edge: AssumeEdge): boolean {
  const conditions = edge.conditions
  if (conditions.sourceIdentity !== undefined) return false
  if (
    conditions.roleSessionName !== undefined &&
    conditions.roleSessionName !== DEFAULT_SESSION_NAME
  )
    return false
  return !(conditions.tags ?? []).some((tag) => tag.transitive)
}

/** The BFS tables of every principal with at least one edge. */
export function computeChains(
  env: AnalysisEnv,
  edges: readonly AssumeEdge[],
): Map<string, ChainTable> {
  const roleCount = env.roles.length
  const fromSession: Hop[][] = Array.from({ length: roleCount }, () => [])
  const direct = new Map<string, Hop[]>()
  for (const edge of edges) {
    const target = env.roleIndex.get(edge.role)
    if (target === undefined) continue
    const hop = { target, edge, continues: plainSessionAfter(edge) }
    const hops = direct.get(edge.principal)
    if (hops === undefined) direct.set(edge.principal, [hop])
    else hops.push(hop)
    const source = env.principals[env.principalIndex.get(edge.principal) ?? -1]
    if (source?.node.kind === 'roleSession') {
      const from = env.roleIndex.get(edge.principal)
      if (from !== undefined) fromSession[from]?.push(hop)
    }
  }
  const states = roleCount * 2
  const visited = new Int32Array(states).fill(-1)
  const scratch = {
    roles: new Int32Array(states),
    depth: new Uint16Array(states),
    previous: new Int32Array(states),
    mfa: new Uint8Array(states),
    continues: new Uint8Array(states),
  }
  const tables = new Map<string, ChainTable>()
  let stamp = 0
  direct.forEach((starts, principal) => {
    stamp += 1
    let count = 0
    const visit = (hop: Hop, withMfa: number, steps: number, from: number): void => {
      const state = hop.target * 2 + withMfa
      if (visited[state] === stamp) return
      visited[state] = stamp
      scratch.roles[count] = hop.target
      scratch.depth[count] = steps
      scratch.previous[count] = from
      scratch.mfa[count] = withMfa
      scratch.continues[count] = hop.continues ? 1 : 0
      count += 1
    }
    for (const hop of starts) visit(hop, 0, 1, -1)
    for (const hop of starts) if (hop.edge.issuesMfaSession) visit(hop, 1, 1, -1)
    for (let at = 0; at < count; at += 1) {
      if (scratch.continues[at] === 0) continue
      const withMfa = scratch.mfa[at] === 1
      for (const hop of fromSession[scratch.roles[at] ?? 0] ?? []) {
        const needs = hop.edge.callerMfa
        if ((needs === 'required' && !withMfa) || (needs === 'forbidden' && withMfa)) continue
        visit(hop, 0, (scratch.depth[at] ?? 0) + 1, at)
      }
    }
    tables.set(principal, {
      roles: scratch.roles.slice(0, count),
      depth: scratch.depth.slice(0, count),
      previous: scratch.previous.slice(0, count),
      mfa: scratch.mfa.slice(0, count),
    })
  })
  return tables
}
