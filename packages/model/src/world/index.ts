/** The world: its accounts and entities, how to build it, find things in it and store policies. */
export type * from './types.ts'
export {
  assumedRoleArn,
  awsManagedPolicyArn,
  federatedUserArn,
  iamArn,
  iamNameOf,
  parseArn,
  rootArn,
} from './arn.ts'
export type { IamEntityType, ParsedArn } from './arn.ts'
export { accountAliasProblem, accountIdProblem } from './account-rules.ts'
export { addAccount, createWorld } from './create-world.ts'
export type { AccountInput, WorldIssue, WorldResult } from './create-world.ts'
export { emptyAccount } from './empty-account.ts'
export {
  findGroup,
  findInstanceProfile,
  findRole,
  findRoleByArn,
  findUser,
  findUserByArn,
} from './find-entity.ts'
export { findEntityById } from './find-by-id.ts'
export type { EntityById } from './find-by-id.ts'
export { findPolicy, isAwsManagedPolicyArn } from './find-policy.ts'
export { bucketArnOf, findResource, resourceOwner } from './find-resource.ts'
export { storePolicy, malformed } from './store-policy.ts'
export type { StorePolicyResult } from './store-policy.ts'
export { displayPolicy } from './display-policy.ts'
export { displayedPrincipal, storedPrincipal } from './stored-principal.ts'
export {
  awsPrincipalEntries,
  mapDocumentPrincipals,
  mapPolicyPrincipals,
} from './principal-entries.ts'
export { drawId, nameKey, updateAccount, withEntry } from './update.ts'
export { awsManagedPolicy } from './aws-managed.ts'
