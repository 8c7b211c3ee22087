/**
 * The element rules of a policy kind (`rules.ts`) applied to one statement: which of
 * `Principal`, `NotPrincipal`, `Resource`, `NotResource` and `NotAction` it may or must hold,
 * in AWS's words where AWS has them:
 * - "Policy document should not specify a principal." (identity-based policies; iam-facts §2)
 * - "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in
 *   policy has a statement with no principals!" (a trust policy without `Principal`, as IAM
 *   answers CreateRole: github.com/terraform-aws-modules/terraform-aws-iam/issues/47)
 * - "Missing required field Principal" (S3's answer for a bucket policy)
 * - "Has prohibited field Resource" (a trust policy with `Resource`; by analogy for `NotResource`)
 * - "Policy statement must contain resources." / "… actions." (iam-facts §3)
 */
import type { Effect, JsonPath } from '../../ast.ts'
import type { JsonEntry, JsonNode } from '../../json/node.ts'
import { at, atKey, type ParseContext } from '../context.ts'

/** Applies the element rules of the policy kind (`kinds/rules.ts`). */
export function checkKindElements(
  entries: ReadonlyMap<string, JsonEntry>,
  statement: JsonNode,
  path: JsonPath,
  effect: Effect | undefined,
  ctx: ParseContext,
): void {
  const { rules } = ctx
  for (const element of ['Principal', 'NotPrincipal']) {
    const entry = entries.get(element)
    if (entry === undefined) continue
    const where = atKey([...path, element], entry)
    if (rules.principal === 'forbidden') {
      if (ctx.kind === 'scp') {
        ctx.report(
          'policy.principal.notAllowed',
          where,
          `an SCP cannot name principals: \`${element}\` is not supported`,
          'remove it: an SCP applies to every user and role of the accounts it is attached to; exempt principals with a condition on `aws:PrincipalArn`',
        )
      } else {
        ctx.report(
          'policy.principal.notAllowed',
          where,
          'Policy document should not specify a principal.',
          `remove \`${element}\`: ${rules.name} applies to the identity it is attached to; to let someone else in, write a resource-based policy or a role trust policy`,
        )
      }
    } else if (element === 'NotPrincipal' && rules.notPrincipal === 'forbidden') {
      ctx.report(
        'policy.notPrincipal.notAllowed',
        where,
        `\`NotPrincipal\` is not allowed in ${rules.name}`,
        'name the principals in `Principal`, or deny with `"Principal": "*"` and an `ArnNotEquals` condition on `aws:PrincipalArn`',
      )
    } else if (element === 'NotPrincipal' && effect === 'Allow') {
      ctx.report(
        'policy.notPrincipal.allow',
        where,
        '`NotPrincipal` must be used with `"Effect": "Deny"`: AWS does not support it with `Allow`',
        'name the principals you mean to allow in `Principal` instead',
      )
    }
  }
  if (rules.principal === 'required' && !entries.has('Principal') && !entries.has('NotPrincipal')) {
    const message =
      ctx.kind === 'trust'
        ? 'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!'
        : ctx.kind === 'resource'
          ? 'Missing required field Principal'
          : `the statement of ${rules.name} has no \`Principal\``
    ctx.report(
      'policy.principal.missing',
      at(path, statement),
      message,
      ctx.kind === 'rcp'
        ? 'add `"Principal": "*"`'
        : 'add a `Principal`, such as `{"AWS": "arn:aws:iam::123456789012:root"}` or `{"Service": "ec2.amazonaws.com"}`',
    )
  }
  for (const element of ['Resource', 'NotResource']) {
    const entry = entries.get(element)
    if (entry !== undefined && rules.resource === 'forbidden') {
      ctx.report(
        'policy.resource.notAllowed',
        atKey([...path, element], entry),
        `Has prohibited field ${element}`,
        `remove \`${element}\`: the role is the only resource of its trust policy; permissions on resources go in a policy attached to the role`,
      )
    }
  }
  if (rules.resource === 'required' && !entries.has('Resource') && !entries.has('NotResource')) {
    ctx.report(
      'policy.resource.missing',
      at(path, statement),
      'Policy statement must contain resources.',
      'add a `Resource`, such as `"Resource": "*"` or an ARN',
    )
  }
  if (!entries.has('Action') && !entries.has('NotAction')) {
    ctx.report(
      'policy.action.missing',
      at(path, statement),
      'Policy statement must contain actions.',
      'add an `Action`, such as `"Action": "s3:GetObject"`',
    )
  }
  const notAction = entries.get('NotAction')
  if (notAction !== undefined && rules.notAction === 'forbidden') {
    ctx.report(
      'policy.element.notSupported',
      atKey([...path, 'NotAction'], notAction),
      `\`NotAction\` is not supported in ${rules.name}`,
      'list the actions in `Action`',
    )
  }
}
