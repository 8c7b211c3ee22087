/**
 * IAM operations: each a pure function `(world, caller, input) → Outcome<T>` with AWS's
 * errors and messages (iam-facts §1, §14–16), authorized by the engine unless made by an
 * administrator (`{ kind: 'admin' }`).
 */
// Users and groups
export { createUser } from './create-user.ts'
export type { CreateUserInput } from './create-user.ts'
export { deleteUser } from './delete-user.ts'
export type { DeleteUserInput } from './delete-user.ts'
export { createGroup } from './create-group.ts'
export type { CreateGroupInput } from './create-group.ts'
export { deleteGroup } from './delete-group.ts'
export type { DeleteGroupInput } from './delete-group.ts'
export { addUserToGroup } from './add-user-to-group.ts'
export type { GroupMembershipInput } from './add-user-to-group.ts'
export { removeUserFromGroup } from './remove-user-from-group.ts'
export { groupMembers } from './members.ts'
// Roles
export { createRole } from './create-role.ts'
export type { CreateRoleInput } from './create-role.ts'
export { deleteRole } from './delete-role.ts'
export type { DeleteRoleInput } from './delete-role.ts'
export { updateAssumeRolePolicy } from './update-assume-role-policy.ts'
export type { UpdateAssumeRolePolicyInput } from './update-assume-role-policy.ts'
export { createServiceLinkedRole } from './create-service-linked-role.ts'
export type { CreateServiceLinkedRoleInput } from './create-service-linked-role.ts'
export { serviceLinkedRoles, serviceLinkedTrustPolicy } from './service-linked-roles.ts'
export type { ServiceLinkedRoleSpec } from './service-linked-roles.ts'
export { protectedRoleProblem, SERVICE_ROLE_PATH } from './protected-role.ts'
// Policies
export { putGroupPolicy, putRolePolicy, putUserPolicy } from './put-inline-policy.ts'
export { deleteGroupPolicy, deleteRolePolicy, deleteUserPolicy } from './delete-inline-policy.ts'
export { createPolicy } from './create-policy.ts'
export type { CreatePolicyInput } from './create-policy.ts'
export { deletePolicy } from './delete-policy.ts'
export type { DeletePolicyInput } from './delete-policy.ts'
export { attachGroupPolicy, attachRolePolicy, attachUserPolicy } from './attach-policy.ts'
export type { PolicyAttachmentInput } from './attach-policy.ts'
export { detachGroupPolicy, detachRolePolicy, detachUserPolicy } from './detach-policy.ts'
export {
  deleteRolePermissionsBoundary,
  deleteUserPermissionsBoundary,
  putRolePermissionsBoundary,
  putUserPermissionsBoundary,
} from './permissions-boundary.ts'
export { isServiceRolePolicy } from './policy-checks.ts'
export { isPolicyInUse } from './policy-usage.ts'
// Tags, credentials, MFA
export { tagRole, tagUser, untagRole, untagUser } from './tag-entity.ts'
export { createAccessKey } from './create-access-key.ts'
export type { AccessKeyInput } from './create-access-key.ts'
export { deleteAccessKey } from './delete-access-key.ts'
export { deactivateMfaDevice, enableMfaDevice } from './enable-mfa-device.ts'
export type { EnableMfaDeviceInput } from './enable-mfa-device.ts'
export { mfaCode, MFA_STEP_MS } from './mfa-code.ts'
// Instance profiles and identity providers
export { createInstanceProfile } from './create-instance-profile.ts'
export type { CreateInstanceProfileInput } from './create-instance-profile.ts'
export { addRoleToInstanceProfile } from './add-role-to-instance-profile.ts'
export type { InstanceProfileRoleInput } from './add-role-to-instance-profile.ts'
export { removeRoleFromInstanceProfile } from './remove-role-from-instance-profile.ts'
export { deleteInstanceProfile } from './delete-instance-profile.ts'
export { createOidcProvider } from './create-oidc-provider.ts'
export type { CreateOidcProviderInput } from './create-oidc-provider.ts'
export { createSamlProvider } from './create-saml-provider.ts'
export type { CreateSamlProviderInput } from './create-saml-provider.ts'
// Building blocks
export { awsError, iamErrors } from './errors.ts'
export type { EntityKind } from './errors.ts'
export { iamQuotas, inlinePolicyQuota } from './quotas.ts'
export { authorizeOperation } from './authorize-operation.ts'
export type { Authorization, OperationRequest } from './authorize-operation.ts'
export { fail, succeed } from './outcome.ts'
