/**
 * `edit`: the document the reader may change, found by the scenario's names. One entity, and
 * where it has several documents, which one; the document must exist, since the reader starts
 * from it. A permissions boundary is edited as the customer managed policy it is.
 */
import type { JsonPath } from '@hatrack/policy'
import type { ChallengeEdit, EditTarget } from '../../../format/challenge.ts'
import type { PolicyDocument } from '../../../format/policy.ts'
import type {
  CustomerPolicyDecl,
  GroupDecl,
  ResourceDecl,
  RoleDecl,
  UserDecl,
} from '../../../format/world.ts'
import type { ChallengeEditInput } from '../../../schema/definitions/challenge.ts'
import { closestNames } from '../../text/closest.ts'
import { code, codeList, suggestion } from '../../text/words.ts'
import type { Context } from '../context.ts'
import { documentText } from './document-text.ts'

/** The declared world an edit may name. */
export interface EditableWorld {
  readonly users: readonly UserDecl[]
  readonly groups: readonly GroupDecl[]
  readonly roles: readonly RoleDecl[]
  readonly policies: readonly CustomerPolicyDecl[]
  readonly resources: readonly ResourceDecl[]
}

const PATH: JsonPath = ['challenge', 'edit']
const OWNERS = ['role', 'user', 'group', 'policy', 'resource'] as const
type Owner = (typeof OWNERS)[number]

const UNKNOWN = {
  role: 'scenario.reference.unknownRole',
  user: 'scenario.reference.unknownUser',
  group: 'scenario.reference.unknownGroup',
  policy: 'scenario.reference.unknownPolicy',
  resource: 'scenario.reference.unknownResource',
} as const

function found<T extends { readonly key: string }>(
  ctx: Context,
  owner: Owner,
  key: string,
  list: readonly T[],
): T | undefined {
  const entry = list.find((candidate) => candidate.key === key)
  if (entry !== undefined) return entry
  const keys = list.map((candidate) => candidate.key)
  ctx.report(
    UNKNOWN[owner],
    [...PATH, owner],
    `unknown ${owner} ${code(key)}`,
    suggestion(closestNames(key, keys), keys, `${owner}s`),
  )
  return undefined
}

function edit(
  target: EditTarget,
  document: PolicyDocument,
  label: string,
  inline?: 'user' | 'group' | 'role',
): ChallengeEdit {
  return {
    target,
    policyKind: document.kind,
    ...(inline === undefined ? {} : { inline }),
    label,
    path: document.path,
    start: documentText(document.input),
  }
}

function inlineEdit(
  ctx: Context,
  holder: 'user' | 'group' | 'role',
  entity: UserDecl | GroupDecl | RoleDecl,
  name: string,
): ChallengeEdit | undefined {
  const policy = entity.inline.find((candidate) => candidate.name === name)
  if (policy === undefined) {
    const names = entity.inline.map((candidate) => candidate.name)
    ctx.report(
      'scenario.challenge.noDocument',
      [...PATH, 'inline'],
      `${holder} ${code(entity.key)} has no inline policy ${code(name)}`,
      names.length === 0
        ? `declare it under \`inline\` of the ${holder}: the reader starts from it`
        : suggestion(closestNames(name, names), names, 'inline policies'),
    )
    return undefined
  }
  return edit(
    { kind: 'inline', holder, key: entity.key, name },
    policy.document,
    `the inline policy ${code(name)} of ${holder} ${code(entity.key)}`,
    holder,
  )
}

function boundaryEdit(
  ctx: Context,
  world: EditableWorld,
  holder: 'user' | 'role',
  entity: UserDecl | RoleDecl,
): ChallengeEdit | undefined {
  const boundary = entity.boundary
  if (boundary === undefined || boundary.source !== 'customer') {
    ctx.report(
      'scenario.challenge.noDocument',
      [...PATH, 'document'],
      boundary === undefined
        ? `${holder} ${code(entity.key)} has no permissions boundary`
        : `the permissions boundary of ${holder} ${code(entity.key)} is ${code(boundary.arn)}, which the reader cannot edit`,
      'give it a customer managed policy of `policies` as its `boundary`',
    )
    return undefined
  }
  const policy = world.policies.find((candidate) => candidate.key === boundary.key)
  if (policy === undefined) return undefined
  return edit(
    { kind: 'managed', policy: policy.key },
    policy.document,
    `the permissions boundary of ${holder} ${code(entity.key)} (policy ${code(policy.key)})`,
  )
}

function misuse(ctx: Context, key: 'document' | 'inline', message: string, hint: string): void {
  ctx.report('scenario.challenge.edit', [...PATH, key], message, hint, 'key')
}

/** Reads `edit`; `undefined` after an issue. */
export function readEdit(
  ctx: Context,
  raw: ChallengeEditInput,
  world: EditableWorld,
): ChallengeEdit | undefined {
  const named = OWNERS.filter((owner) => raw[owner] !== undefined)
  const [owner] = named
  if (owner === undefined || named.length > 1) {
    ctx.report(
      'scenario.challenge.edit',
      PATH,
      owner === undefined
        ? '`edit` names no document'
        : `\`edit\` names ${codeList(named)}: the reader edits one document`,
      'name one: `{ role: AppRole, document: trust }`, `{ user: bob, inline: NAME }`, `{ policy: NAME }`, `{ resource: NAME }`',
    )
    return undefined
  }
  const key = raw[owner] ?? ''
  const { document, inline } = raw
  if (owner === 'policy' || owner === 'resource') {
    if (inline !== undefined || (document !== undefined && document !== 'policy')) {
      misuse(
        ctx,
        inline === undefined ? 'document' : 'inline',
        `a ${owner} has one document to edit, its policy`,
        `write \`{ ${owner}: ${key} }\``,
      )
      return undefined
    }
    if (owner === 'policy') {
      const policy = found(ctx, owner, key, world.policies)
      return policy === undefined
        ? undefined
        : edit({ kind: 'managed', policy: key }, policy.document, `the managed policy ${code(key)}`)
    }
    const resource = found(ctx, owner, key, world.resources)
    if (resource === undefined) return undefined
    if (resource.policy === undefined) {
      ctx.report(
        'scenario.challenge.noDocument',
        [...PATH, 'resource'],
        `resource ${code(key)} has no resource-based policy`,
        'give it a `policy`: the reader starts from it',
      )
      return undefined
    }
    return edit(
      { kind: 'resource', resource: key },
      resource.policy,
      `the policy of resource ${code(key)}`,
    )
  }
  const entity =
    owner === 'role'
      ? found(ctx, owner, key, world.roles)
      : owner === 'user'
        ? found(ctx, owner, key, world.users)
        : found(ctx, owner, key, world.groups)
  if (entity === undefined) return undefined
  if ((document === undefined) === (inline === undefined)) {
    misuse(
      ctx,
      document === undefined ? 'inline' : 'document',
      document === undefined
        ? `\`edit\` does not say which document of ${owner} ${code(key)}`
        : '`edit` names both a document and an inline policy',
      owner === 'group'
        ? 'add `inline: NAME`'
        : owner === 'role'
          ? 'add `document: trust`, `document: boundary` or `inline: NAME`'
          : 'add `document: boundary` or `inline: NAME`',
    )
    return undefined
  }
  if (inline !== undefined) return inlineEdit(ctx, owner, entity, inline)
  if (document === 'trust' && owner === 'role') {
    const role = entity as RoleDecl
    return edit({ kind: 'trust', role: key }, role.trust, `the trust policy of role ${code(key)}`)
  }
  if (document === 'boundary' && owner !== 'group')
    return boundaryEdit(ctx, world, owner, entity as UserDecl | RoleDecl)
  misuse(
    ctx,
    'document',
    `a ${owner} has no ${code(document ?? '')} document`,
    owner === 'role' ? 'use `trust` or `boundary`' : 'use `boundary`, or `inline: NAME`',
  )
  return undefined
}
