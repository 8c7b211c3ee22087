/**
 * Properties of the grader on generated documents. Grading is a function of the document: the
 * same text gets the same grade, bytes and all, and never an internal error; a document is
 * `invalid` exactly when it has an error, placed inside its own text. Adding `Allow` statements
 * to a permission policy can only add: every goal that was allowed stays allowed, and every
 * extra stays an extra.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeChallenge, type ChallengeGrade, type Scenario } from '../../src/index.ts'
import { loadChallenge } from '../support/challenges.ts'

function challengeOf(name: string): Scenario {
  const { scenario, problems } = loadChallenge(name)
  if (scenario === undefined) throw new Error(problems.join('\n'))
  return scenario
}

const trustCourse = challengeOf('01-trust-a-user.yaml')
const permissionCourse = challengeOf('02-permission-policy.yaml')

/** The solution's text with characters inserted and deleted. */
function mutated(text: string) {
  const edit = fc.oneof(
    fc.record({
      at: fc.nat(),
      remove: fc.constant(0),
      insert: fc.constantFrom('"', ',', '{', '}', '[', ']', ':', '*', 'x', ' ', '\n', '\\'),
    }),
    fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 6 }), insert: fc.constant('') }),
  )
  return fc.array(edit, { maxLength: 4 }).map((edits) =>
    edits.reduce((current, { at, remove, insert }) => {
      const where = current.length === 0 ? 0 : at % current.length
      return current.slice(0, where) + insert + current.slice(where + remove)
    }, text),
  )
}

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:*',
  's3:Get*',
  '*',
  'sts:AssumeRole',
]
const RESOURCES = [
  '*',
  'arn:aws:s3:::reports/*',
  'arn:aws:s3:::payroll/*',
  'arn:aws:s3:::reports',
  'arn:aws:s3:::*',
  'arn:aws:iam::123456789012:role/ReportsReader',
]
const statement = fc.record({
  Effect: fc.constant('Allow'),
  Action: fc.subarray(ACTIONS, { minLength: 1, maxLength: 3 }),
  Resource: fc.subarray(RESOURCES, { minLength: 1, maxLength: 3 }),
})

function withStatements(statements: readonly object[]): string {
  const solution = permissionCourse.challenge?.solution.input as { Statement: object[] }
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [...solution.Statement, ...statements],
  })
}

/** Each extra as `principal | resource | action`, one per action. */
function extras(grade: ChallengeGrade): Set<string> {
  return new Set(
    (grade.leastPrivilege?.extras ?? []).flatMap((extra) =>
      extra.kind === 'request'
        ? extra.actions.map((action) => `${extra.principal} | ${extra.resource} | ${action}`)
        : [`${extra.principal} | ${extra.role} | assume`],
    ),
  )
}

describe('grading, on generated documents', () => {
  it.each([
    ['a trust policy', trustCourse],
    ['a permission policy', permissionCourse],
  ])(
    'is deterministic, never fails inside, and places every problem in the text (%s)',
    (_kind, scenario) => {
      const solution = scenario.challenge?.solutionText ?? ''
      fc.assert(
        fc.property(mutated(solution), (text) => {
          const first = gradeChallenge(scenario, text)
          expect(JSON.stringify(gradeChallenge(scenario, text))).toBe(JSON.stringify(first))
          expect(first.parse.map((issue) => issue.code)).not.toContain('challenge.internal')
          const errors = first.parse.filter((issue) => issue.severity === 'error')
          expect(first.status === 'invalid').toBe(errors.length > 0)
          const lines = text.split('\n').length
          for (const issue of first.parse)
            if (issue.line !== undefined) {
              expect(issue.line).toBeGreaterThanOrEqual(1)
              expect(issue.line).toBeLessThanOrEqual(lines)
              expect(issue.column ?? 1).toBeGreaterThanOrEqual(1)
            }
          if (first.status !== 'invalid') expect(first.trace).toBeDefined()
        }),
        { numRuns: 60 },
      )
    },
  )

  it('only adds when a permission policy gains Allow statements', () => {
    fc.assert(
      fc.property(
        fc.array(statement, { minLength: 1, maxLength: 2 }),
        fc.array(statement, { minLength: 1, maxLength: 2 }),
        (some, more) => {
          const before = gradeChallenge(permissionCourse, withStatements(some))
          const after = gradeChallenge(permissionCourse, withStatements([...some, ...more]))
          expect(before.status).not.toBe('invalid')
          // Every goal the solution allows stays allowed.
          for (const goal of after.goals)
            if (goal.expected.decision === 'allowed') expect(goal.held, goal.detail).toBe(true)
          const grown = extras(after)
          for (const extra of extras(before)) expect(grown.has(extra), extra).toBe(true)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('finds no extra in the reference solution written again in other words', () => {
    // The same grant, split in two statements and with the action's case changed.
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['S3:getobject'], Resource: 'arn:aws:s3:::reports/*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::reports/*'] },
      ],
    })
    const grade = gradeChallenge(permissionCourse, text)
    expect(grade.failed).toEqual([])
  })
})
