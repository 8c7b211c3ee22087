/**
 * The rules only resource control policies have
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html).
 *
 * - "The effect of Allow is only supported for the RCPFullAWSAccess policy": an `Allow` statement
 *   is accepted only in that policy's shape (`Principal`, `Action` and `Resource` all `"*"`, no
 *   condition), so the simulator can hold the policy AWS attaches everywhere.
 * - `Principal` must be `"*"`: RCPs restrict every caller and choose with conditions
 *   (`aws:PrincipalOrgID`, `aws:PrincipalAccount`). `{"AWS": "*"}` means the same and is taken too.
 * - Actions: RCPs apply only to the services that support them. The list below is S3, STS, KMS,
 *   SQS and Secrets Manager (iam-facts §7, 2024 launch) and the services added since (ECR,
 *   OpenSearch Serverless, Cognito identity pools, CloudWatch Logs, DynamoDB); it is data, to
 *   update as AWS adds services.
 */
import { atPath, itemAt, quote, type ParseContext } from '../context.ts'
import type { StatementParts } from './statement-parts.ts'

/** The service prefixes whose actions an RCP can restrict. */
export const RCP_SERVICES: readonly string[] = [
  's3',
  'sts',
  'kms',
  'sqs',
  'secretsmanager',
  'ecr',
  'aoss',
  'cognito-identity',
  'logs',
  'dynamodb',
]

function isFullAccess(parts: StatementParts): boolean {
  const { principal, action, resource } = parts
  return (
    principal?.wildcard === true &&
    principal.aws.length +
      principal.service.length +
      principal.federated.length +
      principal.canonicalUser.length ===
      0 &&
    action?.negated === false &&
    action.patterns.length === 1 &&
    action.patterns[0] === '*' &&
    resource?.negated === false &&
    resource.patterns.length === 1 &&
    resource.patterns[0] === '*' &&
    !parts.hasCondition
  )
}

/** Checks what only RCPs restrict in one statement. */
export function checkRcpStatement(parts: StatementParts, ctx: ParseContext): void {
  const { effect, principal, action } = parts
  if (effect === 'Allow' && !isFullAccess(parts)) {
    ctx.report(
      'policy.rcp.effect',
      atPath(ctx, [...parts.path, 'Effect']),
      'an RCP statement can only deny: `Allow` is supported only in the `RCPFullAWSAccess` policy',
      'write `"Effect": "Deny"` and describe with conditions the requests to refuse',
    )
  }
  if (
    principal !== undefined &&
    (!principal.wildcard ||
      principal.aws.length +
        principal.service.length +
        principal.federated.length +
        principal.canonicalUser.length >
        0)
  ) {
    ctx.report(
      'policy.rcp.principal',
      atPath(ctx, principal.path),
      'in an RCP, `Principal` must be `"*"`',
      'write `"Principal": "*"` and choose the callers with a condition such as `aws:PrincipalOrgID` or `aws:PrincipalAccount`',
    )
  }
  action?.patterns.forEach((pattern, index) => {
    if (pattern === '*') return
    const prefix = pattern.slice(0, pattern.indexOf(':')).toLowerCase()
    if (!RCP_SERVICES.includes(prefix)) {
      ctx.report(
        'policy.rcp.unsupportedService',
        itemAt(ctx, action.path, index),
        `RCPs do not apply to ${quote(prefix)}: ${quote(pattern)} cannot be restricted here`,
        `an RCP can name actions of ${RCP_SERVICES.map((s) => `\`${s}\``).join(', ')}`,
      )
    }
  })
}
