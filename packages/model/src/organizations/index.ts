/**
 * AWS Organizations: the organization, its OUs, its SCPs and RCPs, and where an account sits
 * (the levels the engine's `scps` and `rcps` gates walk).
 */
export { createOrganization, DEFAULT_ATTACHMENTS } from './create-organization.ts'
export type { CreateOrganizationInput } from './create-organization.ts'
export { addAccountToOrganization } from './add-account-to-organization.ts'
export type { AddAccountToOrganizationInput } from './add-account-to-organization.ts'
export { createOrganizationalUnit, MAX_OU_DEPTH } from './create-organizational-unit.ts'
export type { CreateOrganizationalUnitInput } from './create-organizational-unit.ts'
export { moveAccount } from './move-account.ts'
export type { MoveAccountInput } from './move-account.ts'
export { createOrganizationPolicy } from './create-organization-policy.ts'
export type { CreateOrganizationPolicyInput } from './create-organization-policy.ts'
export {
  attachOrganizationPolicy,
  detachOrganizationPolicy,
  MAX_POLICIES_PER_TARGET,
} from './attach-organization-policy.ts'
export type { OrganizationPolicyAttachmentInput } from './attach-organization-policy.ts'
export { organizationGates, organizationPath, organizationPolicyArn } from './organization-path.ts'
export type { OrganizationLevel, OrganizationPath } from './organization-path.ts'
export {
  defaultOrganizationPolicies,
  FULL_AWS_ACCESS_ID,
  isAwsManagedOrganizationPolicy,
  RCP_FULL_AWS_ACCESS_ID,
} from './default-policies.ts'
export { findTarget, findUnit, parentOfAccount, unitPath } from './tree.ts'
export type { Target } from './tree.ts'
export { organizationsErrors } from './errors.ts'
export { organizationsErrorCodes } from './error-codes.ts'
export type { OrganizationsError, OrganizationsErrorCode, OrganizationsOutcome } from './types.ts'
