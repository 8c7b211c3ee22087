/**
 * What every call that creates a session shares: on success the session is recorded under the
 * step's name, on failure the name is kept as never created (a later step acting with it is
 * told why), and the trace gets the call's decision, its other authorizations and its output.
 */
import type { Decision } from '@hatrack/engine'
import { isoInstant } from '@hatrack/model'
import type { PolicyDocument } from '../../format/policy.ts'
import type { Step } from '../../format/steps.ts'
import type { TraceActor, TraceCall, TraceOutcome } from '../../trace/types.ts'
import { failed, primaryDecision, succeeded } from '../outcome.ts'
import type { RunResult } from '../run.ts'
import { recordSession } from '../sessions.ts'
import type { ReplayState, UserRef } from '../state.ts'
import { otherAuthorizations, type StepDraft } from './draft.ts'

/** Who made the call, for the trace and for the new session's parent. */
export interface SessionCaller {
  readonly actor: TraceActor
  /** The entity whose credentials (or token, assertion, certificate) made the call. */
  readonly signer: string
  readonly used?: string
  readonly user?: UserRef
}

/** Records that the step meant to create `name` failed. */
export function sessionFailed(
  state: ReplayState,
  step: Step,
  name: string,
  outcome: TraceOutcome,
): void {
  state.slots.set(step.index, {
    status: 'failed',
    name,
    stepId: step.id,
    error: outcome.error ?? { code: 'Error', message: outcome.message },
  })
}

/** A session policy as the model takes it: JSON text. */
export function policyText(document: PolicyDocument | undefined): string | undefined {
  if (document === undefined) return undefined
  return typeof document.input === 'string' ? document.input : JSON.stringify(document.input)
}

/** The draft of a session-creating call, once the model has answered. */
export function sessionCallDraft<T>(
  state: ReplayState,
  step: Step,
  name: string,
  caller: SessionCaller,
  call: TraceCall,
  outcome: RunResult<T>,
  created: (value: T) => { readonly accessKeyId: string; readonly output: Record<string, unknown> },
): StepDraft {
  const decisions: readonly Decision[] = outcome.decisions ?? []
  const primary = primaryDecision(decisions, outcome.status === 'error' ? outcome.error : undefined)
  const common = {
    actor: caller.actor,
    call,
    ...(primary === undefined ? {} : { decision: primary }),
    decisions: otherAuthorizations(decisions, primary, call),
    ...(caller.used === undefined ? {} : { used: caller.used }),
  }
  if (outcome.status === 'error') {
    const result = failed(outcome.error, primary)
    sessionFailed(state, step, name, result)
    return { ...common, outcome: result }
  }
  const { accessKeyId, output } = created(outcome.value)
  recordSession(state, accessKeyId, name, caller.signer, caller.user)
  state.slots.set(step.index, { status: 'created', accessKeyId, name })
  const session = state.simulation.snapshot().sessions.get(accessKeyId)
  const until = session === undefined ? '' : ` until ${isoInstant(session.expiresAt)}`
  return {
    ...common,
    outcome: succeeded(
      primary,
      `Session \`${name}\` created: ${session?.arn ?? accessKeyId}${until}.`,
    ),
    output,
  }
}
