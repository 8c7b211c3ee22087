/**
 * Change operations: their parameters with names resolved (see `format/change.ts`), and their
 * effect on the names later steps may use (a created role can be assumed, a deleted user is
 * gone). A step that expects an error changes no names.
 */
import type { JsonPath, PolicyKind } from '@hatrack/policy'
import type { CallerRef } from '../../../format/caller.ts'
import type { ChangeOperation } from '../../../format/change.ts'
import type { OrganizationTarget } from '../../../format/world.ts'
import type { ChangeInput, ChangeOperationName } from '../../../schema/definitions/changes.ts'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import { resolveAccount } from '../accounts.ts'
import { iamArn, parseIamArn } from '../iam-arn.ts'
import { resolveManagedPolicy } from '../managed-policies.ts'
import { serviceLinkedRoleOf } from '../model-catalog.ts'
import { AWS_ORGANIZATION_POLICIES, resolveTarget as resolveOrgTarget } from '../organization.ts'
import { readPolicyDocument } from '../policy-documents.ts'
import type { EntityKind } from '../registry.ts'
import { resolveRole } from '../roles.ts'
import { readDuration, readTags } from '../values.ts'
import { accountOf } from './callers.ts'
import { entityName } from './change-names.ts'
import { resolveTarget } from './targets.ts'
import type { Timeline } from './timeline.ts'

const NAME_PARAMS: Readonly<Record<string, EntityKind>> = {
  userName: 'user',
  roleName: 'role',
  groupName: 'group',
  instanceProfileName: 'instanceProfile',
}

/** Operations that create or delete the entity their name parameter names. */
const CREATES: Partial<Record<ChangeOperationName, EntityKind>> = {
  createUser: 'user',
  createGroup: 'group',
  createRole: 'role',
  createInstanceProfile: 'instanceProfile',
}
const DELETES: Partial<Record<ChangeOperationName, EntityKind>> = {
  deleteUser: 'user',
  deleteGroup: 'group',
  deleteRole: 'role',
  deleteInstanceProfile: 'instanceProfile',
}
/** The parameter each creation names. */
const NAME_OF: Readonly<Record<EntityKind, string>> = {
  user: 'userName',
  group: 'groupName',
  role: 'roleName',
  instanceProfile: 'instanceProfileName',
  policy: 'policyName',
}

/** The kind of the policy document each operation takes. */
function documentKind(
  operation: ChangeOperationName,
  params: Readonly<Record<string, unknown>>,
): PolicyKind {
  if (operation === 'createRole' || operation === 'updateAssumeRolePolicy') return 'trust'
  if (operation === 'createResource' || operation === 'putResourcePolicy') return 'resource'
  if (operation === 'createOrganizationPolicy') return params['kind'] === 'rcp' ? 'rcp' : 'scp'
  return 'identity'
}

const INLINE_HOLDER: Partial<Record<ChangeOperationName, 'user' | 'group' | 'role'>> = {
  putRolePolicy: 'role',
  putUserPolicy: 'user',
  putGroupPolicy: 'group',
}

const DOCUMENT_PARAMS = new Set([
  'assumeRolePolicyDocument',
  'policyDocument',
  'document',
  'policy',
])
const ORG_OPERATIONS = new Set<ChangeOperationName>([
  'createOrganizationPolicy',
  'attachOrganizationPolicy',
  'detachOrganizationPolicy',
  'createOrganizationalUnit',
  'moveAccount',
])

/** How a change is read. */
export interface ChangeSite {
  readonly path: JsonPath
  readonly caller: CallerRef
  readonly lenient: boolean
  /** The account when the operation gives none and the caller has none (a stack's account). */
  readonly accountId?: string
}

function operationAccount(
  tl: Timeline,
  params: Readonly<Record<string, unknown>>,
  site: ChangeSite,
  path: JsonPath,
): string | undefined {
  if (typeof params['account'] === 'string')
    return resolveAccount(tl.ctx, params['account'], [...path, 'account'])?.id
  const own = site.accountId ?? accountOf(tl, site.caller)
  if (own !== undefined) return own
  const only = tl.ctx.accounts.length === 1 ? tl.ctx.accounts[0] : undefined
  if (only !== undefined) return only.id
  tl.ctx.report(
    'scenario.step.accountRequired',
    path,
    'this change does not say which account it is made in',
    `add \`account:\` (one of ${tl.ctx.accounts.map((account) => code(account.key)).join(', ')})`,
    'key',
  )
  return undefined
}

function organizationPolicy(
  tl: Timeline,
  ref: string,
  path: JsonPath,
  lenient: boolean,
): string | undefined {
  const names = [...(tl.organization?.policies ?? []), ...AWS_ORGANIZATION_POLICIES]
  if (names.includes(ref) || /^p-[0-9a-z_]{8,128}$/.test(ref) || lenient) return ref
  tl.ctx.report(
    'scenario.reference.unknownOrganizationPolicy',
    path,
    `unknown organization policy ${code(ref)}`,
    suggestion(closestNames(ref, names), names, 'organization policies'),
  )
  return undefined
}

function organizationTarget(
  tl: Timeline,
  ref: string,
  path: JsonPath,
  accounts: boolean,
  lenient: boolean,
): OrganizationTarget | undefined {
  if (tl.organization === undefined)
    return lenient ? (ref === 'root' ? { kind: 'root' } : { kind: 'unit', name: ref }) : undefined
  if (
    lenient &&
    ref !== 'root' &&
    !tl.organization.names.units.has(ref) &&
    !tl.organization.names.members.has(ref)
  )
    return { kind: 'unit', name: ref }
  return resolveOrgTarget(tl.ctx, tl.organization.names, ref, path, { accounts })
}

/** Reads one change; `undefined` after an issue. */
export function readChange(
  tl: Timeline,
  raw: ChangeInput,
  site: ChangeSite,
): ChangeOperation | undefined {
  const operation = Object.keys(raw)[0] as ChangeOperationName | undefined
  if (operation === undefined) return undefined
  const params =
    (raw as Readonly<Record<string, Readonly<Record<string, unknown>>>>)[operation] ?? {}
  const path = [...site.path, operation]
  if (ORG_OPERATIONS.has(operation) && tl.organization === undefined && !site.lenient) {
    tl.ctx.report(
      'scenario.world.organization',
      path,
      'the scenario declares no `organization`',
      'declare one with its `management` account',
      'key',
    )
    return undefined
  }
  const iam =
    operation !== 'putResourcePolicy' &&
    operation !== 'deleteResourcePolicy' &&
    operation !== 'tagResource' &&
    operation !== 'untagResource' &&
    !ORG_OPERATIONS.has(operation)
  const accountId = iam ? operationAccount(tl, params, site, path) : undefined
  if (iam && accountId === undefined) return undefined
  const input: Record<string, unknown> = iam ? { accountId } : {}
  let failed = false
  const need = <T>(value: T | undefined): T | undefined => {
    if (value === undefined) failed = true
    return value
  }
  const created = CREATES[operation]
  for (const [key, value] of Object.entries(params)) {
    const at = [...path, key]
    if (key === 'account') continue
    const kind = NAME_PARAMS[key]
    if (kind !== undefined && typeof value === 'string' && accountId !== undefined) {
      input[key] = need(
        entityName(tl, kind, value, accountId, at, !site.lenient && created !== kind),
      )
    } else if (
      (key === 'policyArn' || key === 'permissionsBoundary') &&
      typeof value === 'string'
    ) {
      input[key] = need(
        resolveManagedPolicy(tl.ctx, tl.registry, value, at, { accountId, allowUndeclared: true })
          ?.arn,
      )
    } else if (
      DOCUMENT_PARAMS.has(key) &&
      (typeof value === 'string' || (typeof value === 'object' && value !== null))
    ) {
      input[key] = need(
        readPolicyDocument(
          tl.ctx,
          value,
          at,
          documentKind(operation, params),
          INLINE_HOLDER[operation],
        ),
      )
    } else if (key === 'tags') {
      input[key] = readTags(value as Readonly<Record<string, string>>)
    } else if (key === 'maxSessionDuration') {
      input[key] = need(readDuration(tl.ctx, value as string | number, at))
    } else if (key === 'arn' && typeof value === 'string') {
      input[key] = need(resolveTarget(tl, value, at))
    } else if (
      key === 'role' &&
      operation === 'createResource' &&
      typeof value === 'string' &&
      accountId !== undefined
    ) {
      input[key] = need(
        params['type'] === 'ec2:instance'
          ? instanceProfileArn(tl, value, accountId, at, site.lenient)
          : resolveRole(tl.ctx, tl.registry, value, at, accountId, { lenient: site.lenient })?.arn,
      )
    } else if (key === 'policyId' && typeof value === 'string') {
      input[key] = need(organizationPolicy(tl, value, at, site.lenient))
    } else if (
      (key === 'targetId' || key === 'parentId' || key === 'destinationParentId') &&
      typeof value === 'string'
    ) {
      input[key] = need(organizationTarget(tl, value, at, key === 'targetId', site.lenient))
    } else if (key === 'accountId' && typeof value === 'string') {
      input[key] = need(resolveAccount(tl.ctx, value, at)?.id)
    } else input[key] = value
  }
  if (failed) return undefined
  if (!site.lenient) applyEffects(tl, operation, input, accountId)
  return { operation, input } as unknown as ChangeOperation
}

function instanceProfileArn(
  tl: Timeline,
  ref: string,
  accountId: string,
  path: JsonPath,
  lenient: boolean,
): string | undefined {
  if (ref.startsWith('arn:')) return ref
  const name = entityName(tl, 'instanceProfile', ref, accountId, path, !lenient)
  if (name === undefined) return undefined
  const found = tl.registry.get('instanceProfile', accountId, name)
  return iamArn(accountId, 'instance-profile', found?.path ?? '/', name)
}

function applyEffects(
  tl: Timeline,
  operation: ChangeOperationName,
  input: Record<string, unknown>,
  accountId: string | undefined,
): void {
  if (accountId === undefined) {
    if (operation === 'createOrganizationalUnit' && typeof input['name'] === 'string') {
      ;(tl.organization?.names.units as Set<string> | undefined)?.add(input['name'])
    }
    if (operation === 'createOrganizationPolicy' && typeof input['name'] === 'string')
      tl.organization?.policies.add(input['name'])
    return
  }
  const created = operation === 'createPolicy' ? 'policy' : CREATES[operation]
  if (created !== undefined) {
    const name = input[NAME_OF[created]]
    if (typeof name === 'string')
      tl.registry.add(created, {
        name,
        path: typeof input['path'] === 'string' ? input['path'] : '/',
        accountId,
      })
  }
  const deleted = DELETES[operation]
  if (deleted !== undefined) {
    const name = input[NAME_OF[deleted]]
    if (typeof name === 'string') tl.registry.remove(deleted, accountId, name)
  }
  if (operation === 'deletePolicy' && typeof input['policyArn'] === 'string') {
    const parsed = parseIamArn(input['policyArn'], 'policy')
    if (parsed !== undefined) tl.registry.remove('policy', parsed.accountId, parsed.name)
  }
  if (operation === 'createServiceLinkedRole' && typeof input['awsServiceName'] === 'string') {
    const spec = serviceLinkedRoleOf(input['awsServiceName'])
    if (spec !== undefined) {
      const suffix = typeof input['customSuffix'] === 'string' ? `_${input['customSuffix']}` : ''
      tl.registry.add('role', {
        name: `${spec.roleName}${suffix}`,
        path: `/aws-service-role/${input['awsServiceName']}/`,
        accountId,
      })
    }
  }
}
