/**
 * CloudFormation deploying a stack with the model's `deployStack`: each template resource is a
 * change whose API calls (`callRequests`) CloudFormation makes — as the stack's service role,
 * or with the caller's own credentials forwarded — and which is applied once every call of the
 * stack is allowed. One denied call rolls the whole stack back.
 */
import type { Decision } from '@hatrack/engine'
import { callRequests, deployStack, type Outcome, type StackResource } from '@hatrack/model'
import type { ChangeOperation } from '../../format/change.ts'
import type { DeployStackStep, Step } from '../../format/steps.ts'
import type { ChangeOperationName } from '../../schema/definitions/changes.ts'
import type { TraceAuthorization, TraceCall } from '../../trace/types.ts'
import { actingCaller } from '../callers.ts'
import { applyChange, changeApplied } from '../changes/apply.ts'
import { modelInput, type ModelInput } from '../changes/resolve-input.ts'
import { failed, primaryDecision, succeeded } from '../outcome.ts'
import { run } from '../run.ts'
import { recordSession } from '../sessions.ts'
import type { ReplayState } from '../state.ts'
import { stuckDraft, type StepDraft } from './draft.ts'

const ADMIN = { kind: 'admin' } as const
const CLOUDFORMATION = 'cloudformation.amazonaws.com'

interface Applied {
  readonly operation: ChangeOperationName
  readonly input: ModelInput
  readonly value: unknown
}

function stackResources(
  state: ReplayState,
  resources: DeployStackStep['resources'],
  applied: Applied[],
): { readonly resources: StackResource[]; readonly labels: TraceAuthorization['label'][] } {
  const world = state.simulation.snapshot()
  const list: StackResource[] = []
  const labels: string[] = []
  for (const { logicalId, change } of resources) {
    const { operation } = change as ChangeOperation
    const input = modelInput(
      state,
      operation,
      change.input as unknown as Readonly<Record<string, unknown>>,
    )
    const requests = callRequests(world, { operation, input }) ?? []
    const apply = (current: Parameters<NonNullable<StackResource['apply']>>[0]) => {
      const outcome = applyChange(state, current, ADMIN, operation, input)
      if (outcome.status === 'ok') applied.push({ operation, input, value: outcome.value })
      return outcome as unknown as Outcome<unknown>
    }
    if (requests.length === 0)
      list.push({ logicalId, action: 'cloudformation:CreateResource', resource: '*', apply })
    requests.forEach((request, index) => {
      list.push({
        logicalId,
        action: request.action,
        resource: request.resource,
        ...(request.context === undefined ? {} : { context: request.context }),
        ...(index === requests.length - 1 ? { apply } : {}),
      })
      labels.push(`${logicalId}: ${request.action}`)
    })
  }
  return { resources: list, labels }
}

/** `deployStack`. */
export function deployStackStep(state: ReplayState, step: Step & DeployStackStep): StepDraft {
  const stackPattern = `arn:aws:cloudformation:${step.region}:${step.accountId}:stack/${step.stackName}/*`
  const world = state.simulation.snapshot()
  const existing = [...(world.accounts.get(step.accountId)?.resources.values() ?? [])].find(
    (resource) =>
      resource.type === 'cloudformation:stack' &&
      resource.name === step.stackName &&
      resource.region === step.region,
  )
  const createOrUpdate =
    existing === undefined ? 'cloudformation:CreateStack' : 'cloudformation:UpdateStack'
  const call: TraceCall = { action: createOrUpdate, resource: existing?.arn ?? stackPattern }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) return stuckDraft(acting, call)
  const applied: Applied[] = []
  const stack = stackResources(state, step.resources, applied)
  const roleArn = step.role?.arn ?? existing?.role
  const calls: { label: string; call: TraceCall }[] = [
    { label: createOrUpdate, call },
    ...(step.role === undefined
      ? []
      : [{ label: 'iam:PassRole', call: { action: 'iam:PassRole', resource: step.role.arn } }]),
    ...(roleArn === undefined
      ? []
      : [
          {
            label: `${CLOUDFORMATION} assumes the stack's role`,
            call: { action: 'sts:AssumeRole', resource: roleArn },
          },
        ]),
    ...stack.resources.map((resource, index) => ({
      label: stack.labels[index] ?? resource.logicalId,
      call: { action: resource.action, resource: resource.resource },
    })),
  ]
  const outcome = run(state, (current) =>
    deployStack(current, acting.caller, {
      accountId: step.accountId,
      stackName: step.stackName,
      region: step.region,
      ...(step.role === undefined ? {} : { roleArn: step.role.arn }),
      resources: stack.resources,
    }),
  )
  const decisions: readonly Decision[] = outcome.decisions ?? []
  const primary = primaryDecision(decisions, outcome.status === 'error' ? outcome.error : undefined)
  const others: TraceAuthorization[] = []
  decisions.forEach((decision, index) => {
    if (decision === primary) return
    const known = calls[index] ?? { label: 'authorization', call }
    others.push({ label: known.label, call: known.call, decision })
  })
  const common = {
    actor: acting.actor,
    call,
    ...(primary === undefined ? {} : { decision: primary }),
    decisions: others,
    ...(acting.used === undefined ? {} : { used: acting.used }),
  }
  if (outcome.status === 'error') return { ...common, outcome: failed(outcome.error, primary) }
  const actedAs = outcome.value.actedAs
  if (actedAs.kind === 'role') {
    state.entities.appear(
      { id: CLOUDFORMATION, kind: 'service', label: CLOUDFORMATION },
      state.step,
    )
    const roleName = actedAs.roleArn.slice(actedAs.roleArn.lastIndexOf('/') + 1)
    recordSession(
      state,
      actedAs.accessKeyId,
      `AWSCloudFormation@${roleName}`,
      CLOUDFORMATION,
      undefined,
    )
  }
  for (const change of applied)
    state.record.changes.push(changeApplied(state, change.operation, change.input, change.value))
  if (!state.entities.has(outcome.value.stackArn))
    state.entities.appear(
      {
        id: outcome.value.stackArn,
        kind: 'resource',
        label: step.stackName,
        accountId: step.accountId,
      },
      state.step,
    )
  return {
    ...common,
    outcome: succeeded(
      primary,
      `Stack \`${step.stackName}\` deployed ${actedAs.kind === 'role' ? `as ${actedAs.roleArn}` : "with the caller's credentials"}: ${applied.length} change${applied.length === 1 ? '' : 's'} applied.`,
    ),
    output: { StackId: outcome.value.stackArn },
  }
}
