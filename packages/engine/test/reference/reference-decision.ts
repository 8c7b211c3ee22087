/**
 * What the reference evaluator answers: the decision and the gate that decided it, nothing more.
 * The engine's `Decision` carries an explanation too; the properties compare these two fields.
 */
import type { DecisionKind, GateName } from '@hatrack/engine'

/** The reference evaluator's answer for one request. */
export interface ReferenceDecision {
  readonly decision: DecisionKind
  readonly gate: GateName
}

/** The gates in AWS's order (iam-facts §7): the first of them with an explicit deny is reported. */
export const GATE_ORDER: readonly GateName[] = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
]

/**
 * The words each gate's message must contain (iam-facts §14): AWS's AccessDenied texts name the
 * policy type that denied (`… because no identity-based policy allows …`, `… with an explicit
 * deny in a service control policy`, `… in a sessions policy`).
 */
export const GATE_PHRASE: Readonly<Record<GateName, string>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  session: 'session',
  scp: 'service control policy',
  rcp: 'resource control policy',
}
