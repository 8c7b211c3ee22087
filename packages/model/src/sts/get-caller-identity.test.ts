/**
 * `getCallerIdentity`: never authorized, so an explicit deny does not block it (iam-facts §10);
 * `UserId`, `Account`, `Arn` per iam-facts §2's table.
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  allow,
  emptyWorld,
  later,
  ok,
  roleArn,
  trust,
  userArn,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { assumeRole } from './assume-role.ts'
import { getCallerIdentity } from './get-caller-identity.ts'

const denyAll = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }],
}

describe('getCallerIdentity', () => {
  it('answers a user denied everything', () => {
    const w = withUser(emptyWorld(), A, 'alice', [denyAll])
    const identity = ok(
      getCallerIdentity(w, { kind: 'user', accountId: A, userName: 'alice' }),
    ).value
    expect(identity).toEqual({
      userId: w.accounts.get(A)?.users.get('alice')?.id,
      account: A,
      arn: userArn(A, 'alice'),
    })
    expect(identity.userId).toMatch(/^AIDA/)
  })

  it('answers the root user with the account id', () => {
    expect(ok(getCallerIdentity(emptyWorld(), { kind: 'root', accountId: A })).value).toEqual({
      userId: A,
      account: A,
      arn: `arn:aws:iam::${A}:root`,
    })
  })

  it('answers a role session with its assumed-role id and ARN, until it expires', () => {
    let w = withUser(emptyWorld(), A, 'alice', [allow('sts:AssumeRole')])
    w = withRole(w, A, 'Worker', trust({ AWS: A }), { policies: [denyAll] })
    const assumed = ok(
      assumeRole(
        w,
        { kind: 'user', accountId: A, userName: 'alice' },
        { roleArn: roleArn(A, 'Worker'), roleSessionName: 'job-7' },
      ),
    )
    const session = { kind: 'session', accessKeyId: assumed.value.credentials.accessKeyId } as const
    expect(ok(getCallerIdentity(assumed.world, session)).value).toEqual({
      userId: assumed.value.assumedRoleUser.assumedRoleId,
      account: A,
      arn: `arn:aws:sts::${A}:assumed-role/Worker/job-7`,
    })
    const expired = getCallerIdentity(later(assumed.world, 3600_000), session)
    expect(expired.status === 'error' && expired.error.code).toBe('ExpiredToken')
  })
})
