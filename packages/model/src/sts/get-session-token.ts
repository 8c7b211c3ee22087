/**
 * `GetSessionToken` (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html;
 * iam-facts §10): temporary credentials for an IAM user or the root user, with the same
 * permissions, optionally MFA-authenticated. No permission is needed or can be controlled, so
 * nothing is authorized.
 * - `DurationSeconds` 900–129,600, 43,200 by default; the root user's sessions last at most one
 *   hour: "If the duration is longer than one hour, the session for AWS account owners defaults
 *   to one hour."
 * - Temporary credentials cannot call it: `Cannot call GetSessionToken with session
 *   credentials` (AccessDenied, as AWS answers it).
 * What the credentials may do afterwards (no IAM call without MFA, STS limited to
 * `AssumeRole` and `GetCallerIdentity`) is enforced by `credentialLimits`.
 */
import type { Caller, Outcome } from '../operations/types.ts'
import { accessDenied } from '../request/errors.ts'
import { resolveCaller } from '../request/resolve-caller.ts'
import type { World } from '../world/types.ts'
import { credentialsOf, issueSession } from './issue-session.ts'
import { checkMfa } from './mfa.ts'
import { signedCaller } from './signed-caller.ts'
import type { Credentials } from './types.ts'
import { durationSecondsType, serialNumberType, tokenCodeType } from './validation/shapes.ts'
import { validationError, violations } from './validation/violations.ts'

/** The parameters of `GetSessionToken`. */
export interface GetSessionTokenInput {
  readonly durationSeconds?: number
  readonly serialNumber?: string
  readonly tokenCode?: string
}

/** The default and the root user's longest `GetSessionToken` session, in seconds. */
export const SESSION_TOKEN_DEFAULT_SECONDS = 43200
export const ROOT_SESSION_TOKEN_MAX_SECONDS = 3600

/** Issues `GetSessionToken` credentials for a user or the root user. */
export function getSessionToken(
  world: World,
  caller: Caller,
  input: GetSessionTokenInput = {},
): Outcome<{ readonly credentials: Credentials }> {
  const signed = signedCaller(resolveCaller(world, caller))
  if (!signed.ok) return { status: 'error', error: signed.error, decisions: [] }
  const who = signed.caller
  const invalid = validationError(
    violations([
      { member: 'durationSeconds', value: input.durationSeconds, shape: durationSecondsType },
      { member: 'serialNumber', value: input.serialNumber, shape: serialNumberType },
      { member: 'tokenCode', value: input.tokenCode, shape: tokenCodeType },
    ]),
  )
  if (invalid) return { status: 'error', error: invalid, decisions: [] }
  if (
    who.session !== undefined ||
    (who.principal.kind !== 'user' && who.principal.kind !== 'root')
  ) {
    return {
      status: 'error',
      error: accessDenied('Cannot call GetSessionToken with session credentials'),
      decisions: [],
    }
  }
  const mfa = checkMfa(world, who, input.serialNumber, input.tokenCode)
  if (!mfa.ok) return { status: 'error', error: mfa.error, decisions: [] }

  const root = who.principal.kind === 'root'
  const requested = input.durationSeconds ?? SESSION_TOKEN_DEFAULT_SECONDS
  const seconds = root ? Math.min(requested, ROOT_SESSION_TOKEN_MAX_SECONDS) : requested
  const accountId = who.principal.accountId ?? ''
  const issued = issueSession(
    world,
    {
      source: 'GetSessionToken',
      accountId,
      arn: who.principal.arn ?? '',
      userId: root ? accountId : (who.principal.uniqueId ?? ''),
      roleArn: undefined,
      sessionName: undefined,
      tags: [],
      sourceIdentity: undefined,
      sessionPolicies: [],
      sessionPolicyArns: [],
      parent: undefined,
      chained: false,
      mfaAuthenticated: mfa.verified,
      federatedProvider: undefined,
      providerKeys: {},
    },
    seconds,
  )
  return {
    status: 'ok',
    world: issued.world,
    decisions: [],
    value: { credentials: credentialsOf(issued.session) },
  }
}
