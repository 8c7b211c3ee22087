/**
 * `CreateOrganizationalUnit` (https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html):
 * an OU under the root or another OU, named 1–128 characters, unique among its siblings
 * (`DuplicateOrganizationalUnitException`), at most five levels below the root
 * (`OU_DEPTH_LIMIT_EXCEEDED`, https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html),
 * with `FullAWSAccess` and `RCPFullAWSAccess` attached.
 */
import type { OrganizationalUnit, World } from '../world/types.ts'
import { DEFAULT_ATTACHMENTS } from './create-organization.ts'
import { orgFail, organizationsErrors, orgSucceed } from './errors.ts'
import { drawOrgChars } from './ids.ts'
import { unitPath, updateUnit } from './tree.ts'
import type { OrganizationsOutcome } from './types.ts'

/** OUs nest at most this many levels below the root. */
export const MAX_OU_DEPTH = 5

export interface CreateOrganizationalUnitInput {
  readonly parentId: string
  readonly name: string
}

/** Creates an OU. */
export function createOrganizationalUnit(
  world: World,
  input: CreateOrganizationalUnitInput,
): OrganizationsOutcome<OrganizationalUnit> {
  const organization = world.organization
  if (!organization) return orgFail(organizationsErrors.notInUse())
  if (input.name.length < 1 || input.name.length > 128) {
    return orgFail(organizationsErrors.invalidInput('The name of an OU has 1 to 128 characters.'))
  }
  const path = unitPath(organization.root, input.parentId)
  const parent = path?.at(-1)
  if (!path || !parent) return orgFail(organizationsErrors.parentNotFound(input.parentId))
  if (path.length > MAX_OU_DEPTH) return orgFail(organizationsErrors.tooDeep())
  if (parent.children.some((child) => child.name === input.name)) {
    return orgFail(organizationsErrors.duplicateUnit(input.name))
  }
  const rootSuffix = organization.root.id.slice(2)
  const drawn = drawOrgChars(world, 8)
  const unit: OrganizationalUnit = {
    id: `ou-${rootSuffix}-${drawn.text}`,
    name: input.name,
    children: [],
    accounts: [],
    policies: DEFAULT_ATTACHMENTS,
  }
  const root = updateUnit(organization.root, parent.id, (current) => ({
    ...current,
    children: [...current.children, unit],
  }))
  return orgSucceed({ ...drawn.world, organization: { ...organization, root } }, unit)
}
