/**
 * The decision from each gate's verdict, in AWS's order (iam-facts §7–9). Pure logic over a
 * handful of outcomes, shared by `decide` and `explain` so that the two can never disagree.
 * Written without closures and with preallocated results: it runs on every decision.
 */
import type { DecisionKind, GateName, GateOutcome } from '../types.ts'
import type { GatePlan } from './plan.ts'
import { NONE, ROLE, DIRECT, type Strength } from './strength.ts'

/** Each gate's own verdict; the resource slot stands for `resource` or `trust`. */
export interface Verdicts {
  readonly rcp: GateOutcome
  readonly scp: GateOutcome
  readonly resource: GateOutcome
  readonly identity: GateOutcome
  readonly boundary: GateOutcome
  readonly session: GateOutcome
  /** The strongest grant among the resource gate's applicable `Allow` statements. */
  readonly grant: Strength
}

/** The decision and the gate that decided it. */
export interface Combined {
  readonly decision: DecisionKind
  readonly gate: GateName
}

const GATES: readonly GateName[] = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
]
const table = (decision: DecisionKind): Readonly<Record<GateName, Combined>> =>
  Object.fromEntries(GATES.map((gate) => [gate, Object.freeze({ decision, gate })])) as Record<
    GateName,
    Combined
  >
/** Every possible result, allocated once. */
const RESULTS: Readonly<Record<DecisionKind, Readonly<Record<GateName, Combined>>>> = {
  allowed: table('allowed'),
  explicitDeny: table('explicitDeny'),
  implicitDeny: table('implicitDeny'),
}

function result(decision: DecisionKind, gate: GateName): Combined {
  return RESULTS[decision][gate]
}

/** Combines the verdicts of the gates of `plan` into the decision. */
export function combine(verdicts: Verdicts, plan: GatePlan): Combined {
  const resourceGate = plan.resourceGate
  if (verdicts.rcp === 'explicitDeny') return result('explicitDeny', 'rcp')
  if (verdicts.scp === 'explicitDeny') return result('explicitDeny', 'scp')
  if (verdicts.resource === 'explicitDeny') return result('explicitDeny', resourceGate)
  if (verdicts.identity === 'explicitDeny') return result('explicitDeny', 'identity')
  if (verdicts.boundary === 'explicitDeny') return result('explicitDeny', 'boundary')
  if (verdicts.session === 'explicitDeny') return result('explicitDeny', 'session')
  if (verdicts.rcp === 'implicitDeny') return result('implicitDeny', 'rcp')
  if (verdicts.scp === 'implicitDeny') return result('implicitDeny', 'scp')
  // The root user cannot assume roles, whatever the trust policy says (iam-facts §2).
  if (plan.rootAssumesRole) return result('implicitDeny', resourceGate)
  const grant = verdicts.grant
  // Services and anonymous callers: only the resource-based policy can allow (iam-facts §2).
  if (!plan.iamCaller) return result(grant === NONE ? 'implicitDeny' : 'allowed', resourceGate)
  const identity = verdicts.identity === 'allow'
  const boundary = verdicts.boundary !== 'implicitDeny'
  const session = verdicts.session !== 'implicitDeny'
  // Cross account: the caller's side and the resource's side must both allow (iam-facts §8).
  if (plan.crossAccount) {
    if (grant === NONE) return result('implicitDeny', resourceGate)
    return callerSide(true, identity, boundary, session) ?? result('allowed', resourceGate)
  }
  // Trust policies and KMS key policies must name the principal (iam-facts §7 step 4, §9).
  if (plan.mustNamePrincipal && grant === NONE) return result('implicitDeny', resourceGate)
  // Named directly (or `*`): no identity allow needed, and no boundary or session limit.
  if (grant === DIRECT) return result('allowed', resourceGate)
  // Named by its role: the session's boundary and session policies still limit it.
  if (grant === ROLE)
    return callerSide(false, identity, boundary, session) ?? result('allowed', resourceGate)
  // Named by account, or not at all: the identity side decides.
  return (
    callerSide(true, identity, boundary, session) ??
    result('allowed', plan.mustNamePrincipal ? resourceGate : 'identity')
  )
}

/** The implicit deny of the first caller-side gate that does not allow, among those a path needs. */
function callerSide(
  needsIdentity: boolean,
  identity: boolean,
  boundary: boolean,
  session: boolean,
): Combined | undefined {
  if (needsIdentity && !identity) return result('implicitDeny', 'identity')
  if (!boundary) return result('implicitDeny', 'boundary')
  if (!session) return result('implicitDeny', 'session')
  return undefined
}
