/**
 * The callers with long-term credentials: an account's root user and an IAM user.
 */
import { rootArn } from '../world/arn.ts'
import type { AccountId, User, World } from '../world/types.ts'
import { holderPolicies, managedPolicy } from './named-policies.ts'
import { principalKeys } from './principal-keys.ts'
import type { ResolvedCaller } from './types.ts'

/** The account's root user: no identity policies (it needs none), subject to SCPs. */
export function rootCaller(world: World, accountId: AccountId): ResolvedCaller {
  const arn = rootArn(accountId)
  return {
    principal: { kind: 'root', arn, accountId },
    identity: undefined,
    boundary: undefined,
    sessionPolicies: undefined,
    session: undefined,
    context: principalKeys(world, {
      principalArn: arn,
      accountId,
      type: 'Account',
      userId: accountId,
      tags: [],
    }),
  }
}

/**
 * An IAM user: its own policies and its groups'. `mfa` is set for a console sign-in (temporary
 * credentials, with or without MFA); long-term access keys carry no MFA context at all, so
 * `aws:MultiFactorAuthPresent` is then absent (iam-facts §6).
 */
export function userCaller(world: World, user: User, mfa?: boolean): ResolvedCaller {
  const account = world.accounts.get(user.accountId)
  const identity = holderPolicies(world, user)
  for (const groupName of user.groups) {
    const group = account?.groups.get(groupName.toLowerCase())
    if (group !== undefined) identity.push(...holderPolicies(world, group, group.name))
  }
  const context = principalKeys(world, {
    principalArn: user.arn,
    accountId: user.accountId,
    type: 'User',
    userId: user.id,
    userName: user.name,
    tags: user.tags,
  })
  if (mfa !== undefined) {
    context['aws:MultiFactorAuthPresent'] = String(mfa)
    // The sign-in time is not modelled: the user is taken to have just signed in.
    if (mfa) context['aws:MultiFactorAuthAge'] = '0'
  }
  return {
    principal: { kind: 'user', arn: user.arn, accountId: user.accountId, uniqueId: user.id },
    identity,
    boundary: user.boundary === undefined ? undefined : managedPolicy(world, user.boundary),
    sessionPolicies: undefined,
    session: undefined,
    context,
  }
}
