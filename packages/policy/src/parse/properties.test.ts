import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PolicyKind } from '../ast.ts'
import { issuesOf } from '../../test/policy-cases.ts'
import type { PolicyIssue } from '../issues/issue.ts'
import { isPolicyIssueCode, policyIssueCodes } from '../issues/registry.ts'
import { parsePolicy, type PolicyParseResult } from './parse-policy.ts'
import { policyArb } from '../../test/support/policy-arbitraries.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)
const KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'scp',
  'rcp',
  'boundary',
  'session',
]
const kind = fc.constantFrom(...KINDS)

/**
 * The invariants of every result: registered codes with their registry severity, a path and a
 * message on every issue, `ok` exactly when there is no error. Checked in plain code, with one
 * `expect` at the end (thousands of `expect` calls per run would dominate the test's time).
 */
function checkResult(result: PolicyParseResult): PolicyIssue[] {
  const issues = issuesOf(result)
  const problems: string[] = []
  for (const issue of issues) {
    if (!isPolicyIssueCode(issue.code)) problems.push(`unregistered code ${issue.code}`)
    else if (issue.severity !== policyIssueCodes[issue.code].severity)
      problems.push(`${issue.code}: severity ${issue.severity}`)
    if (!Array.isArray(issue.path)) problems.push(`${issue.code}: no path`)
    if (issue.message.length === 0) problems.push(`${issue.code}: no message`)
  }
  const errors = issues.filter((i) => i.severity === 'error').length
  if (result.ok && errors > 0) problems.push('ok with errors')
  if (!result.ok && errors === 0) problems.push('not ok without an error')
  expect(problems).toEqual([])
  return issues
}

/** Every issue on a text has a line and a column inside the text. */
function checkPositions(text: string, issues: readonly PolicyIssue[]): void {
  const lines = text.split(/\r\n|\r|\n/)
  const outside = issues.filter((issue) => {
    const { line, column } = issue
    if (line === undefined || column === undefined) return true
    return (
      line < 1 || line > lines.length || column < 1 || column > (lines[line - 1]?.length ?? 0) + 1
    )
  })
  expect(outside).toEqual([])
}

const validTexts = [
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "Read",\n      "Effect": "Allow",\n      "Action": ["s3:GetObject", "s3:ListBucket"],\n      "Resource": "arn:aws:s3:::bucket/${aws:username}/*",\n      "Condition": {"Bool": {"aws:SecureTransport": "true"}}\n    }\n  ]\n}',
  '{\r\n  "Version": "2012-10-17",\r\n  "Statement": {\r\n    "Effect": "Allow",\r\n    "Principal": {"AWS": "arn:aws:iam::111122223333:root"},\r\n    "Action": "sts:AssumeRole",\r\n    "Condition": {"StringEquals": {"sts:ExternalId": "x"}}\r\n  }\r\n}',
]

/** Applies one small edit to `text`: delete, insert, duplicate or swap a slice. */
const mutated = fc
  .tuple(
    fc.constantFrom(...validTexts),
    fc.constantFrom('delete', 'insert', 'duplicate', 'swap'),
    fc.nat(),
    fc.nat({ max: 12 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  )
  .map(([text, edit, at, length, inserted]) => {
    const start = at % (text.length + 1)
    const end = Math.min(text.length, start + length)
    switch (edit) {
      case 'delete':
        return text.slice(0, start) + text.slice(end)
      case 'insert':
        return text.slice(0, start) + inserted + text.slice(start)
      case 'duplicate':
        return text.slice(0, end) + text.slice(start, end) + text.slice(end)
      case 'swap':
        return text.slice(start, end) + text.slice(0, start) + text.slice(end)
    }
  })

describe('parsePolicy on generated input never throws and always explains itself', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        kind,
        (value, k) => void checkResult(parsePolicy(value, { kind: k })),
      ),
      { numRuns: RUNS },
    )
  }, 30_000)

  it('on anything at all', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withNullPrototype: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        kind,
        (value, k) => void checkResult(parsePolicy(value, { kind: k })),
      ),
      { numRuns: RUNS },
    )
  }, 30_000)

  it('on any string, with every issue at a line and column inside it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()),
        kind,
        (text, k) => {
          checkPositions(text, checkResult(parsePolicy(text, { kind: k })))
        },
      ),
      { numRuns: RUNS },
    )
  }, 30_000)

  it('on valid policies with one edit, with every issue at a line and column inside the text', () => {
    fc.assert(
      fc.property(mutated, kind, (text, k) => {
        checkPositions(text, checkResult(parsePolicy(text, { kind: k })))
      }),
      { numRuns: RUNS },
    )
  }, 30_000)

  it('on policy-shaped values, giving the same issues for the value and for its JSON text', () => {
    fc.assert(
      fc.property(policyArb, kind, fc.boolean(), (value, k, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined)
        const fromValue = checkResult(parsePolicy(value, { kind: k }))
        const fromText = checkResult(parsePolicy(text, { kind: k }))
        checkPositions(text, fromText)
        // Positions exist only for text; and SCP, RCP and session quotas count the white space
        // of the text as written, which the compact JSON of the value does not have.
        const strip = (issues: readonly PolicyIssue[]) =>
          issues
            .filter((i) => i.code !== 'policy.quota.exceeded')
            .map(({ line: _line, column: _column, ...rest }) => rest)
        expect(strip(fromText)).toEqual(strip(fromValue))
      }),
      // Values this large shrink slowly: report the first counterexample as found.
      { numRuns: RUNS, endOnFailure: true },
    )
  }, 60_000)
})

describe('parsePolicy on deep nesting', () => {
  it('refuses "[[[[…" 100,000 deep with an issue, not a stack overflow', () => {
    const result = parsePolicy('['.repeat(100_000), { kind: 'identity' })
    expect(issuesOf(result)).toEqual([
      expect.objectContaining({
        code: 'policy.json.tooDeep',
        line: 1,
        column: 65,
        message: 'the document nests objects and arrays more than 64 levels deep',
      }),
    ])
    expect(result.ok).toBe(false)
  })

  it('refuses a value nested 100,000 deep the same way', () => {
    let deep: unknown = {}
    for (let i = 0; i < 100_000; i++) deep = { Statement: deep }
    expect(issuesOf(parsePolicy(deep, { kind: 'identity' }))).toEqual([
      expect.objectContaining({ code: 'policy.json.tooDeep' }),
    ])
  })

  it('refuses a value that contains itself', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' }
    cyclic['Statement'] = [cyclic]
    expect(issuesOf(parsePolicy(cyclic, { kind: 'identity' }))).toEqual([
      expect.objectContaining({ code: 'policy.json.notJson', path: ['Statement', 0] }),
    ])
  })
})
