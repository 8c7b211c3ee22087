/**
 * Where an account sits in its organization: the levels from the root down to the account
 * itself, each with the SCPs and RCPs attached there. The engine's `scps` and `rcps` gates
 * take one array per level, and every level must allow (iam-facts §7, steps 2–3,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html).
 */
import type { NamedPolicy } from '@hatrack/engine'
import type { AccountId, Organization, OrganizationPolicy, World } from '../world/types.ts'
import { isAwsManagedOrganizationPolicy } from './default-policies.ts'
import { unitPath, parentOfAccount } from './tree.ts'

/** One level of the path: the root, an OU or the account, with what is attached there. */
export interface OrganizationLevel {
  readonly kind: 'root' | 'ou' | 'account'
  /** `r-…`, `ou-…` or the account id. */
  readonly id: string
  readonly name: string
  readonly scps: readonly OrganizationPolicy[]
  readonly rcps: readonly OrganizationPolicy[]
}

/** An account's path in its organization. */
export interface OrganizationPath {
  readonly organizationId: string
  readonly managementAccount: AccountId
  /** Root first, the account last. */
  readonly levels: readonly OrganizationLevel[]
  /** `o-…/r-…/ou-…/`: the value of `aws:PrincipalOrgPaths` / `aws:ResourceOrgPaths`. */
  readonly orgPath: string
}

/** The account's path, or `undefined` when it is in no organization. */
export function organizationPath(world: World, accountId: AccountId): OrganizationPath | undefined {
  const organization = world.organization
  if (!organization) return undefined
  const parent = parentOfAccount(organization.root, accountId)
  const units = parent ? unitPath(organization.root, parent.id) : undefined
  if (!units) return undefined
  const level = (
    kind: OrganizationLevel['kind'],
    id: string,
    name: string,
    ids: readonly string[],
  ) => {
    const policies = ids.flatMap((policyId) => organization.policies.get(policyId) ?? [])
    return {
      kind,
      id,
      name,
      scps: policies.filter((policy) => policy.kind === 'scp'),
      rcps: policies.filter((policy) => policy.kind === 'rcp'),
    }
  }
  const levels: OrganizationLevel[] = units.map((unit, index) =>
    level(index === 0 ? 'root' : 'ou', unit.id, unit.name, unit.policies),
  )
  const alias = world.accounts.get(accountId)?.alias
  levels.push(
    level(
      'account',
      accountId,
      alias ?? accountId,
      organization.accountPolicies?.get(accountId) ?? [],
    ),
  )
  return {
    organizationId: organization.id,
    managementAccount: organization.managementAccount,
    levels,
    orgPath: `${organization.id}/${units.map((unit) => unit.id).join('/')}/`,
  }
}

/**
 * The policy's ARN: `arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess`
 * for AWS's own, `arn:aws:organizations::MGMT:policy/o-…/service_control_policy/p-…` otherwise.
 */
export function organizationPolicyArn(
  organization: Organization,
  policy: OrganizationPolicy,
): string {
  const type = policy.kind === 'scp' ? 'service_control_policy' : 'resource_control_policy'
  return isAwsManagedOrganizationPolicy(policy.id)
    ? `arn:aws:organizations::aws:policy/${type}/${policy.id}`
    : `arn:aws:organizations::${organization.managementAccount}:policy/${organization.id}/${type}/${policy.id}`
}

/** The levels as the engine's `scps` and `rcps` gates take them. */
export function organizationGates(
  organization: Organization,
  path: OrganizationPath,
): {
  readonly scps: readonly (readonly NamedPolicy[])[]
  readonly rcps: readonly (readonly NamedPolicy[])[]
} {
  const named = (policy: OrganizationPolicy): NamedPolicy => ({
    name: policy.name,
    arn: organizationPolicyArn(organization, policy),
    policy: policy.stored.policy,
  })
  return {
    scps: path.levels.map((level) => level.scps.map(named)),
    rcps: path.levels.map((level) => level.rcps.map(named)),
  }
}
