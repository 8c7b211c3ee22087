/**
 * An edge from a successful call: the statements that allow it (`allowingStatements`), every
 * condition of those statements classified, the requirements, a one-line reason, and what MFA
 * the hop needs from, or gives to, the sessions of a chain.
 */
import type { PrincipalMatchVia } from '@hatrack/policy'
import { attempt } from '../evaluate/attempt.ts'
import type { AnalysisEnv } from '../evaluate/env.ts'
import { planRequest } from '../evaluate/pair-policies.ts'
import type { RoleModel } from '../evaluate/role-model.ts'
import type { Witness } from '../witness/search.ts'
import type { AssumeEdge, EdgeCondition, Requirement } from '../types.ts'
import { allowingStatements } from './allowing-statements.ts'
import { conditionsOf } from './depends-on.ts'
import { requirementOf, shortRequirement } from './requirements.ts'

const NONE: readonly never[] = Object.freeze([])

/**
 * The edge of principal `index` to `role`, from a successful `witness` (no knobs: the plain
 * call). `mfaKnob` says whether a condition of the pair reads MFA.
 */
export function buildEdge(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  witness: Witness,
  mfaKnob: boolean,
): AssumeEdge {
  const principal = env.principals[index]
  const done = witness.done ?? attempt(env, index, role, witness.conditions)
  if (principal === undefined || !done.ok) throw new Error('invariant: an edge without its call')
  const { plan, policies, context } = done
  const request = planRequest(plan, role, plan.actions[0] ?? 'sts:AssumeRole', context)
  const node = principal.node
  const kind = node.kind
  const iam = kind === 'user' || kind === 'roleSession' || kind === 'externalAccount'
  const crossAccount = node.accountId !== undefined && node.accountId !== role.role.accountId
  const allowing = allowingStatements(role, policies, request, iam, crossAccount)
  const requires: readonly Requirement[] =
    witness.knobs.length === 0
      ? NONE
      : witness.knobs.map(({ name, option }) => requirementOf(name, option, kind))
  let dependsOn: readonly EdgeCondition[] = NONE
  for (const statement of allowing.statements) {
    if (statement.clauses.length === 0) continue
    const own = conditionsOf(statement, kind)
    dependsOn = dependsOn.length === 0 ? own : [...dependsOn, ...own]
  }
  const requiresMfa = requires.some((requirement) => requirement.kind === 'mfa')
  const withMfa = (): boolean =>
    !mfaKnob || attempt(env, index, role, { ...witness.conditions, mfa: true }).ok
  return {
    principal: node.id,
    role: role.role.arn,
    action: node.action,
    trust: allowing.trust,
    identity: allowing.identity,
    identityNeeded: allowing.identityNeeded,
    crossAccount,
    conditions: witness.conditions,
    requires,
    dependsOn,
    callerMfa:
      kind !== 'roleSession' ? 'any' : requiresMfa ? 'required' : withMfa() ? 'any' : 'forbidden',
    issuesMfaSession: kind === 'user' && node.mfaDevice === true && (requiresMfa || withMfa()),
    reason: reasonOf(env, allowing.via, allowing.entry, allowing.identityNeeded, requires),
  }
}

const NAMED_BY: Record<PrincipalMatchVia, (entry: string) => string> = {
  wildcard: () => 'trust allows everyone (`*`)',
  account: (entry) => `trust names the account \`${entry}\``,
  user: () => 'trust names the user',
  role: () => 'trust names the role',
  session: () => 'trust names the session',
  federatedUser: () => 'trust names the federated user',
  service: () => 'trust names the service',
  federated: () => 'trust names the provider',
  canonicalUser: () => 'trust names the canonical user',
}

const reasons = new WeakMap<AnalysisEnv, Map<string, string>>()

/** The one-line reason; the same text is shared by every edge with no requirement and the same naming. */
function reasonOf(
  env: AnalysisEnv,
  via: PrincipalMatchVia | undefined,
  entry: string,
  identityNeeded: boolean,
  requires: readonly Requirement[],
): string {
  let shared = reasons.get(env)
  if (shared === undefined) {
    shared = new Map()
    reasons.set(env, shared)
  }
  const key = requires.length === 0 ? `${via ?? ''} ${entry} ${identityNeeded}` : undefined
  const known = key === undefined ? undefined : shared.get(key)
  if (known !== undefined) return known
  let reason = via === undefined ? 'trust allows it' : NAMED_BY[via](entry)
  if (identityNeeded) reason += '; an identity policy allows it'
  for (const requirement of requires) reason += `; ${shortRequirement(requirement)}`
  if (key !== undefined) shared.set(key, reason)
  return reason
}
