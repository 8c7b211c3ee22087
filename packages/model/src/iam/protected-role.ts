/**
 * Service-linked roles belong to their service: their trust policy, permissions and boundary
 * cannot be changed and they cannot be deleted with `DeleteRole` (iam-facts §16,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html). Every
 * such change fails with `UnmodifiableEntity` [GH:rebuy-de/aws-nuke#331].
 */
import type { AwsError } from '../operations/types.ts'
import type { Role } from '../world/types.ts'
import { iamErrors } from './errors.ts'

/** The path prefix of service-linked roles: `/aws-service-role/SERVICE/`. */
export const SERVICE_ROLE_PATH = '/aws-service-role/'

/** `UnmodifiableEntity` when the role is service-linked, else `undefined`. */
export function protectedRoleProblem(role: Role): AwsError | undefined {
  return role.serviceLinked ? iamErrors.protectedRole(role.name) : undefined
}
