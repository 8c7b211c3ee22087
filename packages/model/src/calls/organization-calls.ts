/**
 * AWS Organizations calls made by a caller rather than by an administrator. Only the management
 * account manages the organization (delegated administration is not modelled): a principal of
 * any other account gets `AccessDeniedException` "You don't have permissions to access this
 * resource." (https://docs.aws.amazon.com/organizations/latest/APIReference/CommonErrors.html).
 * A management-account principal is then authorized for the action (`organizations:AttachPolicy`,
 * …) on `*`: Hatrack does not model the organization's own ARNs, so policies that name them
 * do not match (a simplification, said here).
 */
import { authorizeOperation } from '../iam/authorize-operation.ts'
import type { Caller } from '../operations/types.ts'
import type { OrganizationsOutcome } from '../organizations/types.ts'
import { resolveCaller } from '../request/resolve-caller.ts'
import type { World } from '../world/types.ts'
import type { ServiceCallOutcome } from './service-call.ts'

/** The Organizations actions of the calls Hatrack simulates. */
export type OrganizationsAction =
  | 'organizations:CreatePolicy'
  | 'organizations:AttachPolicy'
  | 'organizations:DetachPolicy'
  | 'organizations:CreateOrganizationalUnit'
  | 'organizations:MoveAccount'

/** Runs an Organizations operation as `caller`, once the caller may make `action`. */
export function organizationCallAs<T>(
  world: World,
  caller: Caller,
  action: OrganizationsAction,
  operation: (world: World) => OrganizationsOutcome<T>,
): ServiceCallOutcome<T> {
  if (caller.kind !== 'admin') {
    const resolved = resolveCaller(world, caller)
    if (resolved !== undefined && !resolved.ok)
      return { status: 'error', error: resolved.error, decisions: [] }
    const account = resolved?.caller.principal.accountId
    const management = world.organization?.managementAccount
    if (management !== undefined && account !== management) {
      return {
        status: 'error',
        decisions: [],
        error: {
          code: 'AccessDeniedException',
          message: "You don't have permissions to access this resource.",
          httpStatus: 400,
        },
      }
    }
  }
  const auth = authorizeOperation(world, caller, { action, resource: '*' })
  if (!auth.ok) return { status: 'error', error: auth.error, decisions: auth.decisions }
  const outcome = operation(world)
  return outcome.status === 'ok'
    ? { status: 'ok', world: outcome.world, value: outcome.value, decisions: auth.decisions }
    : { status: 'error', error: outcome.error, decisions: auth.decisions }
}
