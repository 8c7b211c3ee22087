/**
 * The issue-code registry: every code the parser, the validator and the quotas can report, with
 * its severity, AWS's error name, a title and a paragraph for learners. The docs site lists it.
 * Codes are stable string literals; renaming one is a breaking change.
 */
import { actionResourceIssueCodes } from './codes/action-resource.ts'
import { conditionIssueCodes } from './codes/condition.ts'
import { documentIssueCodes } from './codes/document.ts'
import { kindIssueCodes } from './codes/kinds.ts'
import { principalIssueCodes } from './codes/principal.ts'
import { quotaIssueCodes } from './codes/quota.ts'
import { statementIssueCodes } from './codes/statement.ts'
import type { PolicyIssueCodeInfo } from './info.ts'

const codes = {
  ...documentIssueCodes,
  ...statementIssueCodes,
  ...principalIssueCodes,
  ...actionResourceIssueCodes,
  ...conditionIssueCodes,
  ...kindIssueCodes,
  ...quotaIssueCodes,
} as const

/** Every issue code of `@hatrack/policy`: `'policy.json.syntax'`, `'policy.principal.notAllowed'`, … */
export type PolicyIssueCode = keyof typeof codes

/** A registry entry with its code. */
export interface PolicyIssueCodeEntry extends PolicyIssueCodeInfo {
  readonly code: PolicyIssueCode
}

/** The registry, keyed by code. */
export const policyIssueCodes: Readonly<Record<PolicyIssueCode, PolicyIssueCodeEntry>> =
  Object.fromEntries(
    Object.entries(codes).map(([code, info]) => [code, { code, ...info }]),
  ) as Record<PolicyIssueCode, PolicyIssueCodeEntry>

/** Whether `code` is a code of the registry. */
export function isPolicyIssueCode(code: string): code is PolicyIssueCode {
  return Object.hasOwn(policyIssueCodes, code)
}
