/**
 * Revoking a role's older sessions (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html).
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  ADMIN,
  allow,
  emptyWorld,
  later,
  ok,
  roleArn,
  trust,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { createServiceLinkedRole } from '../iam/create-service-linked-role.ts'
import { authorize } from '../request/authorize.ts'
import { assumeRole } from '../sts/assume-role.ts'
import type { World } from '../world/types.ts'
import { REVOKE_POLICY_NAME, revokeOlderSessions } from './revoke-older-sessions.ts'

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const

function world(): World {
  let w = withUser(emptyWorld(), A, 'alice', [allow('sts:AssumeRole')])
  w = withRole(w, A, 'Ops', trust({ AWS: A }), {
    policies: [allow('s3:*')],
    maxSessionDuration: 43200,
  })
  return w
}

function decide(w: World, accessKeyId: string) {
  const answer = authorize(
    w,
    { kind: 'session', accessKeyId },
    { action: 's3:ListAllMyBuckets', resource: '*' },
  )
  if (answer.status !== 'decided') throw new Error(answer.error.message)
  return answer.decision
}

describe('revokeOlderSessions', () => {
  it('writes AWSRevokeOlderSessions: Deny * on * with DateLessThan aws:TokenIssueTime now', () => {
    const revoked = ok(
      revokeOlderSessions(later(world(), 600_000), ADMIN, { accountId: A, roleName: 'Ops' }),
    )
    expect(revoked.value.inlinePolicies.get(REVOKE_POLICY_NAME)?.document).toEqual({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { DateLessThan: { 'aws:TokenIssueTime': '2026-01-01T09:10:00Z' } },
      },
    })
  })

  it('denies sessions issued before the revocation and spares those issued after', () => {
    const early = ok(
      assumeRole(world(), alice, {
        roleArn: roleArn(A, 'Ops'),
        roleSessionName: 'early',
        durationSeconds: 43200,
      }),
    )
    expect(decide(early.world, early.value.credentials.accessKeyId).decision).toBe('allowed')
    const revoked = ok(
      revokeOlderSessions(later(early.world, 600_000), ADMIN, { accountId: A, roleName: 'Ops' }),
    )
    expect(decide(revoked.world, early.value.credentials.accessKeyId)).toMatchObject({
      decision: 'explicitDeny',
      gate: 'identity',
    })
    const fresh = ok(
      assumeRole(later(revoked.world, 1000), alice, {
        roleArn: roleArn(A, 'Ops'),
        roleSessionName: 'fresh',
      }),
    )
    expect(decide(fresh.world, fresh.value.credentials.accessKeyId).decision).toBe('allowed')
  })

  it('cannot revoke the sessions of a service-linked role', () => {
    const made = ok(
      createServiceLinkedRole(world(), ADMIN, {
        accountId: A,
        awsServiceName: 'ecs.amazonaws.com',
      }),
    )
    const outcome = revokeOlderSessions(made.world, ADMIN, {
      accountId: A,
      roleName: made.value.name,
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('UnmodifiableEntity')
  })

  it('needs iam:PutRolePolicy when a principal revokes', () => {
    const outcome = revokeOlderSessions(world(), alice, { accountId: A, roleName: 'Ops' })
    expect(outcome.status === 'error' && outcome.error.message).toContain('iam:PutRolePolicy')
  })
})
