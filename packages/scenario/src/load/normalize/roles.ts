/**
 * Role references: a role ARN; a key of `roles`; or a role's IAM name in the caller's account
 * (a service-linked role, or a role an earlier step created), or in the only account that has it.
 */
import type { JsonPath } from '@hatrack/policy'
import type { RoleRef } from '../../format/caller.ts'
import { closestNames } from '../text/closest.ts'
import { code, suggestion } from '../text/words.ts'
import type { Context } from './context.ts'
import { iamArn, parseIamArn } from './iam-arn.ts'
import type { NameRegistry, NamedEntity } from './registry.ts'

function refOf(entity: NamedEntity): RoleRef {
  const ref = {
    arn: iamArn(entity.accountId, 'role', entity.path, entity.name),
    name: entity.name,
    accountId: entity.accountId,
  }
  return entity.key === undefined ? ref : { ...ref, key: entity.key }
}

/** Options of {@link resolveRole}. */
export interface RoleLookup {
  /** A step that expects an error may name a role that does not exist: no issue then. */
  readonly lenient?: boolean
}

/** The role `ref` names, or `undefined` after an issue. `accountId` is the caller's account. */
export function resolveRole(
  ctx: Context,
  registry: NameRegistry,
  ref: string,
  path: JsonPath,
  accountId: string | undefined,
  options: RoleLookup = {},
): RoleRef | undefined {
  if (ref.startsWith('arn:')) {
    const parsed = parseIamArn(ref, 'role')
    if (parsed === undefined || parsed.accountId === 'aws') {
      ctx.report(
        'scenario.reference.wrongKind',
        path,
        `${code(ref)} is not a role ARN`,
        'a role ARN reads `arn:aws:iam::123456789012:role/NAME`',
      )
      return undefined
    }
    const known = registry.get('role', parsed.accountId, parsed.name)
    return {
      arn: ref,
      name: parsed.name,
      accountId: parsed.accountId,
      ...(known?.key === undefined ? {} : { key: known.key }),
    }
  }
  const declared = registry.byKey('role', ref)
  if (declared !== undefined) return refOf(declared)
  if (accountId !== undefined) {
    const named = registry.get('role', accountId, ref)
    if (named !== undefined) return refOf(named)
  } else {
    const everywhere = ctx.accounts.flatMap((account) => {
      const found = registry.get('role', account.id, ref)
      return found === undefined ? [] : [found]
    })
    if (everywhere.length === 1 && everywhere[0] !== undefined) return refOf(everywhere[0])
  }
  if (options.lenient === true && accountId !== undefined) {
    return { arn: iamArn(accountId, 'role', '/', ref), name: ref, accountId }
  }
  const names = registry.names('role', accountId)
  ctx.report(
    'scenario.reference.unknownRole',
    path,
    `unknown role ${code(ref)}`,
    suggestion(closestNames(ref, names), names, 'roles'),
  )
  return undefined
}
