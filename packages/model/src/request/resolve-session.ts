/**
 * Temporary credentials, resolved to the principal they stand for:
 * - a role session is its assumed role: the role's policies, boundary and tags, narrowed by the
 *   session's own policies, tags overridden by session tags. The caller who assumed the role is
 *   set aside: its permissions do not come along (iam-facts §11, §18). A session whose role was
 *   deleted (or deleted and re-created, with a new unique id) keeps its identity but has no
 *   policies left, so it is denied;
 * - `GetSessionToken` credentials are their IAM user (or root user), with the MFA context of
 *   the call that made them (iam-facts §10).
 * An access key id that was never issued fails with `InvalidClientTokenId`; credentials past
 * their expiration with `ExpiredToken`, decided by the world's clock.
 */
import { findRoleByArn, findUserByArn } from '../world/find-entity.ts'
import type { Session, World } from '../world/types.ts'
import { expiredToken, invalidClientTokenId } from './errors.ts'
import { inlinePolicy, managedPolicies, managedPolicy, holderPolicies } from './named-policies.ts'
import { principalKeys } from './principal-keys.ts'
import { rootCaller, userCaller } from './identity-callers.ts'
import { sessionKeys } from './session-keys.ts'
import type { ResolveResult } from './types.ts'

/** Whether the session has expired at the world's current time. */
export function isExpired(session: Session, world: World): boolean {
  return world.now >= session.expiresAt
}

/** Resolves the session behind an access key id (`ASIA…`). */
export function resolveSessionCaller(world: World, accessKeyId: string): ResolveResult {
  const session = world.sessions.get(accessKeyId)
  if (session === undefined) return { ok: false, error: invalidClientTokenId() }
  if (isExpired(session, world)) return { ok: false, error: expiredToken() }
  if (session.roleArn === undefined) return resolveUserSession(world, session)

  const roleId = session.userId.split(':')[0] ?? ''
  const found = findRoleByArn(world, session.roleArn)
  const role = found?.id === roleId ? found : undefined
  const sessionPolicies = [
    ...session.sessionPolicies.map((stored, index) =>
      inlinePolicy(`session-policy-${index + 1}`, stored),
    ),
    ...managedPolicies(world, session.sessionPolicyArns),
  ]
  const context = {
    ...principalKeys(world, {
      principalArn: session.roleArn,
      accountId: session.accountId,
      type: 'AssumedRole',
      userId: session.userId,
      tags: [...(role?.tags ?? []), ...session.tags],
    }),
    ...sessionKeys(session, world.now),
  }
  return {
    ok: true,
    caller: {
      principal: {
        kind: 'assumedRole',
        arn: session.arn,
        accountId: session.accountId,
        roleArn: session.roleArn,
        uniqueId: roleId,
        ...(session.federatedProvider === undefined
          ? {}
          : { federatedProvider: session.federatedProvider }),
        ...(role?.serviceLinked === undefined ? {} : { serviceLinkedRole: true }),
      },
      identity: role === undefined ? [] : holderPolicies(world, role),
      boundary: role?.boundary === undefined ? undefined : managedPolicy(world, role.boundary),
      sessionPolicies:
        session.sessionPolicies.length + session.sessionPolicyArns.length > 0
          ? sessionPolicies
          : undefined,
      session,
      context,
    },
  }
}

/** `GetSessionToken` credentials: the user (or root user) with the session's MFA context. */
function resolveUserSession(world: World, session: Session): ResolveResult {
  const base =
    session.arn === `arn:aws:iam::${session.accountId}:root`
      ? rootCaller(world, session.accountId)
      : (() => {
          const user = findUserByArn(world, session.arn)
          return user?.id === session.userId ? userCaller(world, user) : undefined
        })()
  if (base === undefined) return { ok: false, error: invalidClientTokenId() }
  return {
    ok: true,
    caller: { ...base, session, context: { ...base.context, ...sessionKeys(session, world.now) } },
  }
}
