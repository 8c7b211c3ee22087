/**
 * A runner for table tests of `parsePolicy`: each case is a policy given as a value, checked
 * twice (as the value, and as its indented JSON text), with the issues it must give, in order.
 */
import { expect } from 'vitest'
import type { PolicyKind } from '../src/ast.ts'
import type { PolicyIssue } from '../src/issues/issue.ts'
import { policyIssueCodes, type PolicyIssueCode } from '../src/issues/registry.ts'
import { parsePolicy, type PolicyParseResult } from '../src/parse/parse-policy.ts'

/** An expected issue: its code, and whichever other fields the case pins down. */
export type ExpectedIssue = { readonly code: PolicyIssueCode } & Partial<Omit<PolicyIssue, 'code'>>

/** One case of a table. */
export interface PolicyCase {
  readonly name: string
  readonly kind: PolicyKind
  readonly policy: unknown
  /** Every issue, in order; `[]` for a clean policy. */
  readonly issues: readonly ExpectedIssue[]
}

/** The issues of a result, warnings included. */
export function issuesOf(result: PolicyParseResult): PolicyIssue[] {
  return result.ok ? result.warnings : result.issues
}

/** Checks `c` as a value and as text: same issues (positions aside), `ok` exactly when no error. */
export function checkPolicyCase(c: PolicyCase): void {
  const expectOk = c.issues.every((i) => policyIssueCodes[i.code].severity === 'warning')
  for (const input of [c.policy, JSON.stringify(c.policy, null, 2)]) {
    const result = parsePolicy(input, { kind: c.kind })
    const issues = issuesOf(result)
    expect(issues).toEqual(c.issues.map((i) => expect.objectContaining(i)))
    expect(result.ok).toBe(expectOk)
    for (const issue of issues) {
      expect(issue.severity).toBe(policyIssueCodes[issue.code as PolicyIssueCode].severity)
      if (typeof input === 'string') expect(issue.line).toBeGreaterThan(0)
      else expect(issue.line).toBeUndefined()
    }
  }
}

/** A statement with defaults that make it valid in an identity-based policy. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::bucket/*',
    ...overrides,
  }
}

/** A trust-policy statement with defaults that make it valid. */
export function trustStatement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 'sts:AssumeRole',
    ...overrides,
  }
}

/** A 2012-10-17 document of `statements`. */
export function policy(...statements: unknown[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements }
}

/** Removes the keys set to `undefined` (to drop a default element from a statement). */
export function without(
  value: Record<string, unknown>,
  ...keys: string[]
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)))
}
