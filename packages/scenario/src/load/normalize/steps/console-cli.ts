/**
 * The console's Switch Role and Switch Back, and the CLI's exported credentials (`useSession`,
 * `unset`): they change who acts in the steps that follow.
 */
import type { CallerRef } from '../../../format/caller.ts'
import type { SwitchRoleStep } from '../../../format/steps.ts'
import type { stepKinds } from '../../../schema/definitions/steps.ts'
import type { Infer } from '../../../schema/dsl.ts'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import { resolveAccount } from '../accounts.ts'
import { resolveRole } from '../roles.ts'
import { accountOf, callerName } from './callers.ts'
import { bindSession } from './sessions.ts'
import type { StepSite } from './sts.ts'
import type { Frame, Timeline } from './timeline.ts'

/** The console's Switch Role: the new session becomes the current identity. */
export function readSwitchRole(
  tl: Timeline,
  raw: Infer<(typeof stepKinds)['switchRole']>,
  site: StepSite,
  caller: CallerRef,
): SwitchRoleStep | undefined {
  const path = [...site.path, 'switchRole']
  const account =
    raw.account === undefined
      ? undefined
      : resolveAccount(tl.ctx, raw.account, [...path, 'account'])
  if (raw.account !== undefined && account === undefined) return undefined
  const accountId = account?.id ?? accountOf(tl, caller)
  const name = raw.roleName.includes('/')
    ? raw.roleName.slice(raw.roleName.lastIndexOf('/') + 1)
    : raw.roleName
  const role = resolveRole(tl.ctx, tl.registry, name, [...path, 'roleName'], accountId, {
    lenient: site.lenient,
  })
  if (role === undefined) return undefined
  const shown = tl.ctx.accountsById.get(role.accountId)
  const displayName = raw.displayName ?? `${role.name}@${shown?.alias ?? role.accountId}`
  const session = bindSession(
    tl,
    raw.session,
    `${callerName(caller)}@${role.name}`,
    path,
    site.index,
    role.accountId,
  )
  tl.stack.push({ caller: { kind: 'session', session, createdBy: site.index }, via: 'switchRole' })
  return { kind: 'switchRole', caller, role, displayName, session }
}

/** Pops the identity `via` pushed; the identity that acts again, or `undefined` after an issue. */
export function restore(
  tl: Timeline,
  via: Frame['via'],
  site: StepSite,
  kind: 'switchBack' | 'unset',
): CallerRef | undefined {
  const top = tl.stack[tl.stack.length - 1]
  const below = tl.stack[tl.stack.length - 2]
  if (top?.via !== via || below === undefined) {
    tl.ctx.report(
      'scenario.step.nothingToRestore',
      [...site.path, kind],
      kind === 'switchBack'
        ? '`switchBack` without a `switchRole` before it'
        : '`unset` without a `useSession` before it',
      kind === 'switchBack'
        ? 'switch to a role first'
        : "export a session's credentials with `useSession` first",
      'key',
    )
    return undefined
  }
  tl.stack.pop()
  return below.caller
}

/** `useSession`: the session acts from now on; `undefined` after an issue. */
export function useSession(
  tl: Timeline,
  name: string,
  site: StepSite,
): { session: string; createdBy: number } | undefined {
  const found = tl.sessions.get(name)
  if (found === undefined) {
    const names = [...tl.sessions.keys()]
    tl.ctx.report(
      'scenario.reference.unknownSession',
      [...site.path, 'useSession'],
      `no step before this one creates a session ${code(name)}`,
      suggestion(closestNames(name, names), names, 'sessions'),
    )
    return undefined
  }
  if (tl.stack.length === 0) tl.stack.push({ caller: { kind: 'anonymous' }, via: 'as' })
  tl.stack.push({
    caller: { kind: 'session', session: name, createdBy: found.createdBy },
    via: 'useSession',
  })
  return { session: name, createdBy: found.createdBy }
}
