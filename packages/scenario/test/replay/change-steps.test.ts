/**
 * Changes to the world replayed: an administrator's changes (not authorized) and a caller's
 * (authorized, and denied as AWS would), the entities they create and delete, the console's
 * "Revoke active sessions", access keys by default, resource calls and the organization.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNT, allow, replayText, step, trust, world } from './support.ts'

const trace = replayText(
  world(`organization:
  management: main
  policies:
    NoLeaving: { kind: scp, document: { Version: '2012-10-17', Statement: [{ Effect: Deny, Action: organizations:LeaveOrganization, Resource: '*' }] } }
users:
  alice: { account: main, accessKeys: 2, inline: { Assume: ${allow('[sts:AssumeRole, s3:CreateBucket]')} } }
  bob: { account: main }
roles:
  Reader: { account: main, trust: ${trust(`{ AWS: '${ACCOUNT}' }`)}, inline: { Read: ${allow('s3:GetObject')} } }
resources:
  reports: { type: s3:bucket, account: main }
steps:
  - id: create
    change: { createUser: { userName: zoe, tags: { team: red } } }
  - id: delete
    change: { deleteUser: { userName: zoe } }
  - id: bob-tries
    as: bob
    change: { attachUserPolicy: { userName: bob, policyArn: AdministratorAccess } }
    expect: { decision: implicitDeny, gate: identity, message: 'iam:AttachUserPolicy' }
  - id: assume
    as: alice
    assumeRole: { roleArn: Reader, roleSessionName: rr }
  - id: before-revoke
    as: rr@Reader
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
    expect: allowed
  - advance: 1m
  - id: revoke
    change: { revokeSessions: { roleName: Reader } }
  - id: after-revoke
    as: rr@Reader
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
    expect: { decision: explicitDeny, gate: identity }
  - id: drop-key
    change: { deleteAccessKey: { userName: alice } }
  - id: bucket
    as: alice
    change: { createResource: { type: s3:bucket, name: alice-uploads } }
    expect: allowed
  - id: queue
    as: alice
    change: { createResource: { type: sqs:queue, name: jobs } }
    expect: { decision: implicitDeny }
  - id: policy
    change:
      putResourcePolicy:
        arn: reports
        policy: { Version: '2012-10-17', Statement: [{ Effect: Deny, Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::reports/*' }] }
  - id: denied-by-bucket
    as: alice
    assumeRole: { roleArn: Reader, roleSessionName: r2r }
  - as: r2r@Reader
    id: read-denied
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
  - id: scp
    change: { attachOrganizationPolicy: { policyId: NoLeaving, targetId: main } }
`),
)

describe("an administrator's changes", () => {
  it('creates a user: the change, the entity from this step, and the response', () => {
    const created = step(trace, 'create')
    expect(created.actor).toEqual({ entity: 'admin', label: 'admin', kind: 'admin' })
    expect(created.outcome).toEqual({ status: 'ok', message: 'Created user `zoe`.' })
    expect(created.call).toEqual({
      action: 'iam:CreateUser',
      resource: `arn:aws:iam::${ACCOUNT}:user/zoe`,
    })
    expect(created.changes).toEqual([
      {
        op: 'create',
        operation: 'createUser',
        entity: `arn:aws:iam::${ACCOUNT}:user/zoe`,
        kind: 'user',
        summary: 'created user `zoe`',
      },
    ])
    expect(created.output).toMatchObject({ User: { UserName: 'zoe', Path: '/' } })
    expect(created.decision).toBeUndefined()
  })

  it('deletes it: the entity exists from its creation to its deletion', () => {
    expect(step(trace, 'delete').changes[0]).toMatchObject({ op: 'delete', kind: 'user' })
    expect(trace.entities.find((entity) => entity.label === 'zoe')).toMatchObject({
      firstStep: 0,
      lastStep: 1,
    })
  })

  it('revokes older sessions with AWSRevokeOlderSessions: an explicit deny for them', () => {
    expect(step(trace, 'revoke').changes[0]?.summary).toBe(
      'revoked the active sessions of role `Reader` issued before 2026-01-01T09:01:00Z',
    )
    const after = step(trace, 'after-revoke')
    expect(after.outcome).toMatchObject({ decision: 'explicitDeny', gate: 'identity' })
    expect(after.decision?.gates.find((gate) => gate.gate === 'identity')?.matched[0]?.policy).toBe(
      'inline:AWSRevokeOlderSessions',
    )
  })

  it("deletes the user's oldest access key when none is named", () => {
    const dropped = step(trace, 'drop-key')
    expect(dropped.outcome.status).toBe('ok')
    expect(dropped.changes[0]?.summary).toMatch(
      /^deleted access key `AKIA[A-Z2-7]{17}` of user `alice`$/,
    )
  })

  it('sets a resource-based policy that then denies', () => {
    expect(step(trace, 'read-denied').outcome).toMatchObject({
      decision: 'explicitDeny',
      gate: 'resource',
    })
  })

  it('names organization policies and targets in its summaries', () => {
    expect(step(trace, 'scp').changes[0]).toMatchObject({
      kind: 'organization',
      summary: 'attached `NoLeaving` to `main`',
    })
  })
})

describe("a caller's changes", () => {
  it('are authorized, and a denial changes nothing', () => {
    const tried = step(trace, 'bob-tries')
    expect(tried.actor).toMatchObject({ label: 'bob', kind: 'user' })
    expect(tried.outcome).toMatchObject({
      status: 'denied',
      decision: 'implicitDeny',
      gate: 'identity',
    })
    expect(tried.outcome.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/bob is not authorized to perform: iam:AttachUserPolicy on resource: arn:aws:iam::${ACCOUNT}:user/bob because no identity-based policy allows the iam:AttachUserPolicy action`,
    )
    expect(tried.changes).toEqual([])
  })

  it("create resources with their service's action", () => {
    expect(step(trace, 'bucket')).toMatchObject({
      call: { action: 's3:CreateBucket', resource: 'arn:aws:s3:::alice-uploads' },
      outcome: { status: 'allowed' },
      output: { Arn: 'arn:aws:s3:::alice-uploads' },
    })
    expect(step(trace, 'queue').outcome).toMatchObject({ status: 'denied', gate: 'identity' })
    expect(step(trace, 'queue').outcome.message).toContain('sqs:CreateQueue')
  })

  it('holds every expectation', () => {
    expect(trace.setup.errors).toEqual([])
    expect(trace.steps.filter((entry) => entry.expectation?.held === false)).toEqual([])
  })
})
