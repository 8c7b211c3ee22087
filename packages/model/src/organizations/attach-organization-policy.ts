/**
 * `AttachPolicy` and `DetachPolicy` of AWS Organizations
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_AttachPolicy.html,
 * https://docs.aws.amazon.com/organizations/latest/APIReference/API_DetachPolicy.html): an SCP
 * or RCP on the root, an OU or a member account.
 * - At most 5 policies of a type per target (`MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`,
 *   orgs_reference_limits).
 * - Every target keeps at least one SCP (`MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`): to
 *   replace `FullAWSAccess`, attach the new SCP first.
 * - `RCPFullAWSAccess` cannot be detached (orgs_manage_policies_rcps_evaluation).
 */
import type { Organization, OrganizationPolicy, World } from '../world/types.ts'
import { RCP_FULL_AWS_ACCESS_ID } from './default-policies.ts'
import { orgFail, organizationsErrors, orgSucceed } from './errors.ts'
import { findTarget, targetPolicies, withTargetPolicies } from './tree.ts'
import type { OrganizationsOutcome } from './types.ts'

/** At most this many SCPs, and this many RCPs, per target. */
export const MAX_POLICIES_PER_TARGET = 5

export interface OrganizationPolicyAttachmentInput {
  readonly policyId: string
  /** A root (`r-…`), an OU (`ou-…`) or a member account (12 digits). */
  readonly targetId: string
}

/** Attaches an SCP or RCP to a target. */
export function attachOrganizationPolicy(
  world: World,
  input: OrganizationPolicyAttachmentInput,
): OrganizationsOutcome<Organization> {
  const found = lookUp(world, input)
  if (found.status === 'error') return found
  const { organization, policy, target, attached } = found.value
  if (attached.includes(policy.id)) return orgFail(organizationsErrors.duplicateAttachment())
  if (sameKind(organization, attached, policy).length >= MAX_POLICIES_PER_TARGET) {
    return orgFail(organizationsErrors.tooManyAttached())
  }
  const updated = withTargetPolicies(organization, target, [...attached, policy.id])
  return orgSucceed({ ...world, organization: updated }, updated)
}

/** Detaches an SCP or RCP from a target. */
export function detachOrganizationPolicy(
  world: World,
  input: OrganizationPolicyAttachmentInput,
): OrganizationsOutcome<Organization> {
  const found = lookUp(world, input)
  if (found.status === 'error') return found
  const { organization, policy, target, attached } = found.value
  if (!attached.includes(policy.id)) return orgFail(organizationsErrors.notAttached())
  if (policy.id === RCP_FULL_AWS_ACCESS_ID) return orgFail(organizationsErrors.rcpFullAccessFixed())
  if (policy.kind === 'scp' && sameKind(organization, attached, policy).length <= 1) {
    return orgFail(organizationsErrors.lastPolicy())
  }
  const updated = withTargetPolicies(
    organization,
    target,
    attached.filter((id) => id !== policy.id),
  )
  return orgSucceed({ ...world, organization: updated }, updated)
}

function lookUp(world: World, input: OrganizationPolicyAttachmentInput) {
  const organization = world.organization
  if (!organization) return orgFail<never>(organizationsErrors.notInUse())
  const policy = organization.policies.get(input.policyId)
  if (!policy) return orgFail<never>(organizationsErrors.policyNotFound(input.policyId))
  const target = findTarget(organization, input.targetId)
  if (!target) return orgFail<never>(organizationsErrors.targetNotFound(input.targetId))
  const attached = targetPolicies(organization, target)
  return { status: 'ok' as const, value: { organization, policy, target, attached } }
}

function sameKind(
  organization: Organization,
  attached: readonly string[],
  policy: OrganizationPolicy,
): string[] {
  return attached.filter((id) => organization.policies.get(id)?.kind === policy.kind)
}
