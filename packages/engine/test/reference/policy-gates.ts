/**
 * The questions the reference asks of each kind of policy: does any statement of these policies
 * explicitly deny, does any allow, does every organization level allow.
 */
import type { NamedPolicy } from '@hatrack/engine'
import {
  applyingStatements,
  type AppliedStatement,
  type StatementInput,
} from './statement-applies.ts'

/** Whether some statement of `policies` explicitly denies the request. */
export function anyDeny(policies: readonly NamedPolicy[], input: StatementInput): boolean {
  return policies.some((named) => applyingStatements(named.policy, 'Deny', input).length > 0)
}

/** The `Allow` statements of `policies` that apply to the request. */
export function allows(
  policies: readonly NamedPolicy[],
  input: StatementInput,
): AppliedStatement[] {
  return policies.flatMap((named) => applyingStatements(named.policy, 'Allow', input))
}

/**
 * SCPs and RCPs: every level on the path from the organization root to the account must have a
 * policy that allows the request ("every level must allow", iam-facts §7 steps 2–3).
 */
export function everyLevelAllows(
  levels: readonly (readonly NamedPolicy[])[],
  input: StatementInput,
): boolean {
  return levels.every((level) => allows(level, input).length > 0)
}

/** The policies of all levels, flattened: for the explicit-deny step. */
export function allLevels(levels: readonly (readonly NamedPolicy[])[]): NamedPolicy[] {
  return levels.flat()
}
