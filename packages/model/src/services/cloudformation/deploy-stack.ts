/**
 * CloudFormation deploying a stack (iam-facts §16;
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html):
 * 1. the caller needs `cloudformation:CreateStack` (or `UpdateStack`) on the stack;
 * 2. with a `RoleARN`, the caller needs `iam:PassRole` on it for
 *    `cloudformation.amazonaws.com`; CloudFormation then assumes the role (its trust policy must
 *    name the service) and makes every call as that session — directly, so `aws:ViaAWSService`
 *    is false. The role stays with the stack: later operations without a `RoleARN` use it, and
 *    the caller needs no `iam:PassRole` for them;
 * 3. without any role, CloudFormation makes every call with the caller's own credentials,
 *    forwarded: `aws:ViaAWSService` true, `aws:CalledVia` `[cloudformation.amazonaws.com]`,
 *    `aws:MultiFactorAuthPresent` present and false unless MFA was used;
 * 4. one denied call fails the whole stack and rolls it back: nothing of it is applied.
 */
import type { Decision } from '@hatrack/engine'
import type { AwsError, Caller, Outcome } from '../../operations/types.ts'
import { authorize } from '../../request/authorize.ts'
import { accessDenied } from '../../request/errors.ts'
import type { AuthorizeResult } from '../../request/types.ts'
import { newResourceArn } from '../../resources/resource-arn.ts'
import { updateAccount, withEntry } from '../../world/update.ts'
import type { Resource, World } from '../../world/types.ts'
import { assumeServiceRole } from '../assume-service-role.ts'
import { passRole } from '../pass-role.ts'
import type { DeployStackInput, DeployStackOutput, StackActor } from './stack-types.ts'

const CLOUDFORMATION = 'cloudformation.amazonaws.com'
const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/

/** Creates or updates the stack; all or nothing. */
export function deployStack(
  world: World,
  caller: Caller,
  input: DeployStackInput,
): Outcome<DeployStackOutput> {
  const decisions: Decision[] = []
  const fail = (error: AwsError): Outcome<DeployStackOutput> => ({
    status: 'error',
    error,
    decisions,
  })
  if (!STACK_NAME.test(input.stackName)) {
    return fail({
      code: 'ValidationError',
      message: `1 validation error detected: Value '${input.stackName}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
      httpStatus: 400,
    })
  }
  const region = input.region ?? 'us-east-1'
  const existing = [...(world.accounts.get(input.accountId)?.resources.values() ?? [])].find(
    (resource) =>
      resource.type === 'cloudformation:stack' &&
      resource.name === input.stackName &&
      resource.region === region,
  )
  const stackPattern =
    existing?.arn ??
    `arn:aws:cloudformation:${region}:${input.accountId}:stack/${input.stackName}/*`
  const operation =
    existing === undefined ? 'cloudformation:CreateStack' : 'cloudformation:UpdateStack'
  const allowed = authorize(world, caller, {
    action: operation,
    resource: stackPattern,
    ...(input.roleArn === undefined
      ? {}
      : { context: { 'cloudformation:RoleArn': input.roleArn } }),
  })
  if (allowed.status === 'error') return fail(allowed.error)
  decisions.push(allowed.decision)
  if (allowed.decision.decision !== 'allowed')
    return fail(accessDenied(allowed.decision.message, allowed.decision))

  let current = world
  let actor: StackActor = { kind: 'caller' }
  const roleArn = input.roleArn ?? existing?.role
  if (input.roleArn !== undefined) {
    const passed = passRole(current, caller, { roleArn: input.roleArn, service: CLOUDFORMATION })
    decisions.push(...passed.decisions)
    if (!passed.ok) return fail(passed.error)
  }
  if (roleArn !== undefined) {
    const assumed = assumeServiceRole(
      current,
      { kind: 'service', service: CLOUDFORMATION },
      {
        service: CLOUDFORMATION,
        roleArn,
        sessionName: 'AWSCloudFormation',
      },
    )
    decisions.push(...assumed.decisions)
    if (assumed.status === 'error') return fail(assumed.error)
    current = assumed.world
    actor = { kind: 'role', roleArn, accessKeyId: assumed.value.session.accessKeyId }
  }

  const results: { logicalId: string; result: AuthorizeResult }[] = []
  for (const step of input.resources) {
    const request = {
      action: step.action,
      resource: step.resource,
      ...(step.context ? { context: step.context } : {}),
    }
    const result =
      actor.kind === 'role'
        ? authorize(current, { kind: 'session', accessKeyId: actor.accessKeyId }, request)
        : authorize(current, caller, { ...request, calledVia: [CLOUDFORMATION] })
    results.push({ logicalId: step.logicalId, result })
    if (result.status === 'error') return fail(result.error)
    decisions.push(result.decision)
    if (result.decision.decision !== 'allowed')
      return fail(accessDenied(result.decision.message, result.decision))
  }
  for (const step of input.resources) {
    if (step.apply === undefined) continue
    const applied = step.apply(current)
    if (applied.status === 'error') return fail(applied.error)
    current = applied.world
  }

  let stackArn = existing?.arn
  if (existing === undefined || existing.role !== roleArn) {
    const placed =
      existing === undefined
        ? newResourceArn(current, 'cloudformation:stack', input.accountId, region, input.stackName)
        : { arn: existing.arn, world: current }
    stackArn = placed.arn
    const stack: Resource = {
      type: 'cloudformation:stack',
      arn: placed.arn,
      name: input.stackName,
      accountId: input.accountId,
      region,
      policy: undefined,
      tags: existing?.tags ?? [],
      role: roleArn,
    }
    current = updateAccount(placed.world, input.accountId, (account) => ({
      ...account,
      resources: withEntry(account.resources, stack.arn, stack),
    }))
  }
  return {
    status: 'ok',
    world: current,
    decisions,
    value: { stackArn: stackArn ?? '', actedAs: actor, results },
  }
}
