/**
 * Why a gate does not take part, in plain words for learners, each tied to its rule (iam-facts §7).
 */
import type { CompiledPolicySet } from '../compile/policy-set.ts'
import type { RequestEnv } from '../evaluate/env.ts'
import { RCP_SERVICES } from '../evaluate/plan.ts'

/** Why no RCP is evaluated for this request. */
export function rcpReason(compiled: CompiledPolicySet, env: RequestEnv): string {
  if (compiled.rcps === undefined)
    return "no resource control policies: the resource's account is in no organization with RCPs"
  if (!RCP_SERVICES.has(env.service)) {
    return `RCPs govern only S3, STS, KMS, SQS and Secrets Manager resources, not \`${env.service}\``
  }
  if (env.resourceAccount === compiled.managementAccount)
    return "RCPs do not apply to the management account's resources"
  return 'RCPs do not affect a service taking on its service-linked role'
}

/** Why no SCP is evaluated for this request. */
export function scpReason(compiled: CompiledPolicySet, env: RequestEnv): string {
  const caller = env.principal
  if (compiled.scps === undefined)
    return "no service control policies: the caller's account is in no organization"
  if (caller.kind === 'service')
    return 'SCPs limit the IAM principals of member accounts, not AWS services'
  if (caller.kind === 'anonymous')
    return 'SCPs limit the IAM principals of member accounts, not anonymous callers'
  if (caller.serviceLinkedRole === true) return 'SCPs do not affect service-linked roles'
  return "SCPs do not affect the management account's principals"
}

/** Why the resource-side gate that is not used does not take part. */
export function resourceReason(gate: 'resource' | 'trust', used: 'resource' | 'trust'): string {
  if (gate === 'resource' && used === 'trust')
    return 'the resource is a role: its trust policy is the resource-side policy'
  if (gate === 'trust') return 'the request does not assume a role: no trust policy is evaluated'
  return 'no resource-based policy: within one account the identity-based policies decide'
}

/** Why a request needs a resource-based policy that is absent. */
export function requiredReason(env: RequestEnv, gate: 'resource' | 'trust'): string {
  const kind = env.principal.kind
  if (gate === 'trust')
    return 'no trust policy: a role can be assumed only if its trust policy allows the caller'
  if (kind === 'service')
    return 'no resource-based policy: a service can act on a resource only if its policy allows it'
  if (kind === 'anonymous')
    return 'no resource-based policy: only a resource-based policy can allow an anonymous caller'
  if (env.crossAccount)
    return "no resource-based policy: a cross-account request needs the resource's account to allow it"
  return 'no key policy: a KMS key policy must allow the principal'
}

/** Why the identity gate does not take part. */
export function identityReason(env: RequestEnv): string {
  return env.principal.kind === 'service'
    ? 'an AWS service acting as itself has no identity-based policies'
    : 'an anonymous caller has no identity-based policies'
}

/** Why the boundary gate does not take part. */
export function boundaryReason(env: RequestEnv): string {
  return env.principal.kind === 'root'
    ? 'the root user cannot have a permissions boundary'
    : 'no permissions boundary is set'
}

/** Why the session gate does not take part. */
export function sessionReason(env: RequestEnv): string {
  return env.principal.kind === 'assumedRole'
    ? 'no session policy was passed: the role session keeps all of its role’s permissions'
    : 'the caller is not a session'
}
