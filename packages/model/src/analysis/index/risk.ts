/**
 * Whether anything might refuse an assumption before the trust policy is read (iam-facts §7:
 * explicit denies anywhere, then RCPs, then SCPs). When neither the caller's side nor the role's
 * RCPs might, a pair whose trust policy names nothing of the caller is refused by the trust
 * policy, implicitly: the engine's `combine` reaches the trust gate with no grant. Both tests
 * are conservative: they ignore resources and conditions of denies, and accept as allowing only
 * statements that allow any role unconditionally.
 */
import type { CompiledPolicy } from '@hatrack/engine'
import type { CallerModel } from '../principals/caller-model.ts'

const MAIN_ACTIONS = ['sts:assumerole', 'sts:assumerolewithwebidentity', 'sts:assumerolewithsaml']

const denying = new WeakMap<CompiledPolicy, boolean>()
const levelRisk = new WeakMap<object, boolean>()
const rcpRisk = new WeakMap<object, boolean>()

/** Whether a policy has a `Deny` whose action can match `sts:AssumeRole`. */
function denies(policy: CompiledPolicy): boolean {
  let known = denying.get(policy)
  if (known === undefined) {
    known = policy.statements.some((s) => !s.allow && s.matchesAction('sts:assumerole'))
    denying.set(policy, known)
  }
  return known
}

/** Whether the caller's own side might deny `sts:AssumeRole` on some role first. */
export function callerMayDeny(caller: CallerModel, managementAccount: string | undefined): boolean {
  for (const policy of caller.identity) if (denies(policy)) return true
  if (caller.boundary !== undefined && denies(caller.boundary)) return true
  const scps = caller.scps
  if (scps === undefined || caller.serviceLinked || caller.accountId === managementAccount)
    return false
  let known = levelRisk.get(scps)
  if (known === undefined) {
    known = levelsMayDeny(scps, ['sts:assumerole'])
    levelRisk.set(scps, known)
  }
  return known
}

/** Whether the RCPs of a role's account might deny an `AssumeRole*` call on it first. */
export function rcpMayDeny(
  role: {
    readonly rcps: readonly (readonly CompiledPolicy[])[] | undefined
    readonly accountId: string
  },
  managementAccount: string | undefined,
): boolean {
  if (role.rcps === undefined || role.accountId === managementAccount) return false
  let known = rcpRisk.get(role.rcps)
  if (known === undefined) {
    known = levelsMayDeny(role.rcps, MAIN_ACTIONS)
    rcpRisk.set(role.rcps, known)
  }
  return known
}

function levelsMayDeny(
  levels: readonly (readonly CompiledPolicy[])[],
  actions: readonly string[],
): boolean {
  for (const level of levels) {
    let allowsAll = false
    for (const policy of level) {
      for (const s of policy.statements) {
        const matches = actions.some((action) => s.matchesAction(action))
        if (!s.allow && matches) return true
        if (s.allow && actions.every((action) => s.matchesAction(action)) && unconditional(s))
          allowsAll = true
      }
    }
    if (!allowsAll) return true
  }
  return false
}

function unconditional(s: CompiledPolicy['statements'][number]): boolean {
  if (s.clauses.length > 0) return false
  const resource = s.statement.resource
  if (resource !== undefined && (resource.negated || !resource.patterns.includes('*'))) return false
  const principal = s.statement.principal
  return principal === undefined || (!principal.negated && principal.wildcard)
}
