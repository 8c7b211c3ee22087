/**
 * `as:` — who acts: `admin`, `anonymous`, `root@ACCOUNT`, `service:PRINCIPAL`, `profile:NAME`, a
 * session named by an earlier step, a user, or a Lambda function or EC2 instance (its code, with
 * its role). And the account a caller acts in, for names given without an account.
 */
import type { JsonPath } from '@hatrack/policy'
import type { CallerRef } from '../../../format/caller.ts'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import { resolveAccount } from '../accounts.ts'
import type { Timeline } from './timeline.ts'

/** The caller `as` names, or `undefined` after an issue. */
export function resolveCaller(tl: Timeline, as: string, path: JsonPath): CallerRef | undefined {
  const { ctx, world } = tl
  if (as === 'admin' || as === 'anonymous') return { kind: as }
  const root = /^root(?:@(.+))?$/.exec(as)
  if (root !== null) {
    if (root[1] === undefined) {
      const only = ctx.accounts.length === 1 ? ctx.accounts[0] : undefined
      if (only !== undefined) return { kind: 'root', account: only.key, accountId: only.id }
      ctx.report(
        'scenario.reference.unknownCaller',
        path,
        'which root user? the scenario has several accounts',
        `write \`root@${ctx.accounts[0]?.key ?? 'ACCOUNT'}\``,
      )
      return undefined
    }
    const account = resolveAccount(ctx, root[1], path)
    return account === undefined
      ? undefined
      : { kind: 'root', account: account.key, accountId: account.id }
  }
  if (as.startsWith('service:')) {
    const service = as.slice('service:'.length)
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.test(service))
      return { kind: 'service', service }
    ctx.report(
      'scenario.reference.unknownCaller',
      path,
      `${code(service)} is not a service principal`,
      'a service principal reads `lambda.amazonaws.com`',
    )
    return undefined
  }
  if (as.startsWith('profile:')) {
    const profile = as.slice('profile:'.length)
    if (world.cliProfiles.some((candidate) => candidate.key === profile))
      return { kind: 'profile', profile }
    const keys = world.cliProfiles.map((candidate) => candidate.key)
    ctx.report(
      'scenario.reference.unknownCliProfile',
      path,
      `unknown CLI profile ${code(profile)}`,
      suggestion(closestNames(profile, keys), keys, 'CLI profiles'),
    )
    return undefined
  }
  const session = tl.sessions.get(as)
  if (session !== undefined) return { kind: 'session', session: as, createdBy: session.createdBy }
  const user = world.users.find((candidate) => candidate.key === as)
  if (user !== undefined)
    return { kind: 'user', user: user.key, name: user.name, accountId: user.accountId }
  const resource = world.resources.find((candidate) => candidate.key === as)
  if (resource !== undefined) {
    if (resource.type === 'lambda:function' || resource.type === 'ec2:instance') {
      return { kind: 'resource', resource: resource.key, type: resource.type }
    }
    ctx.report(
      'scenario.reference.wrongKind',
      path,
      `the ${resource.type} ${code(as)} cannot act: only the code on a Lambda function or an EC2 instance can`,
      undefined,
    )
    return undefined
  }
  const names = [...world.users.map((candidate) => candidate.key), ...tl.sessions.keys()]
  const near = closestNames(as, names)
  ctx.report(
    'scenario.reference.unknownCaller',
    path,
    `unknown caller ${code(as)}`,
    near.length > 0
      ? suggestion(near, [], 'callers')
      : names.length > 0
        ? suggestion([], names, 'users and sessions')
        : 'name a user of `users`, `root@ACCOUNT` or `admin`',
  )
  return undefined
}

/** The account `caller` acts in, when it has one. */
export function accountOf(tl: Timeline, caller: CallerRef): string | undefined {
  switch (caller.kind) {
    case 'root':
    case 'user':
      return caller.accountId
    case 'session':
      return tl.sessions.get(caller.session)?.accountId
    case 'resource':
      return tl.world.resources.find((resource) => resource.key === caller.resource)?.accountId
    case 'profile': {
      const seen = new Set<string>()
      let profile = tl.world.cliProfiles.find((candidate) => candidate.key === caller.profile)
      while (profile !== undefined && !seen.has(profile.key)) {
        seen.add(profile.key)
        if (profile.role !== undefined)
          return /^arn:[^:]*:iam::(\d{12}):/.exec(profile.role.arn)?.[1]
        if (profile.user !== undefined)
          return tl.world.users.find((user) => user.key === profile?.user)?.accountId
        const next: string | undefined = profile.sourceProfile
        profile = tl.world.cliProfiles.find((candidate) => candidate.key === next)
      }
      return undefined
    }
    default:
      return undefined
  }
}

/** The caller's name for default session names: the user's name, `root`, the profile, … */
export function callerName(caller: CallerRef): string {
  switch (caller.kind) {
    case 'user':
      return caller.user
    case 'session':
      return caller.session
    case 'root':
      return `root@${caller.account}`
    case 'profile':
      return caller.profile
    case 'resource':
      return caller.resource
    case 'service':
      return caller.service
    default:
      return caller.kind
  }
}
