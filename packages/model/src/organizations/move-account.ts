/**
 * `MoveAccount` (https://docs.aws.amazon.com/organizations/latest/APIReference/API_MoveAccount.html):
 * moves a member account to another root or OU; the policies attached to the account itself
 * move with it, while those it inherited change with its new place.
 */
import type { AccountId, Organization, World } from '../world/types.ts'
import { orgFail, organizationsErrors, orgSucceed } from './errors.ts'
import { findUnit, parentOfAccount, updateUnit } from './tree.ts'
import type { OrganizationsOutcome } from './types.ts'

export interface MoveAccountInput {
  readonly accountId: AccountId
  readonly destinationParentId: string
}

/** Moves the account under the destination. */
export function moveAccount(
  world: World,
  input: MoveAccountInput,
): OrganizationsOutcome<Organization> {
  const organization = world.organization
  if (!organization) return orgFail(organizationsErrors.notInUse())
  const source = parentOfAccount(organization.root, input.accountId)
  if (!source) return orgFail(organizationsErrors.accountNotFound(input.accountId))
  if (!findUnit(organization.root, input.destinationParentId)) {
    return orgFail(organizationsErrors.destinationNotFound(input.destinationParentId))
  }
  if (source.id === input.destinationParentId) return orgSucceed(world, organization)
  const removed = updateUnit(organization.root, source.id, (unit) => ({
    ...unit,
    accounts: unit.accounts.filter((accountId) => accountId !== input.accountId),
  }))
  const root = updateUnit(removed, input.destinationParentId, (unit) => ({
    ...unit,
    accounts: [...unit.accounts, input.accountId],
  }))
  const updated: Organization = { ...organization, root }
  return orgSucceed({ ...world, organization: updated }, updated)
}
