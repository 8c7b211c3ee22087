/**
 * An account joining the organization (`InviteAccountToOrganization` accepted, or
 * `CreateAccount`), placed under the root or the given OU, with the default policies attached
 * to it. An administrator's setup outside the simulation.
 */
import type { AccountId, Organization, World } from '../world/types.ts'
import { DEFAULT_ATTACHMENTS } from './create-organization.ts'
import { orgFail, organizationsErrors, orgSucceed } from './errors.ts'
import { findUnit, parentOfAccount, updateUnit } from './tree.ts'
import type { OrganizationsOutcome } from './types.ts'

export interface AddAccountToOrganizationInput {
  readonly accountId: AccountId
  /** The root or OU to place the account in; the root by default. */
  readonly parentId?: string
}

/** Makes a world account a member of the organization. */
export function addAccountToOrganization(
  world: World,
  input: AddAccountToOrganizationInput,
): OrganizationsOutcome<Organization> {
  const organization = world.organization
  if (!organization) return orgFail(organizationsErrors.notInUse())
  if (!world.accounts.has(input.accountId))
    return orgFail(organizationsErrors.accountNotFound(input.accountId))
  if (parentOfAccount(organization.root, input.accountId)) {
    return orgFail(organizationsErrors.alreadyInOrganization(input.accountId))
  }
  const parentId = input.parentId ?? organization.root.id
  if (!findUnit(organization.root, parentId))
    return orgFail(organizationsErrors.parentNotFound(parentId))
  const accountPolicies = new Map(organization.accountPolicies ?? [])
  accountPolicies.set(input.accountId, DEFAULT_ATTACHMENTS)
  const updated: Organization = {
    ...organization,
    root: updateUnit(organization.root, parentId, (unit) => ({
      ...unit,
      accounts: [...unit.accounts, input.accountId],
    })),
    accountPolicies,
  }
  return orgSucceed({ ...world, organization: updated }, updated)
}
