/**
 * `analyzeAssumeRoles`: who can assume what in a world, at the world's time (issue #3, "The
 * analysis"; iam-facts §7–13).
 *
 * Each role's trust policy is compiled once and indexed by the principals it names. Each
 * principal is tried only against the roles whose trust could name it (its ARN, its unique id,
 * its role, its account, a service or provider, `*`); every other pair is refused by the trust
 * policy, implicitly, unless the principal's own side or the role's RCPs might refuse first — for
 * those (`callerMayDeny`, `rcpMayDeny`), `pairStatus` asks the engine on demand. A candidate pair
 * that no identity statement of the caller could allow, where the identity side is needed, is
 * decided without a search (`identityShortcut`); the others are analysed in full (`analysePair`).
 * Principals the analysis cannot tell apart on a role (one group's members, say: `profiles.ts`)
 * share the outcome of the first of them.
 */
import { computeChains } from './chains/bfs.ts'
import { releaseCallCaches } from './evaluate/call-cache.ts'
import { AnalysisEnv } from './evaluate/env.ts'
import { registerGraph } from './graph-internals.ts'
import { callerMayDeny, rcpMayDeny } from './index/risk.ts'
import { invertIndex, summarizeTrust } from './index/trust-index.ts'
import { sharedProfiles } from './index/profiles.ts'
import { principalPass, type PassState } from './principal-pass.ts'
import type { AnalysisOptions, AssumeEdge, AssumeGraph, RoleNode } from './types.ts'
import type { World } from '../world/types.ts'

/** Analyses every principal of `world` against every role. */
export function analyzeAssumeRoles(world: World, options: AnalysisOptions = {}): AssumeGraph {
  const env = new AnalysisEnv(world)
  const useIndex = options.index !== false
  const summaries = env.roles.map((role) => summarizeTrust(world, role.trustPolicy.policy))
  const roleNodes: RoleNode[] = env.roles.map((role, index) => ({
    arn: role.arn,
    id: role.id,
    accountId: role.accountId,
    name: role.name,
    label: `role ${role.name} (${role.accountId})`,
    maxSessionDuration: role.maxSessionDuration,
    serviceLinked: role.serviceLinked !== undefined,
    danglingPrincipals: summaries[index]?.dangling ?? [],
  }))
  const roleRisk = env.roles.map((role) =>
    rcpMayDeny(
      { rcps: env.rcpLevels(role.accountId), accountId: role.accountId },
      env.managementAccount,
    ),
  )

  const edges: AssumeEdge[] = []
  const stats = {
    candidatePairs: 0,
    evaluatedPairs: 0,
    shortcutPairs: 0,
    witnessSearches: 0,
    sharedPairs: 0,
  }
  const state: PassState = {
    env,
    useIndex,
    summaries,
    index: invertIndex(summaries),
    roleRisk,
    stamp: new Int32Array(env.roles.length).fill(-1),
    scratch: {
      roles: new Int32Array(env.roles.length),
      denied: new Int32Array(env.roles.length),
      codes: new Uint8Array(env.roles.length),
    },
    edges,
    denials: new Map(),
    errors: new Map(),
    stats,
    profiles: useIndex ? sharedProfiles(env) : [],
    shared: new Map(),
  }
  const callerRisky = new Set<string>()
  env.principals.forEach((principal, p) => {
    const caller = env.caller(p)
    const risky = caller !== undefined && callerMayDeny(caller, env.managementAccount)
    // STS reads an IAM OIDC provider's token with the provider of the role's account: for a
    // role of another account it may refuse the token before any policy is read.
    const source = principal.source
    const oidc = source.kind === 'federated' && source.provider.type === 'oidc'
    if (risky || oidc) callerRisky.add(principal.node.id)
    principalPass(state, p, risky)
  })

  const graph: AssumeGraph = {
    at: world.now,
    principals: env.principals.map((principal) => principal.node),
    roles: roleNodes,
    edges,
    denials: state.denials,
    errors: state.errors,
    callerMayDeny: callerRisky,
    rcpMayDeny: new Set(roleNodes.filter((_, r) => roleRisk[r] === true).map((role) => role.arn)),
    chains: options.chains === false ? new Map() : computeChains(env, edges),
    stats: {
      principals: env.principals.length,
      roles: env.roles.length,
      ...stats,
      edges: edges.length,
    },
  }
  releaseCallCaches(env)
  registerGraph(graph, env)
  return graph
}
