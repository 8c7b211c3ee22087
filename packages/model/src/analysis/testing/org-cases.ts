/**
 * Organizations for the named cases: `world` in an organization managed by `management`, with an
 * SCP denying `action` attached to account `member`. Test support only.
 */
import { attachOrganizationPolicy } from '../../organizations/attach-organization-policy.ts'
import { createOrganizationPolicy } from '../../organizations/create-organization-policy.ts'
import { createOrganization } from '../../organizations/create-organization.ts'
import type { World } from '../../world/types.ts'
import { mustOrg } from './build.ts'

/** `world` in an organization, with `Deny action` on account `member`. */
export function withScp(world: World, management: string, member: string, action: string): World {
  const org = mustOrg(createOrganization(world, { managementAccount: management })).world
  const scp = mustOrg(
    createOrganizationPolicy(org, {
      name: `Deny-${action}`,
      kind: 'scp',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }],
      },
    }),
  )
  return mustOrg(attachOrganizationPolicy(scp.world, { policyId: scp.value.id, targetId: member }))
    .world
}
