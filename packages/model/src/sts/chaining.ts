/**
 * Role chaining: using temporary credentials to assume a role (iam-facts §11). It caps the new
 * session at one hour and carries the source identity and transitive tags along.
 * - A role session assuming a role is chaining.
 * - `GetSessionToken` credentials assuming a role are treated as chaining too (observed:
 *   [GH:mmmorris1975/aws-runas#11], [GH:coinbase/assume-role#24]).
 * - An EC2 instance profile's credentials are not: "EC2 instance-role creds used to assume a
 *   role are not treated as chaining" (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining).
 *   Other services' role sessions (a Lambda function's execution role) are.
 */
import type { Session } from '../world/types.ts'

/** Whether assuming a role with `session`'s credentials is role chaining. */
export function isRoleChaining(session: Session | undefined): boolean {
  if (session === undefined) return false
  return !(session.source === 'ServiceRole' && session.service === 'ec2.amazonaws.com')
}
