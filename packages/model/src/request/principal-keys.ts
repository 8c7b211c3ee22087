/**
 * The request-context keys an IAM principal's credentials carry (iam-facts §2 table, §6):
 * `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`,
 * `aws:PrincipalTag/*`, `aws:PrincipalType`, `aws:userid`, `aws:username` (IAM users only),
 * `aws:PrincipalIsAWSService` (present on every signed request, `false` unless a service
 * principal calls).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principal-properties
 */
import type { ContextValue } from '@hatrack/policy'
import type { AccountId, Tag, World } from '../world/types.ts'
import { organizationPlacement } from './organization-levels.ts'

/** What AWS knows of the principal behind a set of credentials. */
export interface PrincipalFactsForContext {
  /** `aws:PrincipalArn`: the role's ARN for a role session, never the session's. */
  readonly principalArn: string
  readonly accountId: AccountId
  /** `Account`, `User`, `AssumedRole`, `FederatedUser`. */
  readonly type: string
  readonly userId: string
  /** IAM users only. */
  readonly userName?: string
  /** Principal tags, later entries overriding earlier ones whose key differs only in case. */
  readonly tags: readonly Tag[]
}

/** The keys, as a record (the engine folds key names to lower case). */
export function principalKeys(
  world: World,
  facts: PrincipalFactsForContext,
): Record<string, ContextValue> {
  const keys: Record<string, ContextValue> = {
    'aws:PrincipalArn': facts.principalArn,
    'aws:PrincipalAccount': facts.accountId,
    'aws:PrincipalType': facts.type,
    'aws:userid': facts.userId,
    'aws:PrincipalIsAWSService': 'false',
  }
  if (facts.userName !== undefined) keys['aws:username'] = facts.userName
  const placement = organizationPlacement(world, facts.accountId)
  if (placement !== undefined) {
    keys['aws:PrincipalOrgID'] = placement.organizationId
    keys['aws:PrincipalOrgPaths'] = [placement.orgPath]
  }
  for (const tag of mergeTags(facts.tags)) keys[`aws:PrincipalTag/${tag.key}`] = tag.value
  return keys
}

/**
 * Tags merged by key regardless of case, a later tag replacing an earlier one but keeping the
 * later tag's spelling ("New session tags override existing assumed role or federated user
 * tags with the same tag key, regardless of case", iam-facts §12).
 */
export function mergeTags(tags: readonly Tag[]): Tag[] {
  const byKey = new Map<string, Tag>()
  for (const tag of tags) {
    const key = tag.key.toLowerCase()
    byKey.delete(key)
    byKey.set(key, tag)
  }
  return [...byKey.values()]
}
