/**
 * Tagging a resource (`TagResource` and its per-service kin), as an administrator's change: a
 * tag whose key is already there (in any case) replaces it; at most 50 tags; keys of 1–128
 * characters, values of 0–256, no `aws:` prefix (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html).
 * Services differ on whether keys compare regardless of case; Hatrack compares them as IAM does.
 */
import { checkTagKeys, checkTags, mergeTags, removeTags } from '../iam/tags.ts'
import { findResource } from '../world/find-resource.ts'
import type { Arn, Resource, Tag, World } from '../world/types.ts'
import { resourceError, resourceErrors, resourceFail } from './errors.ts'
import { replace } from './put-resource-policy.ts'
import type { ResourceOutcome } from './types.ts'

/** At most this many tags on one resource. */
export const MAX_RESOURCE_TAGS = 50

/** Adds or replaces tags on the resource. */
export function tagResource(
  world: World,
  input: { readonly arn: Arn; readonly tags: readonly Tag[] },
): ResourceOutcome<Resource> {
  const problem = checkTags(input.tags)
  if (problem) return resourceFail(problem)
  const resource = findResource(world, input.arn)
  if (!resource) return resourceFail(resourceErrors.notFound(input.arn))
  const tags = mergeTags(resource.tags, input.tags)
  if (tags.length > MAX_RESOURCE_TAGS) {
    return resourceFail(
      resourceError('TooManyTagsException', `A resource holds at most ${MAX_RESOURCE_TAGS} tags.`),
    )
  }
  return replace(world, { ...resource, tags })
}

/** Removes tags from the resource. */
export function untagResource(
  world: World,
  input: { readonly arn: Arn; readonly tagKeys: readonly string[] },
): ResourceOutcome<Resource> {
  const problem = checkTagKeys(input.tagKeys)
  if (problem) return resourceFail(problem)
  const resource = findResource(world, input.arn)
  if (!resource) return resourceFail(resourceErrors.notFound(input.arn))
  return replace(world, { ...resource, tags: removeTags(resource.tags, input.tagKeys) })
}
