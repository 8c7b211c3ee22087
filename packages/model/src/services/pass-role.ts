/**
 * `iam:PassRole`: the permission to hand a role to a service, checked whenever a role ARN is a
 * parameter of a call that configures a service (iam-facts §16;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html). It is
 * authorized on the role's ARN with `iam:PassedToService` naming the service principal, and
 * never on the role's tags. A role of another account cannot be passed; AWS's wording for that
 * refusal is not documented, so ours follows the AccessDenied form.
 */
import type { Decision } from '@hatrack/engine'
import type { AwsError, Caller } from '../operations/types.ts'
import { authorize } from '../request/authorize.ts'
import { accessDenied } from '../request/errors.ts'
import { resolveCaller } from '../request/resolve-caller.ts'
import { parseArn } from '../world/arn.ts'
import type { World } from '../world/types.ts'

/** The outcome of a permission check made on behalf of a service. */
export type ServiceCheck =
  | { readonly ok: true; readonly decisions: readonly Decision[] }
  | { readonly ok: false; readonly error: AwsError; readonly decisions: readonly Decision[] }

/** Whether `caller` may pass `roleArn` to `service` (`lambda.amazonaws.com`, …). */
export function passRole(
  world: World,
  caller: Caller,
  input: {
    readonly roleArn: string
    readonly service: string
    readonly associatedResourceArn?: string
  },
): ServiceCheck {
  if (caller.kind === 'admin') return { ok: true, decisions: [] }
  const resolved = resolveCaller(world, caller)
  if (resolved !== undefined && resolved.ok) {
    const callerAccount = resolved.caller.principal.accountId
    if (callerAccount !== undefined && parseArn(input.roleArn)?.account !== callerAccount) {
      const who = resolved.caller.principal.arn ?? 'anonymous'
      return {
        ok: false,
        decisions: [],
        error: accessDenied(
          `User: ${who} is not authorized to perform: iam:PassRole on resource: ${input.roleArn}: a role of another account cannot be passed`,
        ),
      }
    }
  }
  const answer = authorize(world, caller, {
    action: 'iam:PassRole',
    resource: input.roleArn,
    context: {
      'iam:PassedToService': input.service,
      ...(input.associatedResourceArn === undefined
        ? {}
        : { 'iam:AssociatedResourceArn': input.associatedResourceArn }),
    },
  })
  if (answer.status === 'error') return { ok: false, error: answer.error, decisions: [] }
  const { decision } = answer
  return decision.decision === 'allowed'
    ? { ok: true, decisions: [decision] }
    : { ok: false, error: accessDenied(decision.message, decision), decisions: [decision] }
}
