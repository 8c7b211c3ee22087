/**
 * IAM identities and policies of the declared world: customer managed policies, groups, users,
 * roles, service-linked roles and instance profiles, each with its IAM name (its key unless
 * `name:` says otherwise), its account and its ARN. Names are unique per account and kind,
 * regardless of case.
 */
import type { JsonPath } from '@hatrack/policy'
import type { InlinePolicy, ManagedPolicyRef } from '../../format/policy.ts'
import type {
  AccountDecl,
  CustomerPolicyDecl,
  GroupDecl,
  InstanceProfileDecl,
  RoleDecl,
  ServiceLinkedRoleDecl,
  UserDecl,
} from '../../format/world.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { closestNames } from '../text/closest.ts'
import { code, suggestion } from '../text/words.ts'
import { resolveAccount } from './accounts.ts'
import type { Context } from './context.ts'
import { iamArn } from './iam-arn.ts'
import { resolveManagedPolicy } from './managed-policies.ts'
import { serviceLinkedRoleOf, serviceLinkedServices } from './model-catalog.ts'
import { readPolicyDocument } from './policy-documents.ts'
import type { EntityKind, NameRegistry } from './registry.ts'
import { readDuration, readTags } from './values.ts'

/** The declared identities. */
export interface Identities {
  readonly policies: CustomerPolicyDecl[]
  readonly groups: GroupDecl[]
  readonly users: UserDecl[]
  readonly roles: RoleDecl[]
  readonly serviceLinkedRoles: ServiceLinkedRoleDecl[]
  readonly instanceProfiles: InstanceProfileDecl[]
}

const LABEL: Readonly<Record<EntityKind, string>> = {
  user: 'user',
  group: 'group',
  role: 'role',
  policy: 'policy',
  instanceProfile: 'instance profile',
}

const ARN_TYPE: Readonly<Record<EntityKind, string>> = {
  user: 'user',
  group: 'group',
  role: 'role',
  policy: 'policy',
  instanceProfile: 'instance-profile',
}

interface Base {
  readonly key: string
  readonly name: string
  readonly account: string
  readonly accountId: string
  readonly path: string
  readonly arn: string
}

function declare(
  ctx: Context,
  registry: NameRegistry,
  kind: EntityKind,
  section: string,
  key: string,
  raw: { readonly name?: string; readonly account: string; readonly path?: string },
): Base | undefined {
  const account = resolveAccount(ctx, raw.account, [section, key, 'account'])
  if (account === undefined) return undefined
  const name = raw.name ?? key
  const path = raw.path ?? '/'
  const clash = registry.add(kind, { name, path, accountId: account.id, key })
  if (clash !== undefined) {
    ctx.report(
      'scenario.world.duplicateName',
      [section, key],
      `${LABEL[kind]} ${code(key)} and ${code(clash.key ?? clash.name)} have the same IAM name ${code(name)} in account ${code(account.key)}`,
      'IAM names are unique in an account regardless of case: rename one, or set `name:`',
      'key',
    )
  }
  return {
    key,
    name,
    account: account.key,
    accountId: account.id,
    path,
    arn: iamArn(account.id, ARN_TYPE[kind], path, name),
  }
}

function attached(
  ctx: Context,
  registry: NameRegistry,
  refs: readonly string[] | undefined,
  path: JsonPath,
  accountId: string,
): ManagedPolicyRef[] {
  const out: ManagedPolicyRef[] = []
  ;(refs ?? []).forEach((ref, index) => {
    const found = resolveManagedPolicy(ctx, registry, ref, [...path, index], {
      accountId,
      allowUndeclared: false,
    })
    if (found !== undefined) out.push(found)
  })
  return out
}

function inlineOf(
  ctx: Context,
  inline: Readonly<Record<string, string | Readonly<Record<string, unknown>>>> | undefined,
  path: JsonPath,
  holder: 'user' | 'group' | 'role',
): InlinePolicy[] {
  const out: InlinePolicy[] = []
  for (const [name, input] of Object.entries(inline ?? {})) {
    const document = readPolicyDocument(ctx, input, [...path, name], 'identity', holder)
    if (document !== undefined) out.push({ name, document })
  }
  return out
}

/** Resolves a key of `section` of the same account, reporting unknown and cross-account names. */
export function sameAccountKey(
  ctx: Context,
  registry: NameRegistry,
  kind: EntityKind,
  ref: string,
  accountId: string,
  path: JsonPath,
): string | undefined {
  const found = registry.byKey(kind, ref)
  if (found === undefined) {
    const keys = registry.names(kind).filter((name) => registry.byKey(kind, name) !== undefined)
    const codeOf = {
      user: 'unknownUser',
      group: 'unknownGroup',
      role: 'unknownRole',
      policy: 'unknownPolicy',
      instanceProfile: 'unknownInstanceProfile',
    } as const
    ctx.report(
      `scenario.reference.${codeOf[kind]}`,
      path,
      `unknown ${LABEL[kind]} ${code(ref)}`,
      suggestion(closestNames(ref, keys), keys, `${LABEL[kind]}s`),
    )
    return undefined
  }
  if (found.accountId !== accountId) {
    ctx.report(
      'scenario.reference.crossAccount',
      path,
      `${LABEL[kind]} ${code(ref)} belongs to account ${code(found.accountId)}, not ${code(accountId)}`,
      `use a ${LABEL[kind]} of the same account`,
    )
    return undefined
  }
  return ref
}

/** Reads every identity and policy of `raw`; names go into `registry`. */
export function readIdentities(
  ctx: Context,
  registry: NameRegistry,
  raw: ScenarioInput,
): Identities {
  const out: Identities = {
    policies: [],
    groups: [],
    users: [],
    roles: [],
    serviceLinkedRoles: [],
    instanceProfiles: [],
  }
  const policies = Object.entries(raw.policies ?? {})
  const groups = Object.entries(raw.groups ?? {})
  const users = Object.entries(raw.users ?? {})
  const roles = Object.entries(raw.roles ?? {})
  const profiles = Object.entries(raw.instanceProfiles ?? {})
  // Declare every name first, so references may point forward.
  const bases = {
    policy: policies.map(([key, value]) =>
      declare(ctx, registry, 'policy', 'policies', key, value),
    ),
    group: groups.map(([key, value]) => declare(ctx, registry, 'group', 'groups', key, value)),
    user: users.map(([key, value]) => declare(ctx, registry, 'user', 'users', key, value)),
    role: roles.map(([key, value]) => declare(ctx, registry, 'role', 'roles', key, value)),
    profile: profiles.map(([key, value]) =>
      declare(ctx, registry, 'instanceProfile', 'instanceProfiles', key, value),
    ),
  }
  policies.forEach(([key, value], i) => {
    const base = bases.policy[i]
    const document = readPolicyDocument(
      ctx,
      value.document,
      ['policies', key, 'document'],
      'identity',
    )
    if (base !== undefined && document !== undefined)
      out.policies.push({ ...base, description: value.description, document })
  })
  groups.forEach(([key, value], i) => {
    const base = bases.group[i]
    if (base === undefined) return
    const policiesOf = attached(
      ctx,
      registry,
      value.policies,
      ['groups', key, 'policies'],
      base.accountId,
    )
    out.groups.push({
      ...base,
      policies: policiesOf,
      inline: inlineOf(ctx, value.inline, ['groups', key, 'inline'], 'group'),
    })
  })
  users.forEach(([key, value], i) => {
    const base = bases.user[i]
    if (base === undefined) return
    const groupKeys = (value.groups ?? []).flatMap((group, index) => {
      const found = sameAccountKey(ctx, registry, 'group', group, base.accountId, [
        'users',
        key,
        'groups',
        index,
      ])
      return found === undefined ? [] : [found]
    })
    const boundary =
      value.boundary === undefined
        ? undefined
        : resolveManagedPolicy(ctx, registry, value.boundary, ['users', key, 'boundary'], {
            accountId: base.accountId,
            allowUndeclared: false,
          })
    out.users.push({
      ...base,
      groups: groupKeys,
      policies: attached(ctx, registry, value.policies, ['users', key, 'policies'], base.accountId),
      inline: inlineOf(ctx, value.inline, ['users', key, 'inline'], 'user'),
      boundary,
      tags: readTags(value.tags),
      mfa: value.mfa ?? false,
      accessKeys: value.accessKeys ?? 0,
    })
  })
  roles.forEach(([key, value], i) => {
    const base = bases.role[i]
    const trust = readPolicyDocument(ctx, value.trust, ['roles', key, 'trust'], 'trust')
    if (base === undefined) return
    const maxSessionDuration = readDuration(
      ctx,
      value.maxSessionDuration,
      ['roles', key, 'maxSessionDuration'],
      {
        min: 3600,
        max: 43200,
        what: "a role's maximum session duration",
      },
    )
    const boundary =
      value.boundary === undefined
        ? undefined
        : resolveManagedPolicy(ctx, registry, value.boundary, ['roles', key, 'boundary'], {
            accountId: base.accountId,
            allowUndeclared: false,
          })
    const policiesOf = attached(
      ctx,
      registry,
      value.policies,
      ['roles', key, 'policies'],
      base.accountId,
    )
    const inline = inlineOf(ctx, value.inline, ['roles', key, 'inline'], 'role')
    if (trust === undefined) return
    out.roles.push({
      ...base,
      description: value.description,
      trust,
      policies: policiesOf,
      inline,
      boundary,
      maxSessionDuration: maxSessionDuration ?? 3600,
      tags: readTags(value.tags),
    })
  })
  ;(raw.serviceLinkedRoles ?? []).forEach((value, index) => {
    const slr = readServiceLinkedRole(ctx, registry, value, ['serviceLinkedRoles', index])
    if (slr !== undefined) out.serviceLinkedRoles.push(slr)
  })
  profiles.forEach(([key, value], i) => {
    const base = bases.profile[i]
    if (base === undefined) return
    const role =
      value.role === undefined
        ? undefined
        : sameAccountKey(ctx, registry, 'role', value.role, base.accountId, [
            'instanceProfiles',
            key,
            'role',
          ])
    out.instanceProfiles.push({ ...base, role })
  })
  return out
}

function readServiceLinkedRole(
  ctx: Context,
  registry: NameRegistry,
  value: NonNullable<ScenarioInput['serviceLinkedRoles']>[number],
  path: JsonPath,
): ServiceLinkedRoleDecl | undefined {
  const account: AccountDecl | undefined = resolveAccount(ctx, value.account, [...path, 'account'])
  const spec = serviceLinkedRoleOf(value.service)
  if (spec === undefined) {
    const services = serviceLinkedServices()
    ctx.report(
      'scenario.reference.unknownService',
      [...path, 'service'],
      `Hatrack knows no service-linked role for ${code(value.service)}`,
      suggestion(
        closestNames(value.service, services),
        services,
        'services with service-linked roles',
      ),
    )
    return undefined
  }
  if (value.customSuffix !== undefined && !spec.customSuffix) {
    ctx.report(
      'scenario.world.notApplicable',
      [...path, 'customSuffix'],
      `${code(value.service)} takes no custom suffix for its service-linked role`,
      'remove `customSuffix`',
    )
    return undefined
  }
  if (account === undefined) return undefined
  const roleName =
    value.customSuffix === undefined ? spec.roleName : `${spec.roleName}_${value.customSuffix}`
  const rolePath = `/aws-service-role/${value.service}/`
  const clash = registry.add('role', { name: roleName, path: rolePath, accountId: account.id })
  if (clash !== undefined) {
    ctx.report(
      'scenario.world.duplicateName',
      path,
      `the service-linked role ${code(roleName)} is declared twice in account ${code(account.key)}`,
      'keep one of them',
    )
    return undefined
  }
  return {
    account: account.key,
    accountId: account.id,
    service: value.service,
    customSuffix: value.customSuffix,
    description: value.description,
    roleName,
    arn: iamArn(account.id, 'role', rolePath, roleName),
  }
}
