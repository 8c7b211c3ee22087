/**
 * The signed STS steps replayed: `assumeRole` with every parameter, `getSessionToken` with MFA,
 * `getCallerIdentity`, and the session policies and tags they leave on the session.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNT, allow, replayText, step, trust, world } from './support.ts'

const trace = replayText(
  world(`users:
  alice:
    account: main
    mfa: true
    accessKeys: 1
    inline: { Assume: ${allow('sts:AssumeRole')} }
roles:
  Reader:
    account: main
    maxSessionDuration: 2h
    trust: ${trust(
      `{ AWS: 'arn:aws:iam::${ACCOUNT}:user/alice' }`,
      '[sts:AssumeRole, sts:TagSession, sts:SetSourceIdentity]',
      "{ Bool: { aws:MultiFactorAuthPresent: 'true' }, StringEquals: { sts:ExternalId: orders-42 } }",
    )}
    inline: { Read: ${allow('[s3:GetObject, s3:ListBucket]')} }
steps:
  - id: assume
    as: alice
    assumeRole:
      roleArn: Reader
      roleSessionName: reading
      durationSeconds: 15m
      externalId: orders-42
      tags: { project: orders, team: blue }
      transitiveTagKeys: [project]
      sourceIdentity: alice
      mfa: true
      policy: ${allow('s3:ListBucket')}
    expect: allowed
  - id: narrowed
    as: reading@Reader
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
    expect: { decision: implicitDeny, gate: session }
  - id: listed
    request: { action: s3:ListBucket, resource: 'arn:aws:s3:::reports' }
    expect: allowed
  - id: who
    getCallerIdentity:
    expect: { output: { arn: 'arn:aws:sts::${ACCOUNT}:assumed-role/Reader/reading', account: '${ACCOUNT}' } }
  - id: no-mfa
    as: alice
    assumeRole: { roleArn: Reader, roleSessionName: again, externalId: orders-42 }
    expect: { decision: implicitDeny, gate: trust }
  - id: wrong-code
    assumeRole: { roleArn: Reader, roleSessionName: again, externalId: orders-42, mfa: true, tokenCode: '000001' }
    expect: { error: AccessDenied, message: invalid MFA one time pass code }
  - id: token
    getSessionToken: { durationSeconds: 1h, mfa: true }
    expect: { output: { credentials: { expiration: '2026-01-01T10:00:00Z' } } }
  - id: token-who
    as: alice@GetSessionToken
    getCallerIdentity:
`),
)

describe('assumeRole', () => {
  const assumed = step(trace, 'assume')

  it('authorizes AssumeRole, TagSession and SetSourceIdentity against the trust policy', () => {
    expect(assumed.outcome).toMatchObject({ status: 'allowed', decision: 'allowed', gate: 'trust' })
    expect(assumed.decisions?.map((entry) => [entry.label, entry.decision.decision])).toEqual([
      ['sts:TagSession', 'allowed'],
      ['sts:SetSourceIdentity', 'allowed'],
    ])
  })

  it('records the session with its tags, source identity, MFA and duration', () => {
    expect(assumed.sessions.created).toEqual([
      expect.objectContaining({
        name: 'reading@Reader',
        sessionName: 'reading',
        role: `arn:aws:iam::${ACCOUNT}:role/Reader`,
        issuedAt: '2026-01-01T09:00:00Z',
        expiresAt: '2026-01-01T09:15:00Z',
        mfa: true,
        sourceIdentity: 'alice',
        tags: [
          { key: 'project', value: 'orders', transitive: true },
          { key: 'team', value: 'blue', transitive: false },
        ],
      }),
    ])
  })

  it("gives AWS's response", () => {
    expect(assumed.output).toMatchObject({
      Credentials: { Expiration: '2026-01-01T09:15:00Z' },
      AssumedRoleUser: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/reading` },
      SourceIdentity: 'alice',
    })
    expect(typeof assumed.output?.['PackedPolicySize']).toBe('number')
  })

  it('narrows the session to its session policy', () => {
    expect(step(trace, 'narrowed').outcome).toMatchObject({
      decision: 'implicitDeny',
      gate: 'session',
    })
    expect(step(trace, 'listed').outcome.status).toBe('allowed')
  })

  it('is refused by the trust policy without MFA, and with a wrong code', () => {
    expect(step(trace, 'no-mfa').outcome).toMatchObject({ status: 'denied', gate: 'trust' })
    expect(step(trace, 'wrong-code').outcome.error).toEqual({
      code: 'AccessDenied',
      message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
    })
  })

  it('holds every expectation', () => {
    expect(trace.steps.filter((entry) => entry.expectation?.held === false)).toEqual([])
    expect(trace.summary.expectations).toEqual({ passed: 7, failed: 0, unchecked: 1 })
  })
})

describe('getCallerIdentity and getSessionToken', () => {
  it('answers who the session is, with its role id', () => {
    const who = step(trace, 'who')
    expect(who.outcome.status).toBe('ok')
    expect(who.output).toEqual({
      UserId: expect.stringMatching(/^AROA[A-Z2-7]{17}:reading$/),
      Account: ACCOUNT,
      Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/reading`,
    })
  })

  it('issues MFA-authenticated credentials that still act as the user', () => {
    const token = step(trace, 'token')
    expect(token.sessions.created).toEqual([
      expect.objectContaining({
        name: 'alice@GetSessionToken',
        source: 'GetSessionToken',
        arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
        mfa: true,
        expiresAt: '2026-01-01T10:00:00Z',
      }),
    ])
    expect(Object.keys(token.output ?? {})).toEqual(['Credentials'])
    expect(step(trace, 'token-who').output).toMatchObject({
      Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
    })
  })
})
