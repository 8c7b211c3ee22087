/**
 * The benchmark organization's shape: the first account manages it; OUs `Security` (the audit
 * and tooling accounts), `Workloads` with `Prod` and `Dev`, `Sandbox`, and `Quarantine` (the last
 * account, when there are five or more). SCPs: `DenyLeaveOrganization` at the root; a region
 * guard on `Workloads` that exempts global services (IAM, STS, Organizations) as AWS's example
 * does; a deny-all on `Quarantine`. Test and benchmark support only.
 */
import { attachOrganizationPolicy } from '../../organizations/attach-organization-policy.ts'
import { createOrganizationPolicy } from '../../organizations/create-organization-policy.ts'
import { createOrganization } from '../../organizations/create-organization.ts'
import { createOrganizationalUnit } from '../../organizations/create-organizational-unit.ts'
import { moveAccount } from '../../organizations/move-account.ts'
import type { World } from '../../world/types.ts'
import { mustOrg } from './build.ts'

/** `world` with its accounts `ids` in an organization managed by the first. */
export function organize(initial: World, ids: readonly string[]): World {
  let world = mustOrg(createOrganization(initial, { managementAccount: ids[0] ?? '' })).world
  const rootId = world.organization?.root.id ?? ''
  const unit = (parentId: string, name: string): string => {
    const made = mustOrg(createOrganizationalUnit(world, { parentId, name }))
    world = made.world
    return made.value.id
  }
  const policy = (name: string, document: object, target: string): void => {
    const made = mustOrg(createOrganizationPolicy(world, { name, kind: 'scp', document }))
    world = mustOrg(
      attachOrganizationPolicy(made.world, { policyId: made.value.id, targetId: target }),
    ).world
  }
  const security = unit(rootId, 'Security')
  const workloads = unit(rootId, 'Workloads')
  const prod = unit(workloads, 'Prod')
  const dev = unit(workloads, 'Dev')
  const sandbox = unit(rootId, 'Sandbox')
  const quarantine = ids.length >= 5 ? unit(rootId, 'Quarantine') : undefined
  policy('DenyLeaveOrganization', deny('organizations:LeaveOrganization'), rootId)
  policy('RegionGuard', regionGuard(), workloads)
  if (quarantine !== undefined) policy('QuarantineDenyAll', deny('*'), quarantine)
  ids.forEach((accountId, index) => {
    if (index === 0) return
    const last = index === ids.length - 1 && quarantine !== undefined
    const destination = last
      ? quarantine
      : index <= 2
        ? security
        : ([prod, dev, sandbox][index % 3] ?? sandbox)
    world = mustOrg(moveAccount(world, { accountId, destinationParentId: destination })).world
  })
  return world
}

function deny(action: string): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }],
  }
}

/** AWS's example region guard (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html). */
function regionGuard(): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyAllOutsideAllowedRegions',
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*', 'cloudfront:*', 'route53:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
      },
    ],
  }
}
