/**
 * Calls beyond IAM's own operations: resource and Organizations calls made by a caller (and so
 * authorized), what any call asks IAM's authorization (for CloudFormation stacks), the
 * administrator's setup of IAM Roles Anywhere, and web identity tokens read from plain data.
 */
export { callRequests } from './call-requests.ts'
export type { ApiCall } from './call-requests.ts'
export { resourceActions } from './resource-actions.ts'
export type { ResourceActions } from './resource-actions.ts'
export {
  createResourceAs,
  deleteResourcePolicyAs,
  putResourcePolicyAs,
  tagResourceAs,
  untagResourceAs,
} from './resource-calls.ts'
export { organizationCallAs } from './organization-calls.ts'
export type { OrganizationsAction } from './organization-calls.ts'
export type { ServiceCallError, ServiceCallOutcome } from './service-call.ts'
export { createRolesAnywhereProfile, createTrustAnchor } from './roles-anywhere-setup.ts'
export { readWebIdentityToken } from './web-identity-claims.ts'
export type {
  CreateRolesAnywhereProfileInput,
  CreateTrustAnchorInput,
} from './roles-anywhere-setup.ts'
