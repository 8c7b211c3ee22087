/**
 * `GetCallerIdentity` (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html):
 * who the credentials belong to. "No permissions are required to perform this operation": it
 * is never authorized, so even an explicit deny of `sts:GetCallerIdentity` does not block it
 * (iam-facts §10). Only unknown or expired credentials fail. `UserId` is the value of
 * `aws:userid` (iam-facts §2 table).
 */
import type { Caller, Outcome } from '../operations/types.ts'
import { resolveCaller } from '../request/resolve-caller.ts'
import type { World } from '../world/types.ts'
import { missingAuthenticationToken, signedCaller } from './signed-caller.ts'

/** The caller's identity, as `GetCallerIdentity` answers. */
export interface CallerIdentity {
  /** `AIDA…` for a user, `AROA…:SESSION` for a role session, the account id for the root user. */
  readonly userId: string
  readonly account: string
  /** The user's, the root user's or the assumed-role session's ARN. */
  readonly arn: string
}

/** Tells the caller who it is. The world does not change. */
export function getCallerIdentity(world: World, caller: Caller): Outcome<CallerIdentity> {
  const signed = signedCaller(resolveCaller(world, caller))
  if (!signed.ok) return { status: 'error', error: signed.error, decisions: [] }
  const { principal, context } = signed.caller
  const userId = context['aws:userid']
  // A service principal acting directly holds no IAM identity to report.
  if (
    principal.arn === undefined ||
    principal.accountId === undefined ||
    typeof userId !== 'string'
  ) {
    return { status: 'error', error: missingAuthenticationToken(), decisions: [] }
  }
  return {
    status: 'ok',
    world,
    decisions: [],
    value: { userId, account: principal.accountId, arn: principal.arn },
  }
}
