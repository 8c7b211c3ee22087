/**
 * `CreateOrganization` with all features (https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html),
 * with its member accounts already joined under the root and both policy types enabled, as an
 * administrator's setup outside the simulation. The management account is exempt from SCPs
 * (iam-facts §7). `FullAWSAccess` and `RCPFullAWSAccess` are attached to the root and to every
 * account (see `default-policies.ts`). A world holds one organization.
 */
import type { AccountId, Organization, World } from '../world/types.ts'
import {
  defaultOrganizationPolicies,
  FULL_AWS_ACCESS_ID,
  RCP_FULL_AWS_ACCESS_ID,
} from './default-policies.ts'
import { orgFail, organizationsErrors, orgSucceed } from './errors.ts'
import { drawOrgChars } from './ids.ts'
import type { OrganizationsOutcome } from './types.ts'

export interface CreateOrganizationInput {
  readonly managementAccount: AccountId
  /** The accounts that join under the root; every account of the world by default. */
  readonly memberAccounts?: readonly AccountId[]
}

/** The policies every new root, OU and account starts with. */
export const DEFAULT_ATTACHMENTS: readonly string[] = [FULL_AWS_ACCESS_ID, RCP_FULL_AWS_ACCESS_ID]

/** Creates the world's organization. */
export function createOrganization(
  world: World,
  input: CreateOrganizationInput,
): OrganizationsOutcome<Organization> {
  if (world.organization)
    return orgFail(organizationsErrors.alreadyInOrganization(input.managementAccount))
  if (!world.accounts.has(input.managementAccount)) {
    return orgFail(organizationsErrors.accountNotFound(input.managementAccount))
  }
  const members = [
    ...new Set([input.managementAccount, ...(input.memberAccounts ?? world.accounts.keys())]),
  ]
  const unknown = members.find((accountId) => !world.accounts.has(accountId))
  if (unknown !== undefined) return orgFail(organizationsErrors.accountNotFound(unknown))
  const orgId = drawOrgChars(world, 10)
  const rootId = drawOrgChars(orgId.world, 4)
  const organization: Organization = {
    id: `o-${orgId.text}`,
    managementAccount: input.managementAccount,
    root: {
      id: `r-${rootId.text}`,
      name: 'Root',
      children: [],
      accounts: members,
      policies: DEFAULT_ATTACHMENTS,
    },
    policies: new Map(defaultOrganizationPolicies().map((policy) => [policy.id, policy])),
    accountPolicies: new Map(members.map((accountId) => [accountId, DEFAULT_ATTACHMENTS])),
  }
  return orgSucceed({ ...rootId.world, organization }, organization)
}
