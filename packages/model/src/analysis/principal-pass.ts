/**
 * One principal's pass of the analysis: the roles its keys reach in the trust index (or every
 * role, without the index), each taken from a principal of the same profile already analysed on
 * the role, or decided by the identity shortcut, or analysed in full; edges collected, denials
 * kept compactly (role indices and one-byte codes).
 */
import { analysePair, type PairOutcome } from './analyse-pair.ts'
import {
  encodeDenial,
  ERROR_CODE,
  IDENTITY_IMPLICIT_DENY,
  TRUST_IMPLICIT_DENY,
} from './denial-codes.ts'
import type { AnalysisEnv } from './evaluate/env.ts'
import { sharedGrants, trustGrantsPlainCall } from './evaluate/trust-grants.ts'
import { identityReach, type Reach } from './index/identity-reach.ts'
import { principalKeys } from './index/principal-keys.ts'
import { roleReadsNoPrincipal } from './index/profiles.ts'
import { identityShortcut, namedAlike } from './index/shortcut.ts'
import type { TrustSummary } from './index/trust-index.ts'
import type { AwsErrorCode } from '../operations/types.ts'
import type { AssumeEdge, DenialTable } from './types.ts'

/** What every pass shares, and what it fills. */
export interface PassState {
  readonly env: AnalysisEnv
  readonly useIndex: boolean
  readonly summaries: readonly TrustSummary[]
  readonly index: ReadonlyMap<string, readonly number[]>
  readonly roleRisk: readonly boolean[]
  /** Scratch space: the last principal that reached each role. */
  readonly stamp: Int32Array
  /** Scratch space: one pass's candidates, denied roles and their codes. */
  readonly scratch: {
    readonly roles: Int32Array
    readonly denied: Int32Array
    readonly codes: Uint8Array
  }
  readonly edges: AssumeEdge[]
  readonly denials: Map<string, DenialTable>
  readonly errors: Map<string, { readonly code: AwsErrorCode; readonly message: string }>
  readonly stats: {
    candidatePairs: number
    evaluatedPairs: number
    shortcutPairs: number
    witnessSearches: number
    sharedPairs: number
  }
  /** Each principal's profile, when another principal shares it (`profiles.ts`). */
  readonly profiles: readonly (string | undefined)[]
  /** Outcomes by profile and role, for principals the analysis cannot tell apart. */
  readonly shared: Map<string, Map<number, PairOutcome>>
}

/** Runs the pass of principal `p`; `risky` when its own side might refuse first. */
export function principalPass(state: PassState, p: number, risky: boolean): void {
  const { env, summaries, stats } = state
  const principal = env.principals[p]
  if (principal === undefined || principal.node.cannotAssume !== undefined) return
  const node = principal.node
  const caller = env.caller(p)
  const keys = principalKeys(principal)
  const candidates = state.useIndex ? candidatesOf(state, p, keys) : allRoles(env.roles.length)
  let reach: Reach | undefined
  let answers: Map<number, boolean> | undefined
  const profile = state.profiles[p]
  let alike: Map<number, PairOutcome> | undefined
  if (profile !== undefined) {
    alike = state.shared.get(profile)
    if (alike === undefined) {
      alike = new Map()
      state.shared.set(profile, alike)
    }
  }
  const { denied, codes } = state.scratch
  let count = 0
  const id = node.id
  for (const r of candidates) {
    stats.candidatePairs += 1
    const role = env.roles[r]
    const trust = summaries[r]
    if (role === undefined || trust === undefined) continue
    const shareable =
      alike !== undefined && namedAlike(keys, trust) && roleReadsNoPrincipal(env.role(r))
    let outcome = shareable ? alike?.get(r) : undefined
    if (outcome !== undefined) {
      stats.sharedPairs += 1
      if (outcome.kind === 'edge') {
        // Only the principal differs: the edge's parts are shared.
        state.edges.push({ ...outcome.edge, principal: id })
        continue
      }
    } else {
      if (state.useIndex && caller !== undefined) {
        reach ??= identityReach(caller.identity)
        const shortcut = identityShortcut(
          keys,
          node.accountId === role.accountId,
          trust,
          risky || state.roleRisk[r] === true,
          reach(role.arn),
        )
        if (shortcut === 'trust-or-identity') answers ??= sharedGrants(env, p)
        if (shortcut !== undefined) {
          stats.shortcutPairs += 1
          const grants =
            shortcut === 'identity' ||
            trustGrantsPlainCall(env, p, r, namedAlike(keys, trust), answers)
          outcome = grants ? IDENTITY_GATE : TRUST_GATE
        }
      }
      outcome ??= analysed(state, p, r)
      if (shareable) alike?.set(r, outcome)
      if (outcome.kind === 'edge') {
        state.edges.push(outcome.edge)
        continue
      }
    }
    const denial = outcome.denial
    const code = encodeDenial(denial)
    denied[count] = r
    codes[count] = code
    count += 1
    if (code === ERROR_CODE && denial.reason === 'error')
      state.errors.set(`${id}\n${role.arn}`, { code: denial.code, message: denial.message })
  }
  if (count > 0)
    state.denials.set(id, { roles: denied.slice(0, count), codes: codes.slice(0, count) })
}

/** The refusals the identity shortcut concludes. */
const IDENTITY_GATE: PairOutcome = {
  kind: 'denied',
  denial: IDENTITY_IMPLICIT_DENY,
  searched: false,
}
const TRUST_GATE: PairOutcome = { kind: 'denied', denial: TRUST_IMPLICIT_DENY, searched: false }

function analysed(state: PassState, p: number, r: number): PairOutcome {
  state.stats.evaluatedPairs += 1
  const outcome = analysePair(state.env, p, r)
  if (outcome.searched) state.stats.witnessSearches += 1
  return outcome
}

/** The roles whose trust policy holds one of the keys, in index order. */
function candidatesOf(state: PassState, p: number, keys: readonly string[]): Int32Array {
  const found = state.scratch.roles
  let count = 0
  for (const key of keys) {
    const roles = state.index.get(key)
    if (roles === undefined) continue
    for (const r of roles)
      if (state.stamp[r] !== p) {
        state.stamp[r] = p
        found[count] = r
        count += 1
      }
  }
  return found.subarray(0, count).sort()
}

function allRoles(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, r) => r)
}
