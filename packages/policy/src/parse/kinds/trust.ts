/**
 * The rules only role trust policies have (iam-facts §9, §17).
 *
 * - Actions: "AssumeRole policy may only specify STS AssumeRole actions." is AWS's answer to an
 *   action of another service (reproduced by LocalStack, whose IAM tests are checked against
 *   AWS). The STS actions that mean something in a trust policy are the three AssumeRole calls,
 *   `sts:TagSession`, `sts:SetSourceIdentity` (id_session-tags, id_credentials_temp_control-
 *   access_monitor) and `sts:SetContext` (trusted identity propagation). Other STS actions,
 *   wildcards and `*` are only warned about: whether AWS accepts them is not documented.
 * - `"Principal": "*"` with `Allow` and no condition: AWS accepts it and "strongly recommend[s]
 *   that you limit who can access the role through other means, such as a Condition element"
 *   (reference_policies_elements_principal): a warning.
 * - IAM Roles Anywhere needs `sts:AssumeRole`, `sts:TagSession` and `sts:SetSourceIdentity`
 *   together (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html).
 */
import type { IssueLocation } from '../../issues/issue.ts'
import { matchAction } from '../../match/action.ts'
import { atPath, itemAt, quote, type ParseContext } from '../context.ts'
import type { StatementParts } from './statement-parts.ts'

/** The STS actions a trust policy uses, in lower case. */
export const TRUST_ACTIONS: readonly string[] = [
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
]

const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com'
const ROLES_ANYWHERE_ACTIONS = [
  'sts:AssumeRole',
  'sts:TagSession',
  'sts:SetSourceIdentity',
] as const

/** Checks what only trust policies restrict in one statement. */
export function checkTrustStatement(parts: StatementParts, ctx: ParseContext): void {
  const { effect, principal, action } = parts
  action?.patterns.forEach((pattern, index) =>
    checkTrustAction(pattern, itemAt(ctx, action.path, index), ctx),
  )
  if (
    effect === 'Allow' &&
    principal?.negated === false &&
    principal.wildcard &&
    !parts.hasCondition
  ) {
    ctx.report(
      'policy.trust.publicPrincipal',
      atPath(ctx, principal.path),
      'any AWS account can assume this role: the trust policy allows `*` with no condition',
      'add a condition such as `"StringEquals": {"aws:PrincipalOrgID": "o-…"}` or `{"sts:ExternalId": "…"}`, or name the trusted accounts',
    )
  }
  if (
    effect === 'Allow' &&
    principal?.negated === false &&
    principal.service.some((s) => s.toLowerCase() === ROLES_ANYWHERE) &&
    action?.negated === false
  ) {
    const missing = ROLES_ANYWHERE_ACTIONS.filter(
      (needed) => !action.patterns.some((p) => matchAction(p, needed)),
    )
    if (missing.length > 0) {
      ctx.report(
        'policy.trust.rolesAnywhereActions',
        atPath(ctx, action.path),
        `IAM Roles Anywhere also needs ${missing.map((m) => `\`${m}\``).join(' and ')} in this trust policy`,
        'allow `sts:AssumeRole`, `sts:TagSession` and `sts:SetSourceIdentity` together',
      )
    }
  }
}

function checkTrustAction(pattern: string, where: IssueLocation, ctx: ParseContext): void {
  const lower = pattern.toLowerCase()
  if (pattern !== '*' && !lower.startsWith('sts:')) {
    ctx.report(
      'policy.trust.action',
      where,
      'AssumeRole policy may only specify STS AssumeRole actions.',
      `${quote(pattern)} is something the role may do once assumed: put it in a permissions policy attached to the role`,
    )
  } else if (lower.includes('*') || lower.includes('?')) {
    ctx.report(
      'policy.trust.unusualAction',
      where,
      `${quote(pattern)} covers every STS action of the trust, \`sts:TagSession\` and \`sts:SetSourceIdentity\` included`,
      'name the actions you mean, such as `sts:AssumeRole`',
    )
  } else if (!TRUST_ACTIONS.includes(lower)) {
    ctx.report(
      'policy.trust.unusualAction',
      where,
      `${quote(pattern)} has no effect in a trust policy`,
      'a trust policy allows `sts:AssumeRole`, `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`, `sts:TagSession`, `sts:SetSourceIdentity` or `sts:SetContext`',
    )
  }
}
