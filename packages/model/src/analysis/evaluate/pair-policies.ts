/**
 * The compiled policies of one (caller, role) pair, put together as the model's
 * `authorizeResolved` gathers them (identity policies and boundary of the caller, the SCPs of
 * its account, the role's trust policy, the RCPs of the role's account), and the requests of one
 * call, with the request context built as `requestContext` builds it — or not at all, when no
 * policy of the pair can read it.
 */
import type { AccessRequest, CompiledPolicySet } from '@hatrack/engine'
import type { ContextRecord } from '@hatrack/policy'
import { requestContext } from '../../request/request-context.ts'
import type { CallerModel } from '../principals/caller-model.ts'
import type { CallPlan } from './call-plan.ts'
import type { RoleModel } from './role-model.ts'

const EMPTY_SOURCE = {}

/** The pair's compiled policy set. `caller` is `undefined` for services and providers. */
export function pairPolicies(
  caller: CallerModel | undefined,
  role: RoleModel,
  managementAccount: string | undefined,
): CompiledPolicySet {
  return {
    source: EMPTY_SOURCE,
    identity: caller?.identity ?? [],
    resource: role.trust,
    boundary: caller?.boundary,
    session: undefined,
    scps: caller?.scps,
    rcps: role.rcps,
    managementAccount,
  }
}

/** The same set without the trust policy: the caller's side alone (role chaining's extra check). */
export function callerSideOnly(set: CompiledPolicySet): CompiledPolicySet {
  return { ...set, resource: undefined }
}

/** A context no policy reads: shared by every pair whose policies have no condition or variable. */
const UNREAD: ContextRecord = Object.freeze({})

/** The request context of `plan` on `role`; `needed` false skips building it. */
export function planContext(
  world: Parameters<typeof requestContext>[0],
  plan: CallPlan,
  role: RoleModel,
  needed: boolean,
): ContextRecord {
  if (!needed) return UNREAD
  return requestContext(
    world,
    plan.caller,
    role.side,
    {
      action: plan.actions[0] ?? 'sts:AssumeRole',
      resource: role.role.arn,
      ...(plan.context ? { context: plan.context } : {}),
    },
    plan.trusted,
  )
}

/** The request for `action` in `plan`. */
export function planRequest(
  plan: CallPlan,
  role: RoleModel,
  action: string,
  context: ContextRecord,
): AccessRequest {
  const resourceAccount = role.side.accountId
  return resourceAccount === undefined
    ? { principal: plan.caller.principal, action, resource: role.role.arn, context }
    : {
        principal: plan.caller.principal,
        action,
        resource: role.role.arn,
        resourceAccount,
        context,
      }
}
