/**
 * A request, decided by the model's `authorize` (the engine, with every policy that applies),
 * and invoking a Lambda function (`lambda:InvokeFunction`, then the function's execution role
 * assumed by Lambda).
 */
import { authorize, invokeFunction } from '@hatrack/model'
import type { ResourceTarget } from '../../format/change.ts'
import type { InvokeStep, RequestStep, Step } from '../../format/steps.ts'
import { actingCaller } from '../callers.ts'
import { decided, failed, primaryDecision, succeeded } from '../outcome.ts'
import { run } from '../run.ts'
import { recordSession } from '../sessions.ts'
import type { ReplayState } from '../state.ts'
import { otherAuthorizations, stuckDraft, type StepDraft } from './draft.ts'

/** The ARN of a target: a declared resource's (known once created), or the ARN given. */
export function targetArn(state: ReplayState, target: ResourceTarget): string {
  if (target.kind === 'arn') return target.arn
  return (
    state.resourceArns.get(target.key) ??
    state.scenario.resources.find((resource) => resource.key === target.key)?.name ??
    target.key
  )
}

/** An API request. */
export function requestStep(state: ReplayState, step: Step & RequestStep): StepDraft {
  const call = { action: step.action, resource: targetArn(state, step.resource) }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) return stuckDraft(acting, call)
  const answer = authorize(state.simulation.snapshot(), acting.caller, {
    action: step.action,
    resource: call.resource,
    context: step.context,
    ...(step.region === undefined ? {} : { region: step.region }),
    ...(step.calledVia === undefined ? {} : { calledVia: step.calledVia }),
  })
  const used = acting.used === undefined ? {} : { used: acting.used }
  if (answer.status === 'error')
    return { actor: acting.actor, call, outcome: failed(answer.error), ...used }
  return {
    actor: acting.actor,
    call,
    outcome: decided(answer.decision),
    decision: answer.decision,
    ...used,
  }
}

/** `lambda:InvokeFunction`; the execution session is named after the function's key. */
export function invokeStep(state: ReplayState, step: Step & InvokeStep): StepDraft {
  const functionArn = targetArn(state, step.function)
  const call = { action: 'lambda:InvokeFunction', resource: functionArn }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) return stuckDraft(acting, call)
  const outcome = run(state, (world) =>
    invokeFunction(world, acting.caller, { functionArn, requests: [] }),
  )
  const decisions = outcome.decisions ?? []
  const primary = primaryDecision(decisions, outcome.status === 'error' ? outcome.error : undefined)
  const common = {
    actor: acting.actor,
    call,
    ...(primary === undefined ? {} : { decision: primary }),
    decisions: otherAuthorizations(decisions, primary, call),
    ...(acting.used === undefined ? {} : { used: acting.used }),
  }
  if (outcome.status === 'error') return { ...common, outcome: failed(outcome.error, primary) }
  const key = step.function.kind === 'resource' ? step.function.key : functionArn
  const session = outcome.value.executionSession
  recordSession(state, session, key, functionArn, undefined)
  state.cached.set(`resource:${key}`, session)
  return {
    ...common,
    outcome: succeeded(primary, `Invoked \`${key}\`: its code runs as its execution role.`),
    output: { StatusCode: 200, ExecutedVersion: '$LATEST' },
  }
}
