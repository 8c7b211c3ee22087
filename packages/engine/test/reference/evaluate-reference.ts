/**
 * The reference evaluator: AWS's policy evaluation logic transcribed for clarity, not speed, and
 * written from the spec (iam-facts §7–9; the flow chart of
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html),
 * never from the engine's code. The properties check the engine against it.
 *
 * Choices the spec leaves open, made here and nowhere else:
 * - When several gates explicitly deny, the first in AWS's order is reported (AWS names one
 *   policy type only, iam-facts §14).
 * - An allow is reported at the resource-based (or trust) gate whenever that policy's allow was
 *   needed or sufficient; at the identity gate when identity policies alone granted it.
 * - A same-account implicit deny is reported at the gate that blocked the best path: the
 *   boundary or session gate when a resource-based policy named the caller's role, else the first
 *   of identity, boundary, session that did not allow.
 */
import { createRequestContext } from '@hatrack/policy'
import type { AccessRequest, GateName, NamedPolicy, PolicySet } from '@hatrack/engine'
import type { NamedAs } from './caller-named.ts'
import { allLevels, allows, anyDeny, everyLevelAllows } from './policy-gates.ts'
import type { ReferenceDecision } from './reference-decision.ts'
import {
  isAssumeRole,
  rcpsApply,
  resourceAccountOf,
  resourcePolicyRequired,
  scpsApply,
} from './request-facts.ts'
import type { StatementInput } from './statement-applies.ts'

const allowed = (gate: GateName): ReferenceDecision => ({ decision: 'allowed', gate })
const implicitDeny = (gate: GateName): ReferenceDecision => ({ decision: 'implicitDeny', gate })
const explicitDeny = (gate: GateName): ReferenceDecision => ({ decision: 'explicitDeny', gate })

/** Grants through these names are not limited by identity, boundary or session implicit denies. */
const DIRECT: readonly NamedAs[] = ['wildcard', 'self', 'service', 'federated']

/** Decides `request` under `policies` the way AWS's evaluation logic does. */
export function evaluateReference(request: AccessRequest, policies: PolicySet): ReferenceDecision {
  const caller = request.principal
  const isIamIdentity =
    caller.kind === 'user' || caller.kind === 'assumedRole' || caller.kind === 'federatedUser'
  const input: StatementInput = {
    caller,
    // The NotPrincipal page's rule is for "users and roles with permissions boundaries"; a
    // federated user's boundary is its IAM user's, not attached to the session (a reading).
    hasBoundary:
      (caller.kind === 'user' || caller.kind === 'assumedRole') && policies.boundary !== undefined,
    action: request.action,
    resource: request.resource,
    context: createRequestContext(request.context),
  }

  // Which policies apply to this caller at all.
  const isSession = caller.kind === 'assumedRole' || caller.kind === 'federatedUser'
  const identity: readonly NamedPolicy[] = isIamIdentity ? (policies.identity ?? []) : []
  const boundary: readonly NamedPolicy[] =
    isIamIdentity && policies.boundary !== undefined ? [policies.boundary] : []
  const session: readonly NamedPolicy[] = isSession ? (policies.session ?? []) : []
  const resource: readonly NamedPolicy[] =
    policies.resource !== undefined ? [policies.resource] : []
  const scpLevels = scpsApply(request, policies) ? (policies.scps ?? []) : undefined
  const rcpLevels = rcpsApply(request, policies) ? (policies.rcps ?? []) : undefined
  const resourceGate: GateName = policies.resource?.policy.kind === 'trust' ? 'trust' : 'resource'

  // 1. An explicit deny in any applicable policy decides.
  const denying: [GateName, readonly NamedPolicy[]][] = [
    ['rcp', allLevels(rcpLevels ?? [])],
    ['scp', allLevels(scpLevels ?? [])],
    [resourceGate, resource],
    ['identity', identity],
    ['boundary', boundary],
    ['session', session],
  ]
  for (const [gate, gatePolicies] of denying) {
    if (anyDeny(gatePolicies, input)) return explicitDeny(gate)
  }

  // 2. RCPs of the resource's account, 3. SCPs of the caller's account: every level must allow.
  if (rcpLevels !== undefined && !everyLevelAllows(rcpLevels, input)) return implicitDeny('rcp')
  if (scpLevels !== undefined && !everyLevelAllows(scpLevels, input)) return implicitDeny('scp')

  // "Roles may not be assumed by root accounts." (iam-facts §2)
  if (caller.kind === 'root' && isAssumeRole(request.action)) return implicitDeny('trust')

  // 4. The resource-based policy, and how it named the caller.
  const resourceAllows = allows(resource, input)
  const namedAs = new Set(resourceAllows.flatMap((applied) => applied.namedAs))

  // A service or an anonymous caller has no identity policies: only the resource can grant.
  if (caller.kind === 'service' || caller.kind === 'anonymous') {
    return resourceAllows.length > 0 ? allowed(resourceGate) : implicitDeny(resourceGate)
  }

  // 5.–7. The caller's side: identity policies (the root user needs none), boundary, session.
  const identityAllows = caller.kind === 'root' || allows(identity, input).length > 0
  const boundaryAllows = boundary.length === 0 || allows(boundary, input).length > 0
  const sessionAllows = !isSession
    ? true
    : session.length > 0
      ? allows(session, input).length > 0
      : caller.kind === 'assumedRole' // a federated user without a session policy has no permissions
  const callerSideBlock: GateName | undefined = !identityAllows
    ? 'identity'
    : !boundaryAllows
      ? 'boundary'
      : !sessionAllows
        ? 'session'
        : undefined

  // Cross-account: the caller's account and the resource's account must both allow (§8).
  if (resourceAccountOf(request) !== caller.accountId) {
    if (resourceAllows.length === 0) return implicitDeny(resourceGate)
    return callerSideBlock === undefined ? allowed(resourceGate) : implicitDeny(callerSideBlock)
  }

  // Same account: a resource-based allow can grant by itself, depending on the name it used.
  if (DIRECT.some((name) => namedAs.has(name))) return allowed(resourceGate)
  const roleGrantBlock: GateName | undefined = !boundaryAllows
    ? 'boundary'
    : !sessionAllows
      ? 'session'
      : undefined
  if (namedAs.has('role') && roleGrantBlock === undefined) return allowed(resourceGate)

  // Trust and KMS key policies must allow the caller; an identity allow alone is not enough.
  const required = resourcePolicyRequired(request, policies)
  if (required && resourceAllows.length === 0) return implicitDeny(resourceGate)

  if (callerSideBlock === undefined) return allowed(required ? resourceGate : 'identity')
  if (namedAs.has('role') && roleGrantBlock !== undefined) return implicitDeny(roleGrantBlock)
  return implicitDeny(callerSideBlock)
}
