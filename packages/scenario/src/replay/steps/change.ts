/**
 * A change to the world: made by `admin` outside the simulation (not authorized), or by a
 * caller, in which case the model authorizes it as AWS would and it may be denied.
 */
import { callRequests } from '@hatrack/model'
import type { ChangeStep, Step } from '../../format/steps.ts'
import type { TraceCall } from '../../trace/types.ts'
import { actingCaller } from '../callers.ts'
import { applyChange, changeApplied } from '../changes/apply.ts'
import { changeOutput } from '../changes/outputs.ts'
import { modelInput, type ModelInput } from '../changes/resolve-input.ts'
import { done, failed, primaryDecision, succeeded } from '../outcome.ts'
import { run } from '../run.ts'
import type { ReplayState } from '../state.ts'
import { otherAuthorizations, stuckDraft, type StepDraft } from './draft.ts'

/** What the change asks IAM: its first authorization request. */
export function changeCall(
  state: ReplayState,
  operation: string,
  input: ModelInput,
): TraceCall | undefined {
  const [first] = callRequests(state.simulation.snapshot(), { operation, input }) ?? []
  return first === undefined ? undefined : { action: first.action, resource: first.resource }
}

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`

/** `change`. */
export function changeStep(state: ReplayState, step: Step & ChangeStep): StepDraft {
  const { operation } = step.change
  const input = modelInput(
    state,
    operation,
    step.change.input as unknown as Readonly<Record<string, unknown>>,
  )
  const call = changeCall(state, operation, input)
  const withCall = call === undefined ? {} : { call }
  const acting = actingCaller(state, step.caller)
  if (!acting.ok) return stuckDraft(acting, call)
  const outcome = run(state, (world) => applyChange(state, world, acting.caller, operation, input))
  const decisions = outcome.decisions ?? []
  const primary = primaryDecision(decisions, outcome.status === 'error' ? outcome.error : undefined)
  const common = {
    actor: acting.actor,
    ...withCall,
    ...(primary === undefined ? {} : { decision: primary }),
    ...(call === undefined ? {} : { decisions: otherAuthorizations(decisions, primary, call) }),
    ...(acting.used === undefined ? {} : { used: acting.used }),
  }
  if (outcome.status === 'error') return { ...common, outcome: failed(outcome.error, primary) }
  const change = changeApplied(state, operation, input, outcome.value)
  state.record.changes.push(change)
  const output = changeOutput(operation, outcome.value)
  const message = capitalized(change.summary)
  return {
    ...common,
    outcome: acting.caller.kind === 'admin' ? done(message) : succeeded(primary, message),
    ...(output === undefined ? {} : { output }),
  }
}
