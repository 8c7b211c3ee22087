/**
 * Invoking a Lambda function: the caller needs `lambda:InvokeFunction` on the function (its
 * identity policies, or the function's resource-based policy); Lambda then runs the code with
 * the function's execution role, assumed by `lambda.amazonaws.com` (its trust policy must name
 * that service) in a session named after the function. The code's requests are the execution
 * role's, not the caller's (iam-facts §16,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html).
 */
import type { Caller, Outcome } from '../operations/types.ts'
import { authorize } from '../request/authorize.ts'
import { accessDenied } from '../request/errors.ts'
import type { AuthorizeRequest, AuthorizeResult } from '../request/types.ts'
import { findResource } from '../world/find-resource.ts'
import type { World } from '../world/types.ts'
import { assumeServiceRole, type ServiceRoleSession } from './assume-service-role.ts'
import { runWithCredentials } from './run-with-credentials.ts'

/** The execution role's session of a function. `_caller` is ignored: Lambda acts as itself. */
export function executionCredentials(
  world: World,
  _caller: Caller,
  input: { readonly functionArn: string },
): Outcome<ServiceRoleSession> {
  const fn = findResource(world, input.functionArn)
  if (fn?.type !== 'lambda:function' || fn.role === undefined) {
    return {
      status: 'error',
      decisions: [],
      error: {
        code: 'ResourceNotFoundException',
        message: `Function not found: ${input.functionArn}`,
        httpStatus: 404,
      },
    }
  }
  return assumeServiceRole(
    world,
    { kind: 'service', service: 'lambda.amazonaws.com' },
    {
      service: 'lambda.amazonaws.com',
      roleArn: fn.role,
      sessionName: fn.name,
    },
  )
}

/** What an invocation did: the execution session, and each request of the code with its answer. */
export interface Invocation {
  readonly executionSession: string
  readonly results: readonly AuthorizeResult[]
}

/** Invokes the function as `caller`; the code then makes `requests` with its execution role. */
export function invokeFunction(
  world: World,
  caller: Caller,
  input: { readonly functionArn: string; readonly requests: readonly AuthorizeRequest[] },
): Outcome<Invocation> {
  const invoke = authorize(world, caller, {
    action: 'lambda:InvokeFunction',
    resource: input.functionArn,
  })
  if (invoke.status === 'error') return { status: 'error', error: invoke.error, decisions: [] }
  if (invoke.decision.decision !== 'allowed') {
    return {
      status: 'error',
      error: accessDenied(invoke.decision.message, invoke.decision),
      decisions: [invoke.decision],
    }
  }
  const execution = executionCredentials(world, caller, { functionArn: input.functionArn })
  if (execution.status === 'error')
    return { ...execution, decisions: [invoke.decision, ...execution.decisions] }
  const key = execution.value.session.accessKeyId
  return {
    status: 'ok',
    world: execution.world,
    decisions: [invoke.decision, ...execution.decisions],
    value: {
      executionSession: key,
      results: runWithCredentials(execution.world, key, input.requests),
    },
  }
}
