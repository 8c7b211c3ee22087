/**
 * `authorize`: one request by one caller, decided by the engine as AWS would (iam-facts §7–9).
 * It resolves the caller's credentials, gathers every policy that applies (identity policies
 * and boundary, session policies, the SCPs of the caller's account and the RCPs of the
 * resource's account, the resource-based or trust policy) and builds the request context.
 */
import { evaluate, type Decision, type PolicySet } from '@hatrack/engine'
import type { ContextRecord } from '@hatrack/policy'
import type { Caller } from '../operations/types.ts'
import type { World } from '../world/types.ts'
import { credentialLimitError } from './credential-limits.ts'
import { organizationPlacement } from './organization-levels.ts'
import { requestContext } from './request-context.ts'
import { resolveCaller } from './resolve-caller.ts'
import { resourceSide } from './resource-side.ts'
import type { AuthorizeRequest, AuthorizeResult, ResolvedCaller } from './types.ts'

/**
 * Decides `request` by `caller` in `world`. Unknown or expired credentials are AWS errors, as
 * are the calls `GetSessionToken` credentials cannot make; an administrator's change is made
 * outside the simulation and is allowed without evaluation.
 */
export function authorize(
  world: World,
  caller: Caller,
  request: AuthorizeRequest,
): AuthorizeResult {
  const resolved = resolveCaller(world, caller)
  if (resolved === undefined) return { status: 'decided', decision: ADMIN_DECISION }
  if (!resolved.ok) return { status: 'error', error: resolved.error }
  const limited = credentialLimitError(resolved.caller, request.action)
  if (limited) return { status: 'error', error: limited }
  return { status: 'decided', decision: authorizeResolved(world, resolved.caller, request) }
}

/** How the simulation itself shapes an authorization. */
export interface AuthorizeOptions {
  /** Context keys of the simulation's own (an STS call's `sts:*` keys), applied last. */
  readonly trusted?: ContextRecord
  /**
   * Leaves the resource-based (or trust) policy out: asks whether the caller's side alone
   * allows the request, as role chaining requires for `sts:TagSession` and
   * `sts:SetSourceIdentity` (iam-facts §12–13).
   */
  readonly callerSideOnly?: boolean
}

/** Decides `request` by an already resolved caller. */
export function authorizeResolved(
  world: World,
  caller: ResolvedCaller,
  request: AuthorizeRequest,
  options: AuthorizeOptions = {},
): Decision {
  const fullSide = resourceSide(world, request.action, request.resource)
  const side = options.callerSideOnly === true ? { ...fullSide, policy: undefined } : fullSide
  const callerAccount = caller.principal.accountId
  const resourceAccount = side.accountId ?? callerAccount
  const policies: PolicySet = {
    identity: caller.identity,
    boundary: caller.boundary,
    session: caller.sessionPolicies,
    resource: side.policy,
    scps:
      callerAccount === undefined ? undefined : organizationPlacement(world, callerAccount)?.scps,
    rcps:
      resourceAccount === undefined
        ? undefined
        : organizationPlacement(world, resourceAccount)?.rcps,
    managementAccount: world.organization?.managementAccount,
  }
  return evaluate(
    {
      principal: caller.principal,
      action: request.action,
      resource: request.resource,
      ...(side.accountId === undefined ? {} : { resourceAccount: side.accountId }),
      context: requestContext(world, caller, side, request, options.trusted),
    },
    policies,
  )
}

const ADMIN_DECISION: Decision = {
  decision: 'allowed',
  gate: 'identity',
  gates: [],
  message: "An administrator's change is made outside the simulation; no policy was evaluated.",
  crossAccount: false,
  notEvaluated: [],
}
