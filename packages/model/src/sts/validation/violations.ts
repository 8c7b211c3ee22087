/**
 * AWS's validation messages for the Query APIs (iam-facts §10): one sentence per failed
 * constraint, `Value '<value>' at '<member>' failed to satisfy constraint: Member must …`, and a
 * count in front: `1 validation error detected: …`, `2 validation errors detected: …; …`
 * ([GH:JuliaCloud/AWSCore.jl#38], [GH:zalando-incubator/kube-aws-iam-controller#16]).
 *
 * Our reading where AWS shows no example: a value that breaks several constraints of its shape
 * yields one sentence per constraint, length before pattern; members are reported in the order
 * the operation lists them; list members are named as the Query protocol flattens them
 * (`tags.1.member.key`, 1-based); a missing required member reads `Value null at '<member>'
 * failed to satisfy constraint: Member must not be null`.
 */
import type { AwsError } from '../../operations/types.ts'
import type { Shape } from './shapes.ts'

/** A parameter's value, its name as AWS spells it in messages (camelCase), and its shape. */
export interface MemberCheck {
  readonly member: string
  readonly value: string | number | readonly unknown[] | undefined
  readonly shape: Shape
  readonly required?: boolean
}

/** Every constraint sentence the values break, in order. */
export function violations(checks: readonly MemberCheck[]): string[] {
  const sentences: string[] = []
  for (const check of checks) sentences.push(...memberViolations(check))
  return sentences
}

/** The sentences for one member. */
export function memberViolations(check: MemberCheck): string[] {
  const { member, value, shape } = check
  if (value === undefined) {
    return check.required === true
      ? [`Value null at '${member}' failed to satisfy constraint: Member must not be null`]
      : []
  }
  const shown =
    typeof value === 'string' || typeof value === 'number' ? String(value) : listText(value)
  const fail = (rule: string): string =>
    `Value '${shown}' at '${member}' failed to satisfy constraint: Member must ${rule}`
  const found: string[] = []
  if (shape.kind === 'integer') {
    if (typeof value !== 'number') return found
    if (shape.min !== undefined && value < shape.min)
      found.push(fail(`have value greater than or equal to ${shape.min}`))
    if (shape.max !== undefined && value > shape.max)
      found.push(fail(`have value less than or equal to ${shape.max}`))
    return found
  }
  if (shape.kind === 'list') {
    if (Array.isArray(value) && shape.max !== undefined && value.length > shape.max) {
      found.push(fail(`have length less than or equal to ${shape.max}`))
    }
    return found
  }
  if (typeof value !== 'string') return found
  // Lengths count UTF-16 code units, as Java's String.length() does.
  const length = value.length
  if (shape.min !== undefined && length < shape.min)
    found.push(fail(`have length greater than or equal to ${shape.min}`))
  if (shape.max !== undefined && length > shape.max)
    found.push(fail(`have length less than or equal to ${shape.max}`))
  if (shape.pattern !== undefined && !shape.pattern.test.test(value)) {
    found.push(fail(`satisfy regular expression pattern: ${shape.pattern.display}`))
  }
  return found
}

/** `ValidationError` (HTTP 400) for the sentences, or `undefined` when there are none. */
export function validationError(sentences: readonly string[]): AwsError | undefined {
  if (sentences.length === 0) return undefined
  const count = sentences.length
  return {
    code: 'ValidationError',
    message: `${count} validation error${count === 1 ? '' : 's'} detected: ${sentences.join('; ')}`,
    httpStatus: 400,
  }
}

/** A plain `ValidationError` with a message of its own (duration limits, source identity). */
export function validationFailure(message: string): AwsError {
  return { code: 'ValidationError', message, httpStatus: 400 }
}

function listText(values: readonly unknown[]): string {
  return `[${values.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry))).join(', ')}]`
}
