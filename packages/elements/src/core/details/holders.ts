/**
 * The identities whose policies may have spoken in a step, most likely first: the step's actor
 * (a user and its groups; a session's role; the role a Lambda function, an EC2 instance or a
 * stack acts with), then every user, group and role of the world, account by account. Inline
 * policy names (`inline:AllowS3`) are only unique per holder, so the actor's win.
 */
import {
  findRoleByArn,
  findUserByArn,
  findResource,
  iamNameOf,
  type Group,
  type Role,
  type User,
  type World,
} from '@hatrack/model'

/** A user, group or role. */
export type Holder = User | Group | Role

function roleBehind(world: World, arn: string | undefined): Role | undefined {
  if (arn === undefined) return undefined
  const role = findRoleByArn(world, arn)
  if (role !== undefined) return role
  const profile = iamNameOf(arn, 'instance-profile')
  if (profile === undefined) return undefined
  const found = world.accounts.get(profile.accountId)
  for (const entry of found?.instanceProfiles.values() ?? []) {
    if (entry.arn !== arn) continue
    const name = entry.roles[0]
    return name === undefined ? undefined : found?.roles.get(name.toLowerCase())
  }
  return undefined
}

function withGroups(world: World, user: User): Holder[] {
  const account = world.accounts.get(user.accountId)
  const groups = user.groups.flatMap((name) => account?.groups.get(name.toLowerCase()) ?? [])
  return [user, ...groups]
}

/** The holders of `actor` (a trace actor's entity id), then every holder of `world`. */
export function candidateHolders(world: World, actor: string | undefined): Holder[] {
  const first: Holder[] = []
  if (actor !== undefined) {
    const user = findUserByArn(world, actor)
    if (user !== undefined) first.push(...withGroups(world, user))
    const session = world.sessions.get(actor)
    const role = roleBehind(world, session?.roleArn ?? findResource(world, actor)?.role)
    if (role !== undefined) first.push(role)
  }
  const all: Holder[] = []
  for (const account of world.accounts.values())
    all.push(...account.users.values(), ...account.groups.values(), ...account.roles.values())
  return [...new Set([...first, ...all])]
}
