/**
 * Authorizing an IAM operation. An administrator's change (`{ kind: 'admin' }`) is made outside
 * the simulation and is not authorized; any other caller is authorized by the engine like any
 * request, with the action and resource of the Service Authorization Reference
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html).
 * A denial is AWS's `AccessDenied`, carrying the decision and its message.
 */
import type { ContextRecord } from '@hatrack/policy'
import type { Decision } from '@hatrack/engine'
import { authorize } from '../request/authorize.ts'
import type { AwsError, Caller } from '../operations/types.ts'
import type { World } from '../world/types.ts'
import { awsError } from './errors.ts'

/** What an operation asks the engine: `iam:CreateRole` on the role's ARN, with its context keys. */
export interface OperationRequest {
  readonly action: string
  readonly resource: string
  readonly context?: ContextRecord
}

export type Authorization =
  | { readonly ok: true; readonly decisions: readonly Decision[] }
  | { readonly ok: false; readonly error: AwsError; readonly decisions: readonly Decision[] }

/** Authorizes `request` for `caller` in `world` as it is before the operation. */
export function authorizeOperation(
  world: World,
  caller: Caller,
  request: OperationRequest,
): Authorization {
  if (caller.kind === 'admin') return { ok: true, decisions: [] }
  const answer = authorize(world, caller, request)
  if (answer.status === 'error') return { ok: false, error: answer.error, decisions: [] }
  const { decision } = answer
  if (decision.decision === 'allowed') return { ok: true, decisions: [decision] }
  return {
    ok: false,
    decisions: [decision],
    error: { ...awsError('AccessDenied', decision.message), decision },
  }
}
