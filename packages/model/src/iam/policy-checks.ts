/**
 * Checks shared by the operations that name a managed policy: it must exist, and a policy made
 * for service-linked roles (an AWS managed policy under `/aws-service-role/`) cannot be
 * attached to anything else (iam-facts §16, `PolicyNotAttachable` [GH:aws/aws-cdk#6131]).
 */
import { iamNameOf } from '../world/arn.ts'
import { findPolicy } from '../world/find-policy.ts'
import type { AccountId, ManagedPolicy, World } from '../world/types.ts'
import type { AwsError } from '../operations/types.ts'
import { iamErrors } from './errors.ts'

/** The path under which AWS keeps the managed policies of service-linked roles. */
export const SERVICE_ROLE_POLICY_PATH = '/aws-service-role/'

/** Whether the policy is one of the managed policies of service-linked roles. */
export function isServiceRolePolicy(policy: ManagedPolicy): boolean {
  return (
    policy.arn.startsWith('arn:aws:iam::aws:policy/') &&
    policy.path.startsWith(SERVICE_ROLE_POLICY_PATH)
  )
}

/**
 * The policy at `arn` if an entity of `accountId` may attach it, else AWS's error. A customer
 * managed policy of another account does not exist for this account: IAM attaches a customer
 * managed policy only in its own account.
 */
export function attachablePolicy(
  world: World,
  accountId: AccountId,
  arn: string,
  missing: (arn: string) => AwsError = iamErrors.noSuchPolicy,
):
  | { readonly ok: true; readonly policy: ManagedPolicy }
  | { readonly ok: false; readonly error: AwsError } {
  const owner = iamNameOf(arn, 'policy')?.accountId
  const policy = owner === 'aws' || owner === accountId ? findPolicy(world, arn) : undefined
  if (!policy) return { ok: false, error: missing(arn) }
  if (isServiceRolePolicy(policy)) return { ok: false, error: iamErrors.serviceRolePolicy() }
  return { ok: true, policy }
}

/** The policy to use as a permissions boundary (`Scope ARN: … does not exist or is not attachable.`). */
export function boundaryPolicy(
  world: World,
  accountId: AccountId,
  arn: string,
):
  | { readonly ok: true; readonly policy: ManagedPolicy }
  | { readonly ok: false; readonly error: AwsError } {
  return attachablePolicy(world, accountId, arn, iamErrors.noSuchBoundary)
}
