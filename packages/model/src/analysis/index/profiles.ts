/**
 * Principals the analysis cannot tell apart on a role: the same kind, the same account, the same
 * MFA device status, the same compiled policies (identity, boundary, SCPs: the members of one
 * group with no policy of their own share them), not named specifically by the role's trust
 * policy, and no policy of the pair reading a key that differs between them (`aws:PrincipalArn`,
 * `aws:userid`, `aws:username`, `aws:PrincipalTag/*`, or any policy variable). Every other input
 * of the analysis of a pair — the caller's request context, its principal's matches, the search
 * for conditions — is then the same, so one pair's outcome holds for all of them.
 */
import type { CompiledPolicy } from '@hatrack/engine'
import type { AnalysisEnv } from '../evaluate/env.ts'
import { mayApplyToAssume } from '../evaluate/compiled.ts'
import type { RoleModel } from '../evaluate/role-model.ts'

const PER_PRINCIPAL = new Set(['aws:principalarn', 'aws:userid', 'aws:username'])
const ids = new WeakMap<object, number>()
let nextId = 0

function idOf(value: object | undefined): number {
  if (value === undefined) return -1
  let id = ids.get(value)
  if (id === undefined) {
    nextId += 1
    id = nextId
    ids.set(value, id)
  }
  return id
}

const readers = new WeakMap<CompiledPolicy, boolean>()

/** Whether a compiled policy can tell principals apart on an assumption. */
function readsPrincipal(policy: CompiledPolicy): boolean {
  let known = readers.get(policy)
  if (known === undefined) {
    known = statementsReadPrincipal(policy)
    readers.set(policy, known)
  }
  return known
}

function statementsReadPrincipal(policy: CompiledPolicy): boolean {
  for (const statement of policy.statements) {
    if (!mayApplyToAssume(statement)) continue
    const resource = statement.statement.resource
    if (statement.variables && resource?.patterns.some((pattern) => pattern.includes('${')))
      return true
    for (const clause of statement.clauses) {
      const key = clause.key.toLowerCase()
      if (PER_PRINCIPAL.has(key) || key.startsWith('aws:principaltag/')) return true
      if (statement.variables && clause.values.some((value) => value.includes('${'))) return true
    }
  }
  return false
}

/**
 * The profile of principal `index`: equal for principals the analysis cannot tell apart on a
 * role that reads nothing of them; `undefined` when its own policies tell it apart.
 */
export function profileOf(env: AnalysisEnv, index: number): string | undefined {
  const principal = env.principals[index]
  const caller = env.caller(index)
  if (principal === undefined || caller === undefined) return undefined
  const kind = principal.node.kind
  if (kind !== 'user' && kind !== 'roleSession') return undefined
  for (const policy of caller.identity) if (readsPrincipal(policy)) return undefined
  if (caller.boundary !== undefined && readsPrincipal(caller.boundary)) return undefined
  for (const level of caller.scps ?? [])
    for (const policy of level) if (readsPrincipal(policy)) return undefined
  return [
    kind,
    caller.accountId,
    caller.serviceLinked,
    principal.node.mfaDevice === true,
    idOf(caller.scps),
    caller.boundary === undefined ? -1 : idOf(caller.boundary),
    ...caller.identity.map(idOf),
  ].join(' ')
}

const roles = new WeakMap<RoleModel, boolean>()

/** Whether the role's trust policy and RCPs read nothing that tells principals apart. */
export function roleReadsNoPrincipal(role: RoleModel): boolean {
  let known = roles.get(role)
  if (known === undefined) {
    known =
      !readsPrincipal(role.trust) && !(role.rcps ?? []).some((level) => level.some(readsPrincipal))
    roles.set(role, known)
  }
  return known
}

/** Each principal's profile when at least one other principal shares it, else `undefined`. */
export function sharedProfiles(env: AnalysisEnv): (string | undefined)[] {
  const profiles = env.principals.map((_, index) => profileOf(env, index))
  const counts = new Map<string, number>()
  for (const profile of profiles)
    if (profile !== undefined) counts.set(profile, (counts.get(profile) ?? 0) + 1)
  return profiles.map((profile) =>
    profile !== undefined && (counts.get(profile) ?? 0) > 1 ? profile : undefined,
  )
}
