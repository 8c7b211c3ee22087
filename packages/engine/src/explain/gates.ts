/**
 * The explanation of each kind of gate: every statement checked, the verdict, the statements
 * that decided and, for an implicit deny, the closest ones.
 */
import type { CompiledPolicy } from '../compile/policy-set.ts'
import { NONE, type Strength } from '../evaluate/strength.ts'
import type { RequestEnv } from '../evaluate/env.ts'
import type { GateName, GateOutcome, GateResult, NotEvaluated, StatementRef } from '../types.ts'
import { checkStatement, type StatementCheck } from './check.ts'
import { closestAllows } from './closest.ts'

/** A gate's explanation, with what the decision logic needs from it. */
export interface ExplainedGate {
  readonly result: GateResult
  readonly grant: Strength
  /** The statement that granted, strongest first (for the allow message). */
  readonly granted: StatementRef | undefined
  readonly notEvaluated: readonly NotEvaluated[]
}

/** A gate that does not take part (or denies for want of a policy), with its reason. */
export function fixedGate(gate: GateName, outcome: GateOutcome, reason: string): ExplainedGate {
  return {
    result: { gate, outcome, reason, matched: [], closest: [] },
    grant: NONE,
    granted: undefined,
    notEvaluated: [],
  }
}

/** Identity, boundary, session and resource-based gates: any Deny wins, else any Allow. */
export function explainPolicies(
  gate: GateName,
  policies: readonly CompiledPolicy[],
  env: RequestEnv,
  hasBoundary: boolean,
): ExplainedGate {
  const checks = checkAll(policies, env, hasBoundary)
  const denies: StatementCheck[] = []
  const allows: StatementCheck[] = []
  const notEvaluated: NotEvaluated[] = []
  let grant: Strength = NONE
  let best: StatementCheck | undefined
  for (const check of checks) {
    if (check.notEvaluated.length > 0) notEvaluated.push(...check.notEvaluated)
    if (!check.applies) continue
    if (!check.statement.allow) denies.push(check)
    else {
      allows.push(check)
      if (check.strength > grant) {
        grant = check.strength
        best = check
      }
    }
  }
  const outcome: GateOutcome =
    denies.length > 0 ? 'explicitDeny' : allows.length > 0 ? 'allow' : 'implicitDeny'
  const result: GateResult = {
    gate,
    outcome,
    matched: (outcome === 'explicitDeny' ? denies : allows).map((check) => check.statement.ref),
    closest: outcome === 'implicitDeny' ? closestAllows(checks, env) : [],
    ...(checks.length === 0 ? { reason: 'no statements' } : {}),
  }
  return {
    result,
    grant: outcome === 'allow' ? grant : NONE,
    granted: best?.statement.ref,
    notEvaluated,
  }
}

/** SCP and RCP levels: any Deny wins; else every level, from the root down, needs an Allow. */
export function explainLevels(
  gate: 'scp' | 'rcp',
  levels: readonly (readonly CompiledPolicy[])[],
  env: RequestEnv,
): ExplainedGate {
  const perLevel = levels.map((level) => checkAll(level, env, false))
  const notEvaluated = perLevel.flatMap((checks) => checks.flatMap((check) => check.notEvaluated))
  const denyLevel = perLevel.findIndex((checks) =>
    checks.some((c) => c.applies && !c.statement.allow),
  )
  if (denyLevel >= 0) {
    const denies = perLevel.flatMap((checks) =>
      checks.filter((c) => c.applies && !c.statement.allow),
    )
    return {
      result: {
        gate,
        outcome: 'explicitDeny',
        level: denyLevel,
        matched: denies.map((c) => c.statement.ref),
        closest: [],
      },
      grant: NONE,
      granted: denies[0]?.statement.ref,
      notEvaluated,
    }
  }
  const missing = perLevel.findIndex(
    (checks) => !checks.some((c) => c.applies && c.statement.allow),
  )
  if (missing >= 0) {
    const failing = perLevel[missing] ?? []
    return {
      result: {
        gate,
        outcome: 'implicitDeny',
        level: missing,
        reason: `no policy attached at level ${missing} (0 is the organization root) allows the request; every level must`,
        matched: [],
        closest: closestAllows(failing, env),
      },
      grant: NONE,
      granted: undefined,
      notEvaluated,
    }
  }
  const allows = perLevel.map((checks) => checks.find((c) => c.applies && c.statement.allow))
  const matched = allows.flatMap((check) => (check === undefined ? [] : [check.statement.ref]))
  return {
    result: { gate, outcome: 'allow', matched, closest: [] },
    grant: NONE,
    granted: matched[0],
    notEvaluated,
  }
}

function checkAll(
  policies: readonly CompiledPolicy[],
  env: RequestEnv,
  hasBoundary: boolean,
): StatementCheck[] {
  const checks: StatementCheck[] = []
  for (const policy of policies) {
    for (const statement of policy.statements)
      checks.push(checkStatement(statement, env, hasBoundary))
  }
  return checks
}
