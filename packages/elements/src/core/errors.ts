/**
 * Problems as the components show them: a scenario's issues (YAML syntax → `parse`, the format's
 * keys, names and policies → `validate`), the declarations the model refused (`evaluate`), and
 * Hatrack's own failures (`evaluate`, with a hint to report them).
 */
import type { JsonPath } from '@hatrack/policy'
import type { ScenarioIssue, SetupError } from '@hatrack/scenario'
import type { ElementError } from './types.ts'

type IssueFields = Omit<ElementError, 'issues' | 'type'>

/** A JSON path as `$.roles.Admin.trust.Statement[0]`. */
export function pathText(path: JsonPath): string {
  let text = '$'
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) text += `.${part}`
    else text += `[${JSON.stringify(part)}]`
  }
  return text
}

/** Whether an issue is about the text itself (size, nesting, YAML or JSON syntax). */
export function isParseIssue(issue: ScenarioIssue): boolean {
  return issue.code.startsWith('scenario.yaml.') || issue.code.startsWith('scenario.input.')
}

function issueFields(issue: ScenarioIssue): IssueFields {
  return {
    message: issue.message,
    line: issue.line,
    column: issue.column,
    path: pathText(issue.path),
    code: issue.code,
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
  }
}

function withIssues(
  type: ElementError['type'],
  all: readonly IssueFields[],
  fallback: string,
): ElementError {
  const [first] = all
  if (first === undefined) return { type, message: fallback }
  return all.length > 1 ? { type, ...first, issues: all } : { type, ...first }
}

/** The error of a scenario that did not load: the first error's fields on top, every issue below. */
export function loadError(issues: readonly ScenarioIssue[]): ElementError {
  const errors = issues.filter((issue) => issue.severity === 'error')
  const shown = errors.length > 0 ? errors : issues
  const first = shown[0]
  const type =
    first === undefined
      ? 'validate'
      : first.code === 'scenario.internal'
        ? 'evaluate'
        : isParseIssue(first)
          ? 'parse'
          : 'validate'
  return withIssues(type, shown.map(issueFields), 'the scenario could not be loaded')
}

/** A warning of a scenario that loaded (an action AWS does not define, say). */
export function warningOf(issue: ScenarioIssue): ElementError {
  return { type: 'validate', ...issueFields(issue) }
}

/** The declarations the model refused: the world would be incomplete, so nothing is played. */
export function setupError(errors: readonly SetupError[]): ElementError {
  const all = errors.map((entry): IssueFields => ({
    message: `${entry.declaration}: ${entry.error.message}`,
    path: pathText(entry.path),
    code: entry.error.code,
    ...(entry.location === undefined
      ? {}
      : { line: entry.location.line, column: entry.location.column }),
    hint: 'AWS would refuse this declaration, so the world the scenario describes cannot be built',
  }))
  return withIssues('evaluate', all, 'the scenario declares something AWS would refuse')
}

/** Hatrack's own failure, never the scenario's. */
export function internalError(error: unknown): ElementError {
  let detail = 'an unexpected error'
  try {
    detail = error instanceof Error ? error.message : String(error)
  } catch {
    // An error that cannot even be read: keep the generic words.
  }
  return {
    type: 'evaluate',
    message: `hatrack failed while playing this scenario: ${detail}`,
    code: 'elements.internal',
    hint: 'this is a bug in Hatrack, not in the scenario: please report it with the file',
  }
}
