/**
 * Revoking a role's active sessions, as the IAM console's "Revoke active sessions" does
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html): it puts
 * the inline policy `AWSRevokeOlderSessions` on the role, denying every action on every
 * resource to credentials issued before now. The document is the one AWS shows
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html):
 *
 *     { "Version": "2012-10-17",
 *       "Statement": { "Effect": "Deny", "Action": "*", "Resource": "*",
 *         "Condition": { "DateLessThan": { "aws:TokenIssueTime": "<now>" } } } }
 *
 * Sessions issued from now on are not affected. Like the console, it needs `iam:PutRolePolicy`
 * on the role, and a service-linked role refuses it ("You cannot revoke the session for a
 * service-linked role"; `UnmodifiableEntity`).
 */
import { putRolePolicy } from '../iam/put-inline-policy.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { isoInstant } from '../request/time.ts'
import type { AccountId, Role, World } from '../world/types.ts'

/** The name of the policy the console writes. */
export const REVOKE_POLICY_NAME = 'AWSRevokeOlderSessions'

/** The document of `AWSRevokeOlderSessions` at `now`. */
export function revokeOlderSessionsDocument(now: number): object {
  return {
    Version: '2012-10-17',
    Statement: {
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { DateLessThan: { 'aws:TokenIssueTime': isoInstant(now) } },
    },
  }
}

/** Denies everything to the role's sessions issued before the world's current time. */
export function revokeOlderSessions(
  world: World,
  caller: Caller,
  input: { readonly accountId: AccountId; readonly roleName: string },
): Outcome<Role> {
  return putRolePolicy(world, caller, {
    accountId: input.accountId,
    roleName: input.roleName,
    policyName: REVOKE_POLICY_NAME,
    policyDocument: revokeOlderSessionsDocument(world.now),
  })
}
