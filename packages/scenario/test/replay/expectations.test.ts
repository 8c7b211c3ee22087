/**
 * Expectations: each key checked against what the step gave, and a failed one explained in one
 * line — what was expected, what happened, and which statement decided.
 */
import { describe, expect, it } from 'vitest'
import { checkScenario, stepAt } from '../../src/index.ts'
import { ACCOUNT, allow, replayText, step, trust, world } from './support.ts'

const trace = replayText(
  world(`users:
  omkar: { account: main, inline: { Assume: ${allow('sts:AssumeRole')} } }
roles:
  AWSIAMRoleForRDS: { account: main, trust: ${trust(`{ AWS: 'arn:aws:iam::${ACCOUNT}:user/omkar' }`)}, policies: [AmazonRDSFullAccess] }
steps:
  - id: assume
    as: omkar
    assumeRole: { roleArn: AWSIAMRoleForRDS, roleSessionName: omkar }
    expect: { output: { assumedRoleUser: { arn: 'arn:aws:sts::${ACCOUNT}:assumed-role/AWSIAMRoleForRDS/omkar' }, packedPolicySize: 0 } }
  - id: wrong-decision
    as: omkar@AWSIAMRoleForRDS
    request: { action: rds:CreateDBInstance }
    expect: { decision: implicitDeny, gate: identity }
  - id: wrong-gate
    request: { action: iam:ListRoles }
    expect: { decision: implicitDeny, gate: scp }
  - id: wrong-error
    request: { action: iam:ListRoles }
    expect: { error: ExpiredToken }
  - id: message-part
    request: { action: iam:ListRoles }
    expect: { message: 'assumed-role/AWSIAMRoleForRDS/omkar is not authorized to perform: iam:ListRoles' }
  - id: wrong-message
    request: { action: iam:ListRoles }
    expect: { message: explicit deny }
  - id: wrong-output
    as: omkar
    assumeRole: { roleArn: AWSIAMRoleForRDS, roleSessionName: again }
    expect: { output: { assumedRoleUser: { arn: nope, assumedRoleId: nope }, sourceIdentity: x, credentials: [1] } }
  - id: wait
    advance: 30m
    expect: { expired: [omkar@AWSIAMRoleForRDS], active: [again@AWSIAMRoleForRDS] }
  - id: wait-more
    advance: 30m
    expect: { active: [again@AWSIAMRoleForRDS] }
  - id: expired
    as: again@AWSIAMRoleForRDS
    request: { action: rds:CreateDBInstance }
    expect: { error: ExpiredToken }
  - id: expired-as-decision
    request: { action: rds:CreateDBInstance }
    expect: allowed
`),
)

describe('expectations that hold', () => {
  it('match output partially, with camelCase names for AWS’s', () => {
    expect(step(trace, 'assume').expectation).toEqual({
      expected: {
        output: {
          assumedRoleUser: { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSIAMRoleForRDS/omkar` },
          packedPolicySize: 0,
        },
      },
      held: true,
      detail: 'as expected',
      failures: [],
    })
  })

  it('find a part of the message', () => {
    expect(step(trace, 'message-part').expectation?.held).toBe(true)
  })

  it('check error codes', () => {
    expect(step(trace, 'expired').expectation?.held).toBe(true)
  })
})

describe('expectations that fail', () => {
  it('name the statement that allowed what was expected to be denied', () => {
    expect(step(trace, 'wrong-decision').expectation).toMatchObject({
      held: false,
      detail:
        'expected implicitDeny at identity, got allowed at identity (statement 0 of `AmazonRDSFullAccess`)',
    })
  })

  it('say which gate decided instead', () => {
    expect(step(trace, 'wrong-gate').expectation?.detail).toBe(
      'expected implicitDeny at scp, got implicitDeny at identity (no statement of the identity gate allows it)',
    )
  })

  it('give the error that came instead', () => {
    expect(step(trace, 'wrong-error').expectation?.detail).toMatch(
      /^expected error ExpiredToken, got AccessDenied: User: arn:aws:sts::123456789012:assumed-role\/AWSIAMRoleForRDS\/omkar is not authorized/,
    )
    expect(step(trace, 'expired-as-decision').expectation?.detail).toBe(
      'expected allowed, got ExpiredToken: The security token included in the request is expired',
    )
  })

  it('quote the message that did not contain the text', () => {
    expect(step(trace, 'wrong-message').expectation?.detail).toMatch(
      /^expected the message to contain `explicit deny`, got `User: /,
    )
  })

  it('list each part of the output that differs', () => {
    expect(step(trace, 'wrong-output').expectation?.failures).toEqual([
      `output.AssumedRoleUser.Arn is \`arn:aws:sts::${ACCOUNT}:assumed-role/AWSIAMRoleForRDS/again\`, not \`nope\``,
      expect.stringMatching(
        /^output\.AssumedRoleUser\.AssumedRoleId is `AROA[A-Z2-7]{17}:again`, not `nope`$/,
      ),
      'output.sourceIdentity is absent',
      expect.stringMatching(/^output\.Credentials is `\{"AccessKeyId":.*`, not a list$/),
    ])
  })

  it('say which session is still active, or has already expired', () => {
    expect(step(trace, 'wait').expectation).toMatchObject({
      held: false,
      failures: [
        'session `omkar@AWSIAMRoleForRDS` is still active (it expires at 2026-01-01T10:00:00Z)',
      ],
    })
    expect(step(trace, 'wait-more').expectation?.failures).toEqual([
      'session `again@AWSIAMRoleForRDS` has expired (at 2026-01-01T10:00:00Z)',
    ])
  })
})

describe('checkScenario and stepAt', () => {
  it('counts what held and what failed, each with its step and place', () => {
    const verdict = checkScenario(trace)
    expect(verdict).toMatchObject({ ok: false, passed: 3, failed: 8, setupErrors: 0 })
    expect(verdict.results.filter((result) => !result.held).map((result) => result.id)).toEqual([
      'wrong-decision',
      'wrong-gate',
      'wrong-error',
      'wrong-message',
      'wrong-output',
      'wait',
      'wait-more',
      'expired-as-decision',
    ])
    expect(verdict.results[1]).toMatchObject({
      index: 1,
      location: { file: 'test.yaml', line: 15, column: 5 },
    })
    expect(trace.summary.expectations).toEqual({ passed: 3, failed: 8, unchecked: 0 })
  })

  it('finds a step by id, by index, or by digits', () => {
    expect(stepAt(trace, 'wait')?.index).toBe(7)
    expect(stepAt(trace, 7)?.id).toBe('wait')
    expect(stepAt(trace, '7')?.id).toBe('wait')
    expect(stepAt(trace, 'nowhere')).toBeUndefined()
    expect(stepAt(trace, 99)).toBeUndefined()
    expect(stepAt(trace, 1.5)).toBeUndefined()
  })
})
