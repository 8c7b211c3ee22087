/**
 * `TagRole`, `TagUser`, `UntagRole`, `UntagUser`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html): a tag whose key is
 * already there (in any case) replaces it; at most 50 tags in all (`LimitExceeded`, iam-facts
 * §15; the message follows IAM's quota messages, its exact words unconfirmed); keys checked as
 * `tags.ts` says. Removing a key that is not there changes nothing. Authorized as
 * `iam:TagRole` (…) on the entity's ARN with `aws:RequestTag/*` and `aws:TagKeys`; the untag
 * actions with `aws:TagKeys`.
 */
import type { AccountId, Role, Tag, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import {
  checkTagKeys,
  checkTags,
  mergeTags,
  removeTags,
  requestTagContext,
  tagKeysContext,
} from './tags.ts'
import { checkName, firstProblem } from './validation.ts'

type Taggable = 'user' | 'role'

const traits = {
  user: { tag: 'iam:TagUser', untag: 'iam:UntagUser', field: 'userName', quota: 'TagsPerUser' },
  role: { tag: 'iam:TagRole', untag: 'iam:UntagRole', field: 'roleName', quota: 'TagsPerRole' },
} as const

/** Adds or replaces tags on a role. */
export function tagRole(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly roleName: string
    readonly tags: readonly Tag[]
  },
): Outcome<Role> {
  return changeTags(world, caller, 'role', input.accountId, input.roleName, {
    tags: input.tags,
  }) as Outcome<Role>
}

/** Adds or replaces tags on a user. */
export function tagUser(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly userName: string
    readonly tags: readonly Tag[]
  },
): Outcome<User> {
  return changeTags(world, caller, 'user', input.accountId, input.userName, {
    tags: input.tags,
  }) as Outcome<User>
}

/** Removes tags from a role. */
export function untagRole(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly roleName: string
    readonly tagKeys: readonly string[]
  },
): Outcome<Role> {
  return changeTags(world, caller, 'role', input.accountId, input.roleName, {
    keys: input.tagKeys,
  }) as Outcome<Role>
}

/** Removes tags from a user. */
export function untagUser(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly userName: string
    readonly tagKeys: readonly string[]
  },
): Outcome<User> {
  return changeTags(world, caller, 'user', input.accountId, input.userName, {
    keys: input.tagKeys,
  }) as Outcome<User>
}

function changeTags(
  world: World,
  caller: Caller,
  kind: Taggable,
  accountId: AccountId,
  name: string,
  change: { readonly tags: readonly Tag[] } | { readonly keys: readonly string[] },
): Outcome<User | Role> {
  const trait = traits[kind]
  const adding = 'tags' in change
  const invalid = firstProblem(
    () => checkName(name, trait.field, 64),
    () => (adding ? checkTags(change.tags) : checkTagKeys(change.keys)),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(accountId)) return fail(iamErrors.unknownAccount(accountId))
  const auth = authorizeOperation(world, caller, {
    action: adding ? trait.tag : trait.untag,
    resource: targetArn(world, kind, accountId, name),
    context: adding ? requestTagContext(change.tags) : tagKeysContext(change.keys),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const entity = getEntity(world, kind, accountId, name)
  if (!entity) return fail(iamErrors.noSuchEntity(kind, name), auth.decisions)
  const tags = adding ? mergeTags(entity.tags, change.tags) : removeTags(entity.tags, change.keys)
  const limit = iamQuotas[trait.quota]
  if (tags.length > limit) return fail(iamErrors.quota(trait.quota, limit), auth.decisions)
  const updated = { ...entity, tags }
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
