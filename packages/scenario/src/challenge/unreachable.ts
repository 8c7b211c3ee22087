/**
 * The unreachable checks: with the who-can-assume analysis of the reader's world, a principal
 * must have no path to the role, directly or through a chain of role sessions.
 */
import { chainTo, type AssumeGraph } from '@hatrack/model'
import type { UnreachableGoal } from '../format/challenge.ts'
import { labelOf, type Labels } from './labels.ts'
import type { UnreachableResult } from './types.ts'

/** Each goal checked against `graph`. */
export function checkUnreachable(
  goals: readonly UnreachableGoal[],
  graph: AssumeGraph,
  labels: Labels,
): UnreachableResult[] {
  return goals.map((goal) => {
    const base = {
      principal: goal.principal,
      principalLabel: goal.principalLabel,
      role: goal.role,
      roleLabel: goal.roleLabel,
    }
    const chain = chainTo(graph, goal.principal, goal.role)
    if (chain === undefined)
      return {
        ...base,
        held: true,
        detail: `${goal.principalLabel} cannot reach ${goal.roleLabel}`,
      }
    const through = chain.hops.map((hop) => labelOf(labels, hop.role, `role \`${hop.role}\``))
    const way =
      through.length === 1 ? 'directly' : `through ${through.slice(0, -1).join(', then ')}`
    const needs = [
      ...new Set(chain.hops.flatMap((hop) => hop.requires.map((entry) => entry.description))),
    ]
    const given = needs.length === 0 ? '' : ` (it must ${needs.join(' and ')})`
    return {
      ...base,
      held: false,
      detail: `${goal.principalLabel} can reach ${goal.roleLabel} ${way}${given}`,
      through,
    }
  })
}
