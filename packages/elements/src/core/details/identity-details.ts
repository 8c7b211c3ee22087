/**
 * Details of IAM identities as the world holds them: an account's root user (with the SCPs and
 * RCPs on its account's path), users (with their groups' policies), groups and roles (with the
 * trust policy, named as decisions name it: `ROLE trust policy`).
 */
import {
  findRoleByArn,
  findUserByArn,
  iamNameOf,
  organizationGates,
  organizationPath,
  type World,
} from '@hatrack/model'
import type { NodeDetails, PolicyView } from '../types.ts'
import { Facts, secondsWords } from './facts.ts'
import { boundaryViews, holderViews } from './holder-policies.ts'
import { policyView } from './policy-view.ts'

/** What details of one node hold besides its id, kind and label. */
export type DetailsBody = Pick<NodeDetails, 'facts' | 'policies'> & { readonly arn?: string }

/** The root user of `accountId`. */
export function rootDetails(world: World, id: string, accountId: string): DetailsBody | undefined {
  const account = world.accounts.get(accountId)
  if (account === undefined) {
    return {
      arn: id,
      facts: new Facts().add('Account', accountId).add('In this scenario', false).done(),
      policies: [],
    }
  }
  const policies: PolicyView[] = []
  const organization = world.organization
  const path = organizationPath(world, accountId)
  if (organization !== undefined && path !== undefined) {
    const gates = organizationGates(organization, path)
    const named = [
      ...gates.scps.flat().map((policy) => ({ policy, kind: 'scp' as const })),
      ...gates.rcps.flat().map((policy) => ({ policy, kind: 'rcp' as const })),
    ]
    const seen = new Set<string>()
    for (const { policy, kind } of named) {
      const key = `${kind}:${policy.arn ?? policy.name}`
      const stored = [...organization.policies.values()].find(
        (entry) => entry.name === policy.name && entry.kind === kind,
      )
      if (stored === undefined || seen.has(key)) continue
      seen.add(key)
      policies.push(policyView(world, stored.stored, policy.name, kind, policy.arn))
    }
  }
  const facts = new Facts()
    .add('Account', accountId)
    .add('Alias', account.alias)
    .add('Root user MFA', account.rootMfa)
    .add('Organization', path === undefined ? undefined : path.orgPath)
  return { arn: id, facts: facts.done(), policies }
}

/** A user, its groups' policies included. */
export function userDetails(world: World, arn: string): DetailsBody | undefined {
  const user = findUserByArn(world, arn)
  if (user === undefined) return undefined
  const account = world.accounts.get(user.accountId)
  const groups = user.groups.flatMap((name) => account?.groups.get(name.toLowerCase()) ?? [])
  const facts = new Facts()
    .add('Unique id', user.id)
    .add('Account', user.accountId)
    .add('Path', user.path)
    .time('Created', user.createdAt)
    .list('Groups', user.groups)
    .tags('Tags', user.tags)
    .list(
      'Access keys',
      user.accessKeys.map((key) => `${key.id} (${key.status})`),
    )
    .list(
      'MFA devices',
      user.mfaDevices.map((device) => device.serialNumber),
    )
  return {
    arn: user.arn,
    facts: facts.done(),
    policies: [
      ...holderViews(world, user),
      ...groups.flatMap((group) => holderViews(world, group, group.name)),
      ...boundaryViews(world, user.boundary),
    ],
  }
}

/** A group. */
export function groupDetails(world: World, arn: string): DetailsBody | undefined {
  const parts = iamNameOf(arn, 'group')
  const group =
    parts === undefined
      ? undefined
      : world.accounts.get(parts.accountId)?.groups.get(parts.name.toLowerCase())
  if (group === undefined || group.arn !== arn) return undefined
  const facts = new Facts()
    .add('Unique id', group.id)
    .add('Account', group.accountId)
    .add('Path', group.path)
    .time('Created', group.createdAt)
  return { arn: group.arn, facts: facts.done(), policies: holderViews(world, group, group.name) }
}

/** A role, its trust policy first. */
export function roleDetails(world: World, arn: string): DetailsBody | undefined {
  const role = findRoleByArn(world, arn)
  if (role === undefined) return undefined
  const facts = new Facts()
    .add('Unique id', role.id)
    .add('Account', role.accountId)
    .add('Path', role.path)
    .time('Created', role.createdAt)
    .add('Description', role.description)
    .add('Maximum session duration', secondsWords(role.maxSessionDuration))
    .add('Service-linked role of', role.serviceLinked?.service)
    .tags('Tags', role.tags)
  return {
    arn: role.arn,
    facts: facts.done(),
    policies: [
      policyView(world, role.trustPolicy, `${role.name} trust policy`, 'trust', role.arn),
      ...holderViews(world, role),
      ...boundaryViews(world, role.boundary),
    ],
  }
}
