/**
 * The call a frame animates and the edge it travels along. A call that created a session
 * (`sts:AssumeRole`, `AssumeRoleWithWebIdentity`, `AssumeRoleWithSAML`, `GetSessionToken`,
 * Roles Anywhere's `CreateSession`) travels its `assume` edge; another allowed call a `request`
 * edge from the actor to its target (an entity or an endpoint); a refused one a `denial` edge.
 * A step whose actor is no node (an administrator's change, a session that was never created)
 * has no call to draw; its log entry still tells.
 */
import type { TraceStep } from '@hatrack/scenario'
import type { FrameCall, FrameEdge, NodeBox } from '../types.ts'
import type { AssumeRecord } from './assume-edges.ts'
import { callGlyph, callLabel } from './call-words.ts'
import { makeEdge } from './edge.ts'

const sessionCalls = new Set([
  'sts:assumerole',
  'sts:assumerolewithwebidentity',
  'sts:assumerolewithsaml',
  'sts:getsessiontoken',
  'sts:getfederationtoken',
  'rolesanywhere:createsession',
])

/** A frame's call and the edge it travels (current in that frame). */
export interface StepCall {
  readonly call: FrameCall
  readonly edge: FrameEdge
}

function sessionEdge(step: TraceStep, records: readonly AssumeRecord[]): FrameEdge | undefined {
  const call = step.call
  if (call === undefined || !sessionCalls.has(call.action.toLowerCase())) return undefined
  if (step.outcome.status !== 'allowed' && step.outcome.status !== 'ok') return undefined
  const own = records.find((record) => record.session.role === call.resource)
  return (own ?? records[0])?.edge
}

/** The call of step `index`, or `undefined` when it has none to draw. */
export function stepCall(
  step: TraceStep,
  actor: string | undefined,
  target: string | undefined,
  created: readonly AssumeRecord[],
  boxes: ReadonlyMap<string, NodeBox>,
): StepCall | undefined {
  if (step.call === undefined || actor === undefined || target === undefined) return undefined
  const { outcome } = step
  const label = callLabel(outcome)
  const refused = outcome.status === 'denied' || outcome.status === 'error'
  const assumed = sessionEdge(step, created)
  const edge =
    assumed !== undefined
      ? { ...assumed, current: true }
      : makeEdge(refused ? 'denial' : 'request', actor, target, boxes, {
          label: refused ? `${step.call.action} · ${label}` : step.call.action,
          current: true,
        })
  return {
    edge,
    call: {
      edge: edge.id,
      from: edge.from,
      to: edge.to,
      action: step.call.action,
      resource: step.call.resource,
      status: outcome.status,
      ...(outcome.decision === undefined ? {} : { decision: outcome.decision }),
      ...(outcome.gate === undefined ? {} : { gate: outcome.gate }),
      glyph: callGlyph(outcome),
      label,
    },
  }
}
