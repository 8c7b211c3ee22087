/**
 * Input validation as IAM does it before anything else (the `ValidationError` of the Query
 * API): lengths, patterns and ranges from the IAM API model ([IAM-API], iam-facts §1, §15),
 * with the messages AWS gives (iam-facts §10, "Validation").
 */
import type { AwsError } from '../operations/types.ts'
import { awsError } from './errors.ts'

/** `1 validation error detected: Value 'X' at 'field' failed to satisfy constraint: Member must …` */
export function constraintError(value: string, field: string, constraint: string): AwsError {
  return awsError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must ${constraint}`,
  )
}

/** Length between `min` and `max` characters. */
export function checkLength(
  value: string,
  field: string,
  min: number,
  max: number,
): AwsError | undefined {
  if (value.length < min) {
    return constraintError(value, field, `have length greater than or equal to ${min}`)
  }
  if (value.length > max) {
    return constraintError(value, field, `have length less than or equal to ${max}`)
  }
  return undefined
}

/** Integer between `min` and `max`. */
export function checkRange(
  value: number,
  field: string,
  min: number,
  max: number,
): AwsError | undefined {
  if (!Number.isInteger(value)) return constraintError(String(value), field, 'be an integer')
  if (value < min)
    return constraintError(String(value), field, `have value greater than or equal to ${min}`)
  if (value > max)
    return constraintError(String(value), field, `have value less than or equal to ${max}`)
  return undefined
}

/** IAM's name pattern, `[\w+=,.@-]+` ([IAM-API] roleNameType, userNameType, groupNameType, policyNameType). */
const NAME = /^[\w+=,.@-]+$/

/**
 * A user, group, role, policy or instance profile name: 1 to `max` characters of `[\w+=,.@-]`.
 * The pattern message is IAM's own [GH:aws-samples/one-observability-demo#469, kubecost/docs#36].
 */
export function checkName(value: string, field: string, max: number): AwsError | undefined {
  const length = checkLength(value, field, 1, max)
  if (length) return length
  if (!NAME.test(value)) {
    return awsError(
      'ValidationError',
      `The specified value for ${field} is invalid. It must contain only alphanumeric characters and/or the following: +=,.@_-`,
    )
  }
  return undefined
}

/** IAM's path pattern: `/` or `/…/` of printable ASCII, 1–512 characters ([IAM-API] pathType). */
const PATH = /^(\/|\/[\u0021-\u007E]+\/)$/

/** A path; the message is IAM's [GH:aws-cloudformation/cfn-lint#722]. */
export function checkPath(value: string, field = 'path'): AwsError | undefined {
  const length = checkLength(value, field, 1, 512)
  if (length) return length
  if (!PATH.test(value)) {
    return awsError(
      'ValidationError',
      `The specified value for ${field} is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`,
    )
  }
  return undefined
}

/** Role and policy descriptions: at most 1,000 characters of `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]` ([IAM-API] roleDescriptionType). */
const DESCRIPTION_CHARS = '\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF'
const DESCRIPTION = new RegExp(`^[${DESCRIPTION_CHARS}]*$`)

/** A description. */
export function checkDescription(value: string, field = 'description'): AwsError | undefined {
  const length = checkLength(value, field, 0, 1000)
  if (length) return length
  if (!DESCRIPTION.test(value)) {
    return constraintError(
      value,
      field,
      'satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*',
    )
  }
  return undefined
}

/** The first error of a list of checks, each run only if the ones before it passed. */
export function firstProblem(
  ...checks: readonly (() => AwsError | undefined)[]
): AwsError | undefined {
  for (const check of checks) {
    const problem = check()
    if (problem) return problem
  }
  return undefined
}
