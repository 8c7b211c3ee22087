/**
 * A problem in a scenario file: its code, where it is (JSON path, line and column, file) and,
 * apart from the message, what would fix it.
 */
import type { JsonPath } from '@hatrack/policy'
import { scenarioIssueCodes, type ScenarioIssueCode } from './registry.ts'

/** One problem found in a scenario. */
export interface ScenarioIssue {
  /** A code of `scenarioIssueCodes`, or of @hatrack/policy's registry for a policy document. */
  readonly code: string
  readonly severity: 'error' | 'warning'
  /** One lowercase sentence; the user's values in backticks. */
  readonly message: string
  /** Where in the scenario: `['roles', 'Admin', 'trust', 'Statement', 0]`. */
  readonly path: JsonPath
  /** 1-based line of the offending node in `file`. */
  readonly line: number
  /** 1-based column (UTF-16 code units, as editors count). */
  readonly column: number
  /** The file, when known: the `fileName` given to `load`, or a file reached through `extends`. */
  readonly file?: string
  /** What would fix it. */
  readonly hint?: string
  /** For policy documents: the error AWS answers with (`MalformedPolicyDocument`). */
  readonly awsError?: string
}

/** Which part of a map entry an issue points at: the key (unknown key) or the value. */
export type Anchor = 'key' | 'value'

/** An issue before it is placed in a file: the loader adds line, column and file. */
export interface PendingIssue {
  readonly code: string
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly path: JsonPath
  readonly anchor: Anchor
  readonly hint?: string
  readonly awsError?: string
  /** A known position (for policy text, or YAML syntax errors), used instead of the path. */
  readonly at?: { readonly file?: string; readonly line: number; readonly column: number }
}

/** Builds a pending issue of a registry code; its severity comes from the registry. */
export function issue(
  code: ScenarioIssueCode,
  path: JsonPath,
  message: string,
  options: { readonly hint?: string | undefined; readonly anchor?: Anchor } = {},
): PendingIssue {
  return {
    code,
    severity: scenarioIssueCodes[code].severity,
    message,
    path,
    anchor: options.anchor ?? 'value',
    ...(options.hint === undefined ? {} : { hint: options.hint }),
  }
}

/** Whether any of `issues` is an error. */
export function hasErrors(issues: readonly { readonly severity: string }[]): boolean {
  return issues.some((entry) => entry.severity === 'error')
}
