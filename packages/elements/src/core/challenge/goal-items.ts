/**
 * A grade as a checklist: each step's expectation ("must be allowed"), each principal that must
 * not reach a role, and least privilege, with whether it holds, what happened instead, and
 * AWS's own message when AWS refused the step.
 */
import type { ChallengeGrade, GoalResult, Trace, UnreachableResult } from '@hatrack/scenario'
import type { GoalItem } from './types.ts'

function stepItem(goal: GoalResult, trace: Trace | undefined, graded: boolean): GoalItem {
  const outcome = trace?.steps[goal.index]?.outcome
  const refused =
    outcome !== undefined && (outcome.status === 'denied' || outcome.status === 'error')
  return {
    id: goal.id,
    kind: 'step',
    text: goal.label,
    want: `must be ${goal.want}`,
    ...(goal.say === undefined ? {} : { say: goal.say }),
    ...(graded ? { held: goal.held, detail: goal.detail } : {}),
    ...(graded && refused ? { aws: outcome.message } : {}),
  }
}

function unreachableItem(check: UnreachableResult, index: number, graded: boolean): GoalItem {
  return {
    id: `unreachable:${index}`,
    kind: 'unreachable',
    text: check.principalLabel,
    want: `must not reach ${check.roleLabel}`,
    ...(graded ? { held: check.held, detail: check.detail } : {}),
  }
}

/** The least-privilege item, before or after grading. */
function leastPrivilegeItem(grade: ChallengeGrade, graded: boolean): GoalItem {
  const result = grade.leastPrivilege
  return {
    id: 'leastPrivilege',
    kind: 'leastPrivilege',
    text: 'Least privilege',
    want: 'must allow nothing beyond what the goal needs',
    ...(graded && result !== undefined ? { held: result.held, detail: result.detail } : {}),
  }
}

/**
 * The checklist of `grade`; `graded: false` strips the results (the checklist shown before the
 * first check, taken from the reference solution's grade).
 */
export function goalItems(
  grade: ChallengeGrade,
  graded: boolean,
  leastPrivilege: boolean,
): GoalItem[] {
  return [
    ...grade.goals.map((goal) => stepItem(goal, grade.trace, graded)),
    ...grade.unreachable.map((check, index) => unreachableItem(check, index, graded)),
    ...(leastPrivilege ? [leastPrivilegeItem(grade, graded)] : []),
  ]
}
