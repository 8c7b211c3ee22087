/**
 * Where an account sits in its organization, as authorization needs it: the organization's id,
 * the path for `aws:PrincipalOrgPaths` and `aws:ResourceOrgPaths`, and the SCPs and RCPs of
 * every level from the root down to the account (iam-facts §7, steps 2–3). A thin view over
 * `organizationPath`.
 */
import type { NamedPolicy } from '@hatrack/engine'
import { organizationGates, organizationPath } from '../organizations/organization-path.ts'
import type { AccountId, World } from '../world/types.ts'

/** An account's place in its organization. */
export interface OrganizationPlacement {
  readonly organizationId: string
  readonly managementAccount: AccountId
  /** `o-…/r-…/ou-…/…/` */
  readonly orgPath: string
  /** One array per level, root first: every level must allow. */
  readonly scps: readonly (readonly NamedPolicy[])[]
  readonly rcps: readonly (readonly NamedPolicy[])[]
}

/** The account's placement, or `undefined` when it belongs to no organization. */
export function organizationPlacement(
  world: World,
  accountId: AccountId,
): OrganizationPlacement | undefined {
  const organization = world.organization
  const path = organization === undefined ? undefined : organizationPath(world, accountId)
  if (organization === undefined || path === undefined) return undefined
  return {
    organizationId: path.organizationId,
    managementAccount: path.managementAccount,
    orgPath: path.orgPath,
    ...organizationGates(organization, path),
  }
}
