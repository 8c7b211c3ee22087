/**
 * From a caller to the principal AWS authorizes: who it is (the engine's `RequestPrincipal`),
 * which policies speak for it, and the context keys its credentials carry. Unknown
 * credentials fail with `InvalidClientTokenId`, expired ones with `ExpiredToken`.
 */
import type { Caller } from '../operations/types.ts'
import { findUser } from '../world/find-entity.ts'
import type { World } from '../world/types.ts'
import { invalidClientTokenId } from './errors.ts'
import { rootCaller, userCaller } from './identity-callers.ts'
import { resolveSessionCaller } from './resolve-session.ts'
import type { ResolveResult } from './types.ts'

/**
 * Resolves every caller but an administrator, whose changes are made outside the simulation
 * and are never authorized (`undefined`).
 */
export function resolveCaller(world: World, caller: Caller): ResolveResult | undefined {
  switch (caller.kind) {
    case 'admin':
      return undefined
    case 'root':
      return world.accounts.has(caller.accountId)
        ? { ok: true, caller: rootCaller(world, caller.accountId) }
        : { ok: false, error: invalidClientTokenId() }
    case 'user': {
      const user = findUser(world, caller.accountId, caller.userName)
      if (user === undefined) return { ok: false, error: invalidClientTokenId() }
      return { ok: true, caller: userCaller(world, user, caller.mfa) }
    }
    case 'session':
      return resolveSessionCaller(world, caller.accessKeyId)
    case 'service':
      return {
        ok: true,
        caller: {
          principal: { kind: 'service', service: caller.service },
          identity: undefined,
          boundary: undefined,
          sessionPolicies: undefined,
          session: undefined,
          context: {
            'aws:PrincipalIsAWSService': 'true',
            'aws:PrincipalServiceName': caller.service,
            'aws:PrincipalServiceNamesList': [caller.service],
          },
        },
      }
    case 'anonymous':
      return {
        ok: true,
        caller: {
          principal: { kind: 'anonymous' },
          identity: undefined,
          boundary: undefined,
          sessionPolicies: undefined,
          session: undefined,
          // iam-facts §2: `anonymous` account; the type and user id are unconfirmed readings.
          context: {
            'aws:PrincipalAccount': 'anonymous',
            'aws:PrincipalType': 'Anonymous',
            'aws:userid': 'anonymous',
          },
        },
      }
  }
}
