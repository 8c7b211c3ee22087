/**
 * Tags on users and roles (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html,
 * iam-facts §12, §15): at most 50; keys of 1–128 and values of 0–256 characters of
 * `[\p{L}\p{Z}\p{N}_.:/=+\-@]`; keys compare regardless of case (case is kept) and may not
 * begin with `aws:`.
 */
import type { ContextRecord } from '@hatrack/policy'
import type { AwsError } from '../operations/types.ts'
import type { Tag } from '../world/types.ts'
import { iamErrors } from './errors.ts'
import { constraintError } from './validation.ts'

const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const KEY_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+'
const VALUE_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*'

/** At most 50 tags in one request. */
export const MAX_TAGS_PER_REQUEST = 50

/** What is wrong with the tags of a request, or `undefined`. */
export function checkTags(tags: readonly Tag[]): AwsError | undefined {
  if (tags.length > MAX_TAGS_PER_REQUEST) {
    return constraintError(`[${tags.length} tags]`, 'tags', 'have length less than or equal to 50')
  }
  const seen = new Set<string>()
  for (const [index, tag] of tags.entries()) {
    const problem = checkTagKey(tag.key, `tags.${index + 1}.member.key`)
    if (problem) return problem
    if (tag.value.length > 256) {
      return constraintError(
        tag.value,
        `tags.${index + 1}.member.value`,
        'have length less than or equal to 256',
      )
    }
    if (!TAG_VALUE.test(tag.value)) {
      return constraintError(
        tag.value,
        `tags.${index + 1}.member.value`,
        `satisfy regular expression pattern: ${VALUE_PATTERN}`,
      )
    }
    const folded = tag.key.toLowerCase()
    if (seen.has(folded)) return iamErrors.duplicateTagKeys()
    seen.add(folded)
  }
  return undefined
}

/** What is wrong with the tag keys of an untag request, or `undefined`. */
export function checkTagKeys(keys: readonly string[]): AwsError | undefined {
  if (keys.length > MAX_TAGS_PER_REQUEST) {
    return constraintError(
      `[${keys.length} keys]`,
      'tagKeys',
      'have length less than or equal to 50',
    )
  }
  for (const [index, key] of keys.entries()) {
    const problem = checkTagKey(key, `tagKeys.${index + 1}.member`)
    if (problem) return problem
  }
  return undefined
}

function checkTagKey(key: string, field: string): AwsError | undefined {
  if (key.length < 1) return constraintError(key, field, 'have length greater than or equal to 1')
  if (key.length > 128) return constraintError(key, field, 'have length less than or equal to 128')
  if (!TAG_KEY.test(key))
    return constraintError(key, field, `satisfy regular expression pattern: ${KEY_PATTERN}`)
  if (key.toLowerCase().startsWith('aws:')) return iamErrors.reservedTagKey(key)
  return undefined
}

/** `existing` with `incoming` applied: a key already there (in any case) takes the new key and value. */
export function mergeTags(existing: readonly Tag[], incoming: readonly Tag[]): Tag[] {
  const merged = [...existing]
  for (const tag of incoming) {
    const at = merged.findIndex((old) => old.key.toLowerCase() === tag.key.toLowerCase())
    if (at >= 0) merged[at] = { key: tag.key, value: tag.value }
    else merged.push({ key: tag.key, value: tag.value })
  }
  return merged
}

/** `existing` without the tags whose keys are in `keys` (regardless of case). */
export function removeTags(existing: readonly Tag[], keys: readonly string[]): Tag[] {
  const folded = new Set(keys.map((key) => key.toLowerCase()))
  return existing.filter((tag) => !folded.has(tag.key.toLowerCase()))
}

/** The request-context keys of tags passed in a request: `aws:RequestTag/K` and `aws:TagKeys`. */
export function requestTagContext(tags: readonly Tag[]): Record<string, string | string[]> {
  if (tags.length === 0) return {}
  const context: Record<string, string | string[]> = { 'aws:TagKeys': tags.map((tag) => tag.key) }
  for (const tag of tags) context[`aws:RequestTag/${tag.key}`] = tag.value
  return context
}

/** The context of an untag request: `aws:TagKeys`. */
export function tagKeysContext(keys: readonly string[]): ContextRecord {
  return keys.length === 0 ? {} : { 'aws:TagKeys': [...keys] }
}
