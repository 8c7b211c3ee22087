/**
 * `explain`: the full decision, gate by gate, with the statements that decided, the closest
 * misses for an implicit deny, everything that could not be evaluated, and AWS's message.
 */
import type { CompiledPolicySet } from '../compile/policy-set.ts'
import { combine } from '../evaluate/combine.ts'
import { RequestEnv } from '../evaluate/env.ts'
import { planGates, type GatePlan } from '../evaluate/plan.ts'
import { DIRECT, ROLE } from '../evaluate/strength.ts'
import { ROOT_CANNOT_ASSUME_ROLES, allowedMessage, deniedMessage } from '../messages.ts'
import type { AccessRequest, Decision, GateName, GateResult, NotEvaluated } from '../types.ts'
import { explainLevels, explainPolicies, fixedGate, type ExplainedGate } from './gates.ts'
import {
  boundaryReason,
  identityReason,
  rcpReason,
  requiredReason,
  resourceReason,
  scpReason,
  sessionReason,
} from './reasons.ts'

/** The decision for `request` under `compiled`, with its full explanation. */
export function explain(compiled: CompiledPolicySet, request: AccessRequest): Decision {
  const env = new RequestEnv(request)
  const plan = planGates(compiled, env)
  const gates = explainGates(compiled, env, plan)
  const resource = plan.resourceGate === 'trust' ? gates.trust : gates.resource
  const { decision, gate } = combine(
    {
      rcp: gates.rcp.result.outcome,
      scp: gates.scp.result.outcome,
      resource: resource.result.outcome,
      identity: gates.identity.result.outcome,
      boundary: gates.boundary.result.outcome,
      session: gates.session.result.outcome,
      grant: resource.grant,
    },
    plan,
  )
  const ordered: ExplainedGate[] = [
    gates.rcp,
    gates.scp,
    gates.resource,
    gates.trust,
    gates.identity,
    gates.boundary,
    gates.session,
  ]
  const deciding = gates[gate]
  const notEvaluated: NotEvaluated[] = []
  const results: GateResult[] = []
  for (const g of ordered) {
    if (g.notEvaluated.length > 0) notEvaluated.push(...g.notEvaluated)
    results.push(g === deciding ? annotate(g.result, decision, plan, resource.grant) : g.result)
  }
  let message: string
  if (decision === 'allowed') {
    message = allowedMessage(
      request,
      deciding.granted,
      'the root user has full access to its own account',
    )
    if (notEvaluated.length > 0) {
      message += ` Note: ${notEvaluated.length} condition(s) could not be evaluated and were treated conservatively.`
    }
  } else if (decision === 'implicitDeny' && plan.rootAssumesRole && gate === plan.resourceGate) {
    // Only when the root rule decided: an SCP or RCP level that allows nothing comes first.
    message = ROOT_CANNOT_ASSUME_ROLES
  } else {
    message = deniedMessage(request, gate, decision === 'explicitDeny')
  }
  return { decision, gate, gates: results, message, crossAccount: plan.crossAccount, notEvaluated }
}

type Explained = Record<GateName, ExplainedGate>

function explainGates(compiled: CompiledPolicySet, env: RequestEnv, plan: GatePlan): Explained {
  const hasBoundary = plan.boundary
  return {
    rcp:
      plan.rcp && compiled.rcps !== undefined
        ? explainLevels('rcp', compiled.rcps, env)
        : fixedGate('rcp', 'notApplicable', rcpReason(compiled, env)),
    scp:
      plan.scp && compiled.scps !== undefined
        ? explainLevels('scp', compiled.scps, env)
        : fixedGate('scp', 'notApplicable', scpReason(compiled, env)),
    resource: resourceSide('resource', compiled, env, plan),
    trust: resourceSide('trust', compiled, env, plan),
    identity: explainIdentity(compiled, env, plan),
    boundary:
      plan.boundary && compiled.boundary !== undefined
        ? explainPolicies('boundary', [compiled.boundary], env, hasBoundary)
        : fixedGate('boundary', 'notApplicable', boundaryReason(env)),
    session:
      plan.session === 'scan' && compiled.session !== undefined
        ? explainPolicies('session', compiled.session, env, hasBoundary)
        : plan.session === 'missing'
          ? fixedGate(
              'session',
              'implicitDeny',
              'a federated-user session without session policies has no permissions',
            )
          : fixedGate('session', 'notApplicable', sessionReason(env)),
  }
}

function resourceSide(
  gate: 'resource' | 'trust',
  compiled: CompiledPolicySet,
  env: RequestEnv,
  plan: GatePlan,
): ExplainedGate {
  if (gate !== plan.resourceGate)
    return fixedGate(gate, 'notApplicable', resourceReason(gate, plan.resourceGate))
  if (compiled.resource !== undefined)
    return explainPolicies(gate, [compiled.resource], env, plan.boundary)
  if (plan.resource === 'required')
    return fixedGate(gate, 'implicitDeny', requiredReason(env, gate))
  return fixedGate(gate, 'notApplicable', resourceReason(gate, gate))
}

function explainIdentity(
  compiled: CompiledPolicySet,
  env: RequestEnv,
  plan: GatePlan,
): ExplainedGate {
  if (plan.identity === 'none') return fixedGate('identity', 'notApplicable', identityReason(env))
  const explained = explainPolicies('identity', compiled.identity, env, false)
  if (plan.identity === 'scan' || explained.result.outcome === 'explicitDeny') return explained
  return fixedGate(
    'identity',
    'allow',
    'the root user has full access to its own account, with no policy needed',
  )
}

/** Adds a word on how the deciding gate decided, where the rule is not obvious from its outcome. */
function annotate(
  result: GateResult,
  decision: Decision['decision'],
  plan: GatePlan,
  grant: number,
): GateResult {
  let reason: string | undefined
  if (decision === 'allowed' && (result.gate === 'resource' || result.gate === 'trust')) {
    if (plan.crossAccount)
      reason = "cross-account: this policy and the caller's identity-based policies both allow"
    else if (grant === DIRECT)
      reason =
        'the policy names the caller itself: no identity-based allow is needed in the same account'
    else if (grant === ROLE)
      reason = "the policy names the caller's role: its boundary and session policies still apply"
    else reason = 'the policy trusts the account: the caller’s identity-based policies allow too'
  } else if (rootRuleDecided(decision, plan, result.gate)) {
    reason = 'the root user cannot assume roles, whatever the trust policy says'
  } else if (decision !== 'allowed' && result.gate === 'scp' && result.outcome === 'implicitDeny') {
    reason =
      `${result.reason ?? ''} (AWS reports this as an explicit deny in a service control policy)`.trim()
  }
  if (reason === undefined) return result
  return rootRuleDecided(decision, plan, result.gate)
    ? { ...result, outcome: 'implicitDeny', reason }
    : { ...result, reason }
}

/** Whether the root user's "cannot assume roles" rule is what decided, at the resource-side gate. */
function rootRuleDecided(decision: Decision['decision'], plan: GatePlan, gate: GateName): boolean {
  return decision === 'implicitDeny' && plan.rootAssumesRole && gate === plan.resourceGate
}
