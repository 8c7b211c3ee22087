/**
 * What a step handler gives: the parts of a trace step that depend on the step's kind. The
 * replay adds the rest (index, id, clock, sessions created, changes, expectation).
 */
import type { Decision } from '@hatrack/engine'
import type { TraceActor, TraceAuthorization, TraceCall, TraceOutcome } from '../../trace/types.ts'
import type { StuckCaller } from '../callers.ts'

/** A step's own content. */
export interface StepDraft {
  readonly actor?: TraceActor
  readonly call?: TraceCall
  readonly outcome: TraceOutcome
  readonly decision?: Decision
  /** Authorizations the call made besides `decision`. */
  readonly decisions?: readonly TraceAuthorization[]
  readonly output?: Readonly<Record<string, unknown>>
  /** The session whose credentials the step used, by name. */
  readonly used?: string
  /** Sessions that expired during the step (`advance`). */
  readonly expired?: readonly string[]
}

/** The draft of a step whose caller could not act. */
export function stuckDraft(stuck: StuckCaller, call?: TraceCall): StepDraft {
  return {
    actor: stuck.actor,
    ...(call === undefined ? {} : { call }),
    outcome: stuck.outcome,
    ...(stuck.used === undefined ? {} : { used: stuck.used }),
  }
}

const ACTION = /perform:? ([A-Za-z0-9-]+:[A-Za-z0-9*?]+)/

/**
 * The authorizations of a call other than its primary decision, each labelled by the action
 * its decision names (`sts:TagSession`), on `resource`.
 */
export function otherAuthorizations(
  decisions: readonly Decision[],
  primary: Decision | undefined,
  fallback: TraceCall,
): TraceAuthorization[] {
  return decisions
    .filter((decision) => decision !== primary)
    .map((decision) => {
      const action = ACTION.exec(decision.message)?.[1] ?? fallback.action
      return { label: action, call: { action, resource: fallback.resource }, decision }
    })
}
