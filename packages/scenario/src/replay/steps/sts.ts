/**
 * STS calls signed with the caller's credentials: `AssumeRole`, `GetSessionToken`,
 * `GetCallerIdentity`, and the console's Switch Role (an `AssumeRole` whose session is named
 * after the signed-in user, for one hour: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html).
 */
import {
  assumeRole,
  getCallerIdentity,
  getSessionToken,
  type AssumeRoleInput,
} from '@hatrack/model'
import type {
  AssumeRoleStep,
  GetCallerIdentityStep,
  GetSessionTokenStep,
  Step,
  StepBase,
  SwitchRoleStep,
} from '../../format/steps.ts'
import { actingCaller } from '../callers.ts'
import { mfaParameters } from '../mfa.ts'
import { done, failed } from '../outcome.ts'
import { assumeRoleOutput, callerIdentityOutput, sessionTokenOutput } from '../outputs.ts'
import { run } from '../run.ts'
import type { ReplayState } from '../state.ts'
import { stuckDraft, type StepDraft } from './draft.ts'
import { policyText, sessionCallDraft, sessionFailed } from './session-call.ts'

/** `AssumeRole`. */
export function assumeRoleStep(state: ReplayState, step: StepBase & AssumeRoleStep): StepDraft {
  const call = { action: 'sts:AssumeRole', resource: step.role.arn }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) {
    sessionFailed(state, step, step.session, acting.outcome)
    return stuckDraft(acting, call)
  }
  const given = step.input
  const policy = policyText(given.policy)
  const input: AssumeRoleInput = {
    roleArn: step.role.arn,
    roleSessionName: given.roleSessionName,
    ...(given.durationSeconds === undefined ? {} : { durationSeconds: given.durationSeconds }),
    ...(given.externalId === undefined ? {} : { externalId: given.externalId }),
    ...(policy === undefined ? {} : { policy }),
    ...(given.policyArns === undefined
      ? {}
      : { policyArns: given.policyArns.map((ref) => ref.arn) }),
    ...(given.tags === undefined ? {} : { tags: given.tags }),
    ...(given.transitiveTagKeys === undefined
      ? {}
      : { transitiveTagKeys: given.transitiveTagKeys }),
    ...(given.sourceIdentity === undefined ? {} : { sourceIdentity: given.sourceIdentity }),
    ...mfaParameters(state, acting.user, given),
    ...(given.context === undefined ? {} : { context: given.context }),
  }
  const outcome = run(state, (world) => assumeRole(world, acting.caller, input))
  return sessionCallDraft(state, step, step.session, acting, call, outcome, (value) => ({
    accessKeyId: value.credentials.accessKeyId,
    output: assumeRoleOutput(value),
  }))
}

/** The console's Switch Role. */
export function switchRoleStep(state: ReplayState, step: StepBase & SwitchRoleStep): StepDraft {
  const call = { action: 'sts:AssumeRole', resource: step.role.arn }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) {
    sessionFailed(state, step, step.session, acting.outcome)
    return stuckDraft(acting, call)
  }
  // The console names the session after the signed-in IAM user (or the session's own name).
  const world = state.simulation.snapshot()
  const roleSessionName =
    acting.caller.kind === 'session'
      ? (world.sessions.get(acting.caller.accessKeyId)?.sessionName ?? acting.actor.label)
      : (acting.user?.userName ?? acting.actor.label)
  const outcome = run(state, (current) =>
    assumeRole(current, acting.caller, { roleArn: step.role.arn, roleSessionName }),
  )
  return sessionCallDraft(state, step, step.session, acting, call, outcome, (value) => ({
    accessKeyId: value.credentials.accessKeyId,
    output: { ...assumeRoleOutput(value), DisplayName: step.displayName },
  }))
}

/** `GetSessionToken`. */
export function getSessionTokenStep(
  state: ReplayState,
  step: StepBase & GetSessionTokenStep,
): StepDraft {
  const call = { action: 'sts:GetSessionToken', resource: '*' }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) {
    sessionFailed(state, step, step.session, acting.outcome)
    return stuckDraft(acting, call)
  }
  const input = {
    ...(step.input.durationSeconds === undefined
      ? {}
      : { durationSeconds: step.input.durationSeconds }),
    ...mfaParameters(state, acting.user, step.input),
  }
  const outcome = run(state, (world) => getSessionToken(world, acting.caller, input))
  return sessionCallDraft(state, step, step.session, acting, call, outcome, (value) => ({
    accessKeyId: value.credentials.accessKeyId,
    output: sessionTokenOutput(value.credentials),
  }))
}

/** `GetCallerIdentity`: never authorized; only missing or expired credentials fail it. */
export function getCallerIdentityStep(
  state: ReplayState,
  step: Step & GetCallerIdentityStep,
): StepDraft {
  const call = { action: 'sts:GetCallerIdentity', resource: '*' }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) return stuckDraft(acting, call)
  const outcome = getCallerIdentity(state.simulation.snapshot(), acting.caller)
  const used = acting.used === undefined ? {} : { used: acting.used }
  if (outcome.status === 'error')
    return { actor: acting.actor, call, outcome: failed(outcome.error), ...used }
  return {
    actor: acting.actor,
    call,
    outcome: done(`The caller is ${outcome.value.arn}.`),
    output: callerIdentityOutput(outcome.value),
    ...used,
  }
}
