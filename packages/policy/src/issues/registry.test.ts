import { describe, expect, it } from 'vitest'
import { createPolicyIssue } from './issue.ts'
import { isPolicyIssueCode, policyIssueCodes } from './registry.ts'

const entries = Object.values(policyIssueCodes)

describe('the issue-code registry', () => {
  it('lists every code once, keyed by itself', () => {
    expect(entries.length).toBeGreaterThan(40)
    for (const [key, entry] of Object.entries(policyIssueCodes)) expect(entry.code).toBe(key)
  })

  for (const entry of entries) {
    describe(entry.code, () => {
      it('is a stable dotted code: policy.<element>.<name>', () => {
        expect(entry.code).toMatch(/^policy\.[a-z]+(?:[A-Z][a-z]+)*\.[a-z]+(?:[A-Z][a-zA-Z]*)*$/)
      })
      it('has a one-line title and a paragraph for learners', () => {
        expect(entry.title.length).toBeGreaterThan(10)
        expect(entry.title).not.toContain('\n')
        expect(entry.explanation.length).toBeGreaterThan(80)
      })
      it('cites an AWS source', () => {
        expect(entry.source).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//)
      })
      it('names an AWS error only for an error', () => {
        if (entry.severity === 'warning') expect(entry.awsError).toBeUndefined()
      })
    })
  }

  it('names AWS’s error for every refusal AWS itself makes', () => {
    const withoutAwsError = entries
      .filter((e) => e.severity === 'error' && e.awsError === undefined)
      .map((e) => e.code)
    expect(withoutAwsError.sort()).toEqual([
      'policy.condition.invalidValue',
      'policy.json.notJson',
      'policy.variable.unsupportedOperator',
    ])
  })

  it('recognises its own codes only', () => {
    expect(isPolicyIssueCode('policy.json.syntax')).toBe(true)
    expect(isPolicyIssueCode('policy.json.Syntax')).toBe(false)
    expect(isPolicyIssueCode('toString')).toBe(false)
  })
})

describe('createPolicyIssue', () => {
  it('takes severity and AWS error from the registry and a position when there is one', () => {
    expect(
      createPolicyIssue(
        'policy.sid.duplicate',
        { path: ['Statement', 1, 'Sid'], position: { offset: 40, line: 3, column: 7 } },
        'm',
        { hint: 'h' },
      ),
    ).toEqual({
      code: 'policy.sid.duplicate',
      severity: 'error',
      message: 'm',
      path: ['Statement', 1, 'Sid'],
      line: 3,
      column: 7,
      hint: 'h',
      awsError: 'MalformedPolicyDocument',
    })
  })

  it('leaves out what it does not have', () => {
    expect(createPolicyIssue('policy.trust.publicPrincipal', { path: [] }, 'm')).toEqual({
      code: 'policy.trust.publicPrincipal',
      severity: 'warning',
      message: 'm',
      path: [],
    })
  })
})
