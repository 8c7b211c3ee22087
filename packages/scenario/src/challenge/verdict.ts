/** The grade in one line, for a status bar or the CLI's last line. */
import type { GoalResult, GradeIssue, LeastPrivilegeResult, UnreachableResult } from './types.ts'

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The verdict of a document that could not be graded. */
export function invalidVerdict(issues: readonly GradeIssue[]): string {
  const first = issues.find((issue) => issue.severity === 'error')
  if (first === undefined) return 'The document could not be graded.'
  if (first.code === 'challenge.none') return 'This scenario has no challenge.'
  if (first.code === 'challenge.refused') return `AWS would refuse this document: ${first.message}`
  if (first.code === 'challenge.internal') return `Hatrack failed while grading: ${first.message}`
  const at = first.line === undefined ? '' : ` (line ${first.line}, column ${first.column ?? 1})`
  return `The document does not parse: ${first.message}${at}.`
}

/** The verdict of a graded document. */
export function gradedVerdict(
  goals: readonly GoalResult[],
  unreachable: readonly UnreachableResult[],
  leastPrivilege: LeastPrivilegeResult | undefined,
): string {
  const failedGoals = goals.filter((goal) => !goal.held)
  const reached = unreachable.filter((check) => !check.held)
  const extras = leastPrivilege?.extras ?? []
  if (failedGoals.length === 0 && reached.length === 0 && extras.length === 0) {
    const parts =
      goals.length === 0
        ? []
        : [
            goals.length === 1
              ? 'the goal holds'
              : goals.length === 2
                ? 'both goals hold'
                : `all ${goals.length} goals hold`,
          ]
    if (unreachable.length > 0) parts.push(`${plural(unreachable.length, 'principal')} kept out`)
    if (leastPrivilege !== undefined) parts.push('nothing allowed beyond what is needed')
    return `Solved: ${parts.join(', ')}.`
  }
  const parts: string[] = []
  if (failedGoals.length > 0)
    parts.push(
      `${failedGoals.length} of ${plural(goals.length, 'goal')} ${failedGoals.length === 1 ? 'fails' : 'fail'} (${failedGoals.map((goal) => `\`${goal.id}\``).join(', ')})`,
    )
  for (const check of reached) parts.push(check.detail)
  if (extras.length > 0) {
    const first = extras[0]?.sentence ?? ''
    parts.push(extras.length === 1 ? `it ${first}` : `it ${first}, and ${extras.length - 1} more`)
  }
  return `Not yet: ${parts.join('; ')}.`
}
