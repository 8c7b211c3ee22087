/**
 * The request log: one entry per step that made a call, and per step without one whose outcome
 * is worth a line (an error, a change to the world, sessions expiring).
 */
import type { TraceStep } from '@hatrack/scenario'
import type { LogEntry } from '../types.ts'

/** Whether `step` gets a log entry. */
export function logged(step: TraceStep): boolean {
  return (
    step.call !== undefined ||
    step.outcome.status === 'error' ||
    step.outcome.status === 'denied' ||
    step.changes.length > 0 ||
    step.sessions.expired.length > 0
  )
}

/** The log entry of step `index`; `actor` is the actor's label. */
export function logEntry(step: TraceStep, index: number, actor: string | undefined): LogEntry {
  const { outcome } = step
  return {
    step: index,
    stepId: step.id,
    at: step.at,
    ...(actor === undefined ? {} : { actor }),
    ...(step.call === undefined ? {} : { action: step.call.action, resource: step.call.resource }),
    status: outcome.status,
    ...(outcome.decision === undefined ? {} : { decision: outcome.decision }),
    ...(outcome.gate === undefined ? {} : { gate: outcome.gate }),
    message: outcome.message,
  }
}
