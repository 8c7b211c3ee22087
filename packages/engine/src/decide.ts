/**
 * `decide`: the fast path. Reads each gate once, in AWS's order, stops at the first explicit
 * deny, and combines the verdicts; builds no explanation. `explain` reaches the same decision
 * through the same `planGates` and `combine`.
 */
import type { CompiledPolicySet } from './compile/policy-set.ts'
import { combine } from './evaluate/combine.ts'
import { RequestEnv } from './evaluate/env.ts'
import { planGates } from './evaluate/plan.ts'
import { scanLevels, scanPolicies, scanResource } from './evaluate/scan.ts'
import { NONE, type Strength } from './evaluate/strength.ts'
import type { AccessRequest, DecisionKind, GateOutcome } from './types.ts'

/** The decision for `request` under `compiled`, without explanation. Equals `explain(…).decision`. */
export function decide(compiled: CompiledPolicySet, request: AccessRequest): DecisionKind {
  const env = new RequestEnv(request)
  const plan = planGates(compiled, env)

  const rcp: GateOutcome =
    plan.rcp && compiled.rcps !== undefined ? scanLevels(compiled.rcps, env) : 'notApplicable'
  if (rcp === 'explicitDeny') return 'explicitDeny'
  const scp: GateOutcome =
    plan.scp && compiled.scps !== undefined ? scanLevels(compiled.scps, env) : 'notApplicable'
  if (scp === 'explicitDeny') return 'explicitDeny'

  let resource: GateOutcome = 'notApplicable'
  let grant: Strength = NONE
  if (compiled.resource !== undefined) {
    const scanned = scanResource(compiled.resource, env, plan.boundary)
    if (scanned.outcome === 'explicitDeny') return 'explicitDeny'
    resource = scanned.outcome
    grant = scanned.grant
  } else if (plan.resource === 'required') resource = 'implicitDeny'

  const identity: GateOutcome =
    plan.identity === 'scan'
      ? scanPolicies(compiled.identity, env)
      : plan.identity === 'root'
        ? rootIdentity(compiled, env)
        : 'notApplicable'
  if (identity === 'explicitDeny') return 'explicitDeny'
  const boundary: GateOutcome =
    plan.boundary && compiled.boundary !== undefined
      ? scanPolicies([compiled.boundary], env)
      : 'notApplicable'
  if (boundary === 'explicitDeny') return 'explicitDeny'
  const session: GateOutcome =
    plan.session === 'scan' && compiled.session !== undefined
      ? scanPolicies(compiled.session, env)
      : plan.session === 'missing'
        ? 'implicitDeny'
        : 'notApplicable'
  if (session === 'explicitDeny') return 'explicitDeny'

  return combine({ rcp, scp, resource, identity, boundary, session, grant }, plan).decision
}

/**
 * The root user is allowed implicitly in its own account (iam-facts §7). Identity policies
 * cannot be attached to it; if a policy set gives some anyway, their denies still count.
 */
function rootIdentity(compiled: CompiledPolicySet, env: RequestEnv): GateOutcome {
  return scanPolicies(compiled.identity, env) === 'explicitDeny' ? 'explicitDeny' : 'allow'
}
