/** Problems of every origin (policy parser, grader, scenario loader) as {@link EditorIssue}s. */
import type { JsonPath } from '@hatrack/policy'
import { pathText } from '../errors.ts'
import type { ElementError } from '../types.ts'
import type { EditorIssue } from './types.ts'

/** The fields policy and grade issues share. */
interface IssueLike {
  readonly code: string
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly path: JsonPath
  readonly line?: number | undefined
  readonly column?: number | undefined
  readonly hint?: string | undefined
  readonly awsError?: string | undefined
}

/** A policy or grade issue, placed in the document's text. */
export function editorIssue(issue: IssueLike): EditorIssue {
  return {
    severity: issue.severity,
    message: issue.message,
    code: issue.code,
    ...(issue.path.length === 0 ? {} : { path: pathText(issue.path) }),
    ...(issue.line === undefined ? {} : { line: issue.line }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
    ...(issue.awsError === undefined ? {} : { awsError: issue.awsError }),
  }
}

type ErrorFields = Omit<ElementError, 'issues' | 'type'>

function fromFields(fields: ErrorFields, severity: EditorIssue['severity']): EditorIssue {
  return {
    severity,
    message: fields.message,
    ...(fields.line === undefined ? {} : { line: fields.line }),
    ...(fields.column === undefined ? {} : { column: fields.column }),
    ...(fields.path === undefined ? {} : { path: fields.path }),
    ...(fields.hint === undefined ? {} : { hint: fields.hint }),
    ...(fields.code === undefined ? {} : { code: fields.code }),
  }
}

/** Every issue of a component error (the first is the error itself). */
export function errorIssues(
  error: ElementError,
  severity: EditorIssue['severity'] = 'error',
): EditorIssue[] {
  const all = error.issues === undefined || error.issues.length === 0 ? [error] : error.issues
  return all.map((fields) => fromFields(fields, severity))
}

/**
 * Issues found in a whole scenario while the reader edits one policy of it: their positions are
 * in the scenario, not the editor, so they move into the message.
 */
export function outsideIssue(issue: EditorIssue): EditorIssue {
  const { line, column, ...rest } = issue
  if (line === undefined) return rest
  const at = column === undefined ? `line ${line}` : `line ${line}, column ${column}`
  return { ...rest, message: `${issue.message} (in the scenario, ${at})` }
}
