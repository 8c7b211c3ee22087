/**
 * Names in change operations: an IAM name in the operation's account, or the key of a declared
 * entity of that account (its IAM name then). Each must exist at that point of the timeline,
 * unless the operation creates it or the step expects an error.
 */
import type { JsonPath } from '@hatrack/policy'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import type { EntityKind } from '../registry.ts'
import type { Timeline } from './timeline.ts'

const UNKNOWN = {
  user: 'scenario.reference.unknownUser',
  group: 'scenario.reference.unknownGroup',
  role: 'scenario.reference.unknownRole',
  policy: 'scenario.reference.unknownPolicy',
  instanceProfile: 'scenario.reference.unknownInstanceProfile',
} as const

const LABEL: Readonly<Record<EntityKind, string>> = {
  user: 'user',
  group: 'group',
  role: 'role',
  policy: 'policy',
  instanceProfile: 'instance profile',
}

/** The IAM name `ref` stands for in `accountId`; `undefined` after an issue. */
export function entityName(
  tl: Timeline,
  kind: EntityKind,
  ref: string,
  accountId: string,
  path: JsonPath,
  mustExist: boolean,
): string | undefined {
  const declared = tl.registry.byKey(kind, ref)
  const name = declared !== undefined && declared.accountId === accountId ? declared.name : ref
  if (!mustExist || tl.registry.get(kind, accountId, name) !== undefined) return name
  const names = tl.registry.names(kind, accountId)
  const account = tl.ctx.accountsById.get(accountId)?.key ?? accountId
  tl.ctx.report(
    UNKNOWN[kind],
    path,
    `account ${code(account)} has no ${LABEL[kind]} ${code(ref)} at this step`,
    closestNames(ref, names).length > 0
      ? suggestion(closestNames(ref, names), names, `${LABEL[kind]}s`)
      : `it was never created, or an earlier step deleted it; if this step should fail, say so with \`expect: { error: … }\``,
  )
  return undefined
}
