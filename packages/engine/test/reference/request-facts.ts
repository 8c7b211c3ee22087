/**
 * Facts about a request that the gates need: whose account owns the resource, whether the
 * request crosses accounts, whether it is a role assumption, whether organization policies
 * reach it.
 */
import type { AccessRequest, PolicySet } from '@hatrack/engine'

/**
 * The account that owns the resource: stated by the request, else read from the ARN's account
 * segment, else (S3 buckets, `*`) the caller's (types.ts, `AccessRequest.resourceAccount`).
 */
export function resourceAccountOf(request: AccessRequest): string | undefined {
  if (request.resourceAccount !== undefined) return request.resourceAccount
  const parts = request.resource.split(':')
  const fromArn = parts.length >= 6 && parts[0] === 'arn' ? parts[4] : undefined
  return fromArn !== undefined && fromArn !== '' ? fromArn : request.principal.accountId
}

/** The service prefix of the action, lower-cased (`s3` for `S3:GetObject`). */
export function serviceOf(action: string): string {
  const colon = action.indexOf(':')
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase()
}

/**
 * Services whose resources RCPs restrict. RCPs "apply to resources of the following AWS
 * services" only; a request to any other service passes them untouched.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services
 */
export const RCP_SERVICES: ReadonlySet<string> = new Set([
  's3',
  'sts',
  'kms',
  'sqs',
  'secretsmanager',
  'ecr',
  'aoss',
  'cognito-identity',
  'logs',
  'dynamodb',
])

/**
 * Whether SCPs reach the caller: its account is in an organization (the set has SCP levels),
 * is not the management account, and the caller is not a service-linked role's session
 * (iam-facts §7). Services and anonymous callers belong to no account.
 */
export function scpsApply(request: AccessRequest, policies: PolicySet): boolean {
  const caller = request.principal
  if (policies.scps === undefined || caller.accountId === undefined) return false
  if (caller.kind === 'service' || caller.kind === 'anonymous') return false
  if (caller.accountId === policies.managementAccount) return false
  return caller.serviceLinkedRole !== true
}

/**
 * Whether RCPs reach the resource: its account is in an organization (the set has RCP levels)
 * and is not the management account, and the service supports RCPs. They reach external
 * principals, the root user, anonymous callers, service principals and the sessions of
 * service-linked roles alike; the one exemption for service-linked roles is a service taking on
 * its own ("RCPs have no effect on AWS services' capacity to take on a service-linked role",
 * the RCP page's list of what RCPs do not restrict, as quoted by the November 2024 launch
 * coverage).
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 */
export function rcpsApply(request: AccessRequest, policies: PolicySet): boolean {
  if (policies.rcps === undefined) return false
  if (resourceAccountOf(request) === policies.managementAccount) return false
  if (!RCP_SERVICES.has(serviceOf(request.action))) return false
  const takesOnServiceLinkedRole =
    request.principal.kind === 'service' &&
    isAssumeRole(request.action) &&
    /^arn:[^:]+:iam::\d{12}:role\/aws-service-role\//.test(request.resource)
  return !takesOnServiceLinkedRole
}

/** `sts:AssumeRole`, `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`. */
export function isAssumeRole(action: string): boolean {
  return action.toLowerCase().startsWith('sts:assumerole')
}

/**
 * Whether the resource's own policy must allow the caller, an identity-based allow never being
 * enough: role trust policies and KMS key policies (iam-facts §7, step 4, "Exceptions").
 */
export function resourcePolicyRequired(request: AccessRequest, policies: PolicySet): boolean {
  return policies.resource?.policy.kind === 'trust' || serviceOf(request.action) === 'kms'
}
