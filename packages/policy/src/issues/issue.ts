/**
 * A problem found in a policy document: what it is (a registry code), where it is (a JSON path
 * and, for text, a line and a column), and what would fix it.
 */
import type { JsonPath } from '../ast.ts'
import type { SourcePosition } from '../json/position.ts'
import type { PolicyIssueSeverity } from './info.ts'
import { policyIssueCodes, type PolicyIssueCode } from './registry.ts'

/** One problem in a policy document. */
export interface PolicyIssue {
  /** A code of {@link policyIssueCodes}, such as `'policy.principal.notAllowed'`. */
  readonly code: string
  readonly severity: PolicyIssueSeverity
  /** One sentence, in AWS's own words where AWS has them. */
  readonly message: string
  /** Where in the document: `['Statement', 0, 'Principal']`; `[]` for the whole document. */
  readonly path: JsonPath
  /** 1-based line, for documents given as text. */
  readonly line?: number
  /** 1-based column (UTF-16 code units), for documents given as text. */
  readonly column?: number
  /** What would fix it. */
  readonly hint?: string
  /** The error code AWS answers with (`MalformedPolicyDocument`, `LimitExceeded`, …). */
  readonly awsError?: string
}

/** Where an issue points: a path, and a position when the document was text. */
export interface IssueLocation {
  readonly path: JsonPath
  readonly position?: SourcePosition | undefined
}

/** Builds an issue of `code` at `where`, with the severity and AWS error name of the registry. */
export function createPolicyIssue(
  code: PolicyIssueCode,
  where: IssueLocation,
  message: string,
  options: { readonly hint?: string | undefined; readonly awsError?: string | undefined } = {},
): PolicyIssue {
  const info = policyIssueCodes[code]
  const awsError = options.awsError ?? info.awsError
  return {
    code,
    severity: info.severity,
    message,
    path: where.path,
    ...(where.position === undefined
      ? {}
      : { line: where.position.line, column: where.position.column }),
    ...(options.hint === undefined ? {} : { hint: options.hint }),
    ...(awsError === undefined ? {} : { awsError }),
  }
}
