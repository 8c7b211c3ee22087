/**
 * The keys an `AssumeRole*` call adds to its own request context (iam-facts §6,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-sts):
 * `sts:RoleSessionName`, `sts:ExternalId`, `sts:SourceIdentity` (set now or carried along a
 * chain, where "both the aws:SourceIdentity and sts:SourceIdentity keys are present"),
 * `aws:RequestTag/*`, `aws:TagKeys` and `sts:TransitiveTagKeys`.
 *
 * Our reading for chains: the transitive tags a chained call inherits are tags set on the new
 * session, so they appear among the request tags and in `aws:TagKeys` and
 * `sts:TransitiveTagKeys`. AWS requires `sts:TagSession` in the next role's trust policy even
 * for a chained call that passes no tag of its own (observed: mahitotsu/gekko_08
 * `experiments/multi-hop-propagation/RESULTS.md`), which this reading reproduces.
 */
import type { ContextValue } from '@hatrack/policy'
import type { SessionTag } from '../world/types.ts'

/** What the call sets on the new session. */
export interface AssumeRoleKeys {
  readonly roleSessionName: string
  readonly externalId?: string
  readonly sourceIdentity?: string
  /** The new session's tags, inherited transitive tags included. */
  readonly tags: readonly SessionTag[]
}

/** The call's own context keys. */
export function assumeRoleKeys(keys: AssumeRoleKeys): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = { 'sts:RoleSessionName': keys.roleSessionName }
  if (keys.externalId !== undefined) context['sts:ExternalId'] = keys.externalId
  if (keys.sourceIdentity !== undefined) context['sts:SourceIdentity'] = keys.sourceIdentity
  if (keys.tags.length > 0) {
    for (const tag of keys.tags) context[`aws:RequestTag/${tag.key}`] = tag.value
    context['aws:TagKeys'] = keys.tags.map((tag) => tag.key)
    const transitive = keys.tags.filter((tag) => tag.transitive).map((tag) => tag.key)
    if (transitive.length > 0) context['sts:TransitiveTagKeys'] = transitive
  }
  return context
}
