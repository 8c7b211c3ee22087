/**
 * Session tags and transitive tag keys (iam-facts §12): their shapes, and the rules AWS checks
 * beyond the shapes, with the `InvalidParameterValue` messages AWS returns. The messages are
 * the ones observed against AWS by LocalStack's parity tests (localstack/localstack
 * `services/sts/provider.py`) and, for the conflict with an inherited transitive key, in a
 * recorded experiment (mahitotsu/gekko_08 `experiments/multi-hop-propagation/RESULTS.md`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining
 */
import type { AwsError } from '../../operations/types.ts'
import type { SessionTag, Tag } from '../../world/types.ts'
import { tagKeyType, tagListType, tagValueType } from './shapes.ts'
import { memberViolations } from './violations.ts'

/** The validation sentences for `Tags` and `TransitiveTagKeys`. */
export function tagViolations(
  tags: readonly Tag[] | undefined,
  transitiveTagKeys: readonly string[] | undefined,
): string[] {
  const found: string[] = []
  if (tags !== undefined) {
    found.push(
      ...memberViolations({
        member: 'tags',
        value: tags.map((tag) => `${tag.key}=${tag.value}`),
        shape: tagListType,
      }),
    )
    tags.forEach((tag, index) => {
      found.push(
        ...memberViolations({
          member: `tags.${index + 1}.member.key`,
          value: tag.key,
          shape: tagKeyType,
        }),
      )
      found.push(
        ...memberViolations({
          member: `tags.${index + 1}.member.value`,
          value: tag.value,
          shape: tagValueType,
        }),
      )
    })
  }
  if (transitiveTagKeys !== undefined) {
    found.push(
      ...memberViolations({
        member: 'transitiveTagKeys',
        value: transitiveTagKeys,
        shape: tagListType,
      }),
    )
    transitiveTagKeys.forEach((key, index) => {
      found.push(
        ...memberViolations({
          member: `transitiveTagKeys.${index + 1}.member`,
          value: key,
          shape: tagKeyType,
        }),
      )
    })
  }
  return found
}

function invalidParameterValue(message: string): AwsError {
  return { code: 'InvalidParameterValue', message, httpStatus: 400 }
}

/**
 * The first rule the tags break, or `undefined`:
 * - two tags whose keys differ only in case;
 * - a tag key starting with `aws:`, which AWS reserves (iam-facts §12; the exact STS message is
 *   unconfirmed, ours says what the rule is);
 * - a transitive key that names no tag of the request;
 * - a tag whose key is a transitive key inherited from the calling session.
 */
export function tagRuleError(
  tags: readonly Tag[],
  transitiveTagKeys: readonly string[],
  inherited: readonly SessionTag[],
): AwsError | undefined {
  const keys = new Set<string>()
  for (const tag of tags) {
    const key = tag.key.toLowerCase()
    if (keys.has(key)) {
      return invalidParameterValue(
        'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
      )
    }
    keys.add(key)
  }
  if (tags.some((tag) => tag.key.toLowerCase().startsWith('aws:'))) {
    return invalidParameterValue(
      "Tag keys can't begin with aws: because this prefix is reserved for AWS use.",
    )
  }
  if (transitiveTagKeys.some((key) => !keys.has(key.toLowerCase()))) {
    return invalidParameterValue(
      'The specified transitive tag key must be included in the requested tags.',
    )
  }
  const inheritedKeys = new Set(
    inherited.filter((tag) => tag.transitive).map((tag) => tag.key.toLowerCase()),
  )
  if (tags.some((tag) => inheritedKeys.has(tag.key.toLowerCase()))) {
    return invalidParameterValue(
      "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
    )
  }
  return undefined
}

/**
 * The session tags of a new session: the transitive tags inherited from the calling session
 * (still transitive), then the tags passed now, transitive when their key is listed.
 */
export function sessionTagsOf(
  tags: readonly Tag[],
  transitiveTagKeys: readonly string[],
  inherited: readonly SessionTag[],
): SessionTag[] {
  const transitive = new Set(transitiveTagKeys.map((key) => key.toLowerCase()))
  return [
    ...inherited.filter((tag) => tag.transitive),
    ...tags.map((tag) => ({
      key: tag.key,
      value: tag.value,
      transitive: transitive.has(tag.key.toLowerCase()),
    })),
  ]
}
