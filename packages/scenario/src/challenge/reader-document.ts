/**
 * The reader's document: JSON text parsed as the edited document's kind, with the policy
 * parser's issues placed in the text itself (line and column from its first character), and
 * the parsed document ready to take the edited one's place.
 */
import { parsePolicy } from '@hatrack/policy'
import type { Challenge } from '../format/challenge.ts'
import type { PolicyDocument } from '../format/policy.ts'
import type { GradeIssue } from './types.ts'

/** The parsed document and its warnings, or its errors. */
export type ReaderDocument =
  | { readonly ok: true; readonly document: PolicyDocument; readonly warnings: GradeIssue[] }
  | { readonly ok: false; readonly issues: GradeIssue[] }

/** Parses `text` as the document `challenge` lets the reader edit. */
export function readDocument(challenge: Challenge, text: string): ReaderDocument {
  if (typeof text !== 'string')
    return {
      ok: false,
      issues: [
        {
          code: 'challenge.notText',
          severity: 'error',
          message: 'expected the text of a policy document',
          path: [],
        },
      ],
    }
  const { edit } = challenge
  const result = parsePolicy(
    text,
    edit.inline === undefined
      ? { kind: edit.policyKind }
      : { kind: edit.policyKind, inline: edit.inline },
  )
  if (!result.ok) return { ok: false, issues: result.issues.map(toGradeIssue) }
  return {
    ok: true,
    document: { kind: edit.policyKind, input: text, policy: result.policy, path: edit.path },
    warnings: result.warnings.map(toGradeIssue),
  }
}

function toGradeIssue(issue: {
  readonly code: string
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly path: GradeIssue['path']
  readonly line?: number | undefined
  readonly column?: number | undefined
  readonly hint?: string | undefined
  readonly awsError?: string | undefined
}): GradeIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    path: issue.path,
    ...(issue.line === undefined ? {} : { line: issue.line }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
    ...(issue.awsError === undefined ? {} : { awsError: issue.awsError }),
  }
}
