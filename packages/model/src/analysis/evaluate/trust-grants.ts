/**
 * Whether a role's trust policy grants the plain call of a principal, the identity side taken as
 * allowing: the engine's fast path on the trust policy and an allow-everything identity policy,
 * with the plain call's request context.
 *
 * The answer is shared by the principals of one kind in one account when nothing tells them
 * apart: the trust names none of them specifically (only their account, or everyone), and its
 * conditions read no key that differs between them (`aws:PrincipalArn`, `aws:userid`,
 * `aws:username`, `aws:PrincipalTag/*`, policy variables). Every other key of a plain call's
 * context is the same for users (or for role sessions) of one account.
 */
import { decide, type CompiledPolicySet } from '@hatrack/engine'
import { ALLOW_ALL, mayApplyToAssume } from './compiled.ts'
import type { AnalysisEnv } from './env.ts'
import { pairPolicies, planContext, planRequest } from './pair-policies.ts'
import { contextFor, planFor } from './call-cache.ts'
import type { RoleModel } from './role-model.ts'

const PLAIN = Object.freeze({})
const PER_PRINCIPAL = new Set(['aws:principalarn', 'aws:userid', 'aws:username'])
const shared = new WeakMap<AnalysisEnv, Map<string, Map<number, boolean>>>()
const sharedKeys = new WeakMap<RoleModel, boolean>()
const trustOnly = new WeakMap<RoleModel, CompiledPolicySet>()

/**
 * The answers shared by the principals of `index`'s kind and account (users, role sessions), by
 * role index; `undefined` for other principals.
 */
export function sharedGrants(env: AnalysisEnv, index: number): Map<number, boolean> | undefined {
  const node = env.principals[index]?.node
  if (node === undefined || (node.kind !== 'user' && node.kind !== 'roleSession')) return undefined
  let byGroup = shared.get(env)
  if (byGroup === undefined) {
    byGroup = new Map()
    shared.set(env, byGroup)
  }
  const group = `${node.kind} ${node.accountId ?? ''}`
  let answers = byGroup.get(group)
  if (answers === undefined) {
    answers = new Map()
    byGroup.set(group, answers)
  }
  return answers
}

/**
 * Whether the trust policy of role `roleIndex` grants principal `index`'s plain call. `shared`:
 * the answers of its kind and account (`sharedGrants`), used when the trust names the principal
 * only as it names every principal of its account (`namedAlike`).
 */
export function trustGrantsPlainCall(
  env: AnalysisEnv,
  index: number,
  roleIndex: number,
  namedAlike: boolean,
  shared: Map<number, boolean> | undefined,
): boolean {
  const role = env.role(roleIndex)
  const cache = namedAlike && readsSharedKeysOnly(role) ? shared : undefined
  const known = cache?.get(roleIndex)
  if (known !== undefined) return known
  const planned = planFor(env, index, role, PLAIN)
  if (!planned.ok) return false
  const plan = planned.plan
  const context = role.readsContext
    ? contextFor(env, index, role, plan, PLAIN)
    : planContext(env.world, plan, role, false)
  let policies = trustOnly.get(role)
  if (policies === undefined) {
    policies = {
      ...pairPolicies(undefined, role, env.managementAccount),
      identity: [ALLOW_ALL],
      rcps: undefined,
    }
    trustOnly.set(role, policies)
  }
  const request = planRequest(plan, role, plan.actions[0] ?? 'sts:AssumeRole', context)
  const grants = decide(policies, request) === 'allowed'
  cache?.set(roleIndex, grants)
  return grants
}

/** Whether the trust's conditions read only keys that principals of one account share. */
function readsSharedKeysOnly(role: RoleModel): boolean {
  let known = sharedKeys.get(role)
  if (known === undefined) {
    known = role.trust.statements.every((statement) => {
      if (!mayApplyToAssume(statement)) return true
      if (statement.statement.resource !== undefined) return false
      return statement.clauses.every((clause) => {
        const key = clause.key.toLowerCase()
        if (PER_PRINCIPAL.has(key) || key.startsWith('aws:principaltag/')) return false
        return !(statement.variables && clause.values.some((value) => value.includes('${')))
      })
    })
    sharedKeys.set(role, known)
  }
  return known
}
