/**
 * How a step came out, from what the model answered: a decision (allowed, or AWS's
 * `AccessDenied` with the gate that refused), an AWS error, or a step that asks for nothing.
 */
import type { Decision } from '@hatrack/engine'
import type { TraceOutcome } from '../trace/types.ts'

/** An error as the model's services give it. */
export interface ModelError {
  readonly code: string
  readonly message: string
  readonly decision?: Decision
}

/** The outcome of an authorization's decision. */
export function decided(decision: Decision): TraceOutcome {
  if (decision.decision === 'allowed')
    return {
      status: 'allowed',
      decision: 'allowed',
      gate: decision.gate,
      message: decision.message,
    }
  return {
    status: 'denied',
    decision: decision.decision,
    gate: decision.gate,
    message: decision.message,
    error: { code: 'AccessDenied', message: decision.message },
  }
}

/** The outcome of an AWS error: `denied` when a decision refused the call, `error` otherwise. */
export function failed(error: ModelError, decision?: Decision): TraceOutcome {
  const refusal = error.decision
  if (refusal !== undefined && refusal.decision !== 'allowed')
    return {
      status: 'denied',
      decision: refusal.decision,
      gate: refusal.gate,
      message: error.message,
      error: { code: error.code, message: error.message },
    }
  return {
    status: 'error',
    ...(decision === undefined ? {} : { decision: decision.decision, gate: decision.gate }),
    message: error.message,
    error: { code: error.code, message: error.message },
  }
}

/** The outcome of a step that asks for no authorization. */
export function done(message: string): TraceOutcome {
  return { status: 'ok', message }
}

/** The outcome of a call that succeeded after its authorizations. */
export function succeeded(decision: Decision | undefined, message: string): TraceOutcome {
  if (decision === undefined) return done(message)
  return { status: 'allowed', decision: 'allowed', gate: decision.gate, message }
}

/**
 * The decision a step shows first: the one that refused, else the first one made (the call's
 * own, before `sts:TagSession` and the like).
 */
export function primaryDecision(
  decisions: readonly Decision[],
  error?: ModelError,
): Decision | undefined {
  if (error?.decision !== undefined) return error.decision
  return decisions.find((decision) => decision.decision !== 'allowed') ?? decisions[0]
}
