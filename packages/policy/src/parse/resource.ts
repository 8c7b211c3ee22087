/**
 * Normalizing `Resource` and `NotResource` into a {@link ResourceElement}, and checking each
 * resource's form: `*`, or an ARN `arn:partition:service:region:account:resource` (iam-facts §1, §3).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 *
 * AWS's own words, where it has them (reported from real `MalformedPolicyDocument` answers):
 * - not an ARN: `Resource my-bucket must be in ARN format or "*".`
 * - a wildcard or nothing in the service part ("You can't use a wildcard in the service segment
 *   that identifies the AWS product"): "Resource vendor must be fully qualified and cannot
 *   contain regexes."
 * - an IAM ARN with a region: "IAM resource arn:aws:iam:us-east-1:… cannot contain region information."
 * - "Policy statement must contain resources." for an empty element.
 * An ARN of fewer than six parts, and a partition that is not `aws…`, are refused in our words.
 */
import type { JsonPath, ResourceElement } from '../ast.ts'
import type { IssueLocation } from '../issues/issue.ts'
import type { JsonEntry } from '../json/node.ts'
import { splitArn } from '../match/arn.ts'
import { at, atKey, quote, type ParseContext } from './context.ts'
import { readStringList } from './string-list.ts'
import { checkVariableSyntax, looksLikeVariable, variablesActive } from './variables.ts'

const PARTITION = /^aws(?:-[a-z0-9]+)*$/

/** What is wrong with `resource`, and what would fix it; `undefined` when it is well formed. */
export function resourceProblem(resource: string): { message: string; hint: string } | undefined {
  if (resource === '*') return undefined
  const parts = splitArn(resource)
  if (parts.length === 1 || parts[0] !== 'arn') {
    return {
      message: `Resource ${resource} must be in ARN format or "*".`,
      hint: 'write an ARN such as `arn:aws:s3:::my-bucket/*`, or `*` for every resource',
    }
  }
  if (parts.length < 6) {
    return {
      message: `${quote(resource)} has ${parts.length} of the six parts of an ARN`,
      hint: 'an ARN is `arn:partition:service:region:account:resource`; leave a part empty rather than out: `arn:aws:s3:::my-bucket`',
    }
  }
  const [, partition = '', service = '', region = ''] = parts
  if (!PARTITION.test(partition)) {
    return {
      message: `${quote(partition)} is not an AWS partition in ${quote(resource)}`,
      hint: 'write the partition in full: `aws`, or `aws-cn`, `aws-us-gov`',
    }
  }
  if (service === '' || service.includes('*') || service.includes('?')) {
    return {
      message: 'Resource vendor must be fully qualified and cannot contain regexes.',
      hint: `name the service of ${quote(resource)} in full, such as \`s3\`; wildcards are allowed in the other parts`,
    }
  }
  if (service === 'iam' && region !== '') {
    return {
      message: `IAM resource ${resource} cannot contain region information.`,
      hint: 'IAM is global: leave the region empty, `arn:aws:iam::123456789012:role/name`',
    }
  }
  return undefined
}

/** Warns about variables outside the resource part of an ARN (after the fifth colon). */
function checkResourceVariables(ctx: ParseContext, resource: string, where: IssueLocation): void {
  if (!looksLikeVariable(resource) || !variablesActive(ctx, resource, where)) return
  checkVariableSyntax(ctx, resource, where)
  const parts = splitArn(resource)
  if (parts.length === 6 && parts.slice(0, 5).some(looksLikeVariable)) {
    ctx.report(
      'policy.variable.outsideResourcePart',
      where,
      `${quote(resource)} uses a policy variable before the resource part of the ARN`,
      'put variables after the fifth colon, as in `arn:aws:s3:::bucket/${aws:username}/*`',
    )
  }
}

/** `Resource` (or `NotResource`, `negated`) of a statement, or `undefined` when it is refused. */
export function readResource(
  entry: JsonEntry,
  negated: boolean,
  path: JsonPath,
  ctx: ParseContext,
): ResourceElement | undefined {
  const element = negated ? 'NotResource' : 'Resource'
  const items = readStringList(entry.value, path, element, ctx)
  if (items === undefined) return undefined
  if (items.length === 0) {
    ctx.report(
      'policy.resource.missing',
      atKey(path, entry),
      'Policy statement must contain resources.',
      `\`${element}\` is an empty array: name at least one resource, or \`*\``,
    )
    return undefined
  }
  let valid = true
  for (const item of items) {
    const where = at(item.path, item.node)
    const problem = resourceProblem(item.value)
    if (problem !== undefined) {
      ctx.report('policy.resource.invalid', where, problem.message, problem.hint)
      valid = false
    }
    checkResourceVariables(ctx, item.value, where)
  }
  return valid ? { negated, patterns: items.map((i) => i.value), path } : undefined
}
