/**
 * A session never holds a permission its role lacks or its session policy removes, and the
 * caller's own permissions never come along (iam-facts §7, §11, §18). Property test: the run
 * count is a fifth of HATRACK_FC_RUNS (200 by default), each run building a world and
 * evaluating every action.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  A,
  allow,
  emptyWorld,
  ok,
  roleArn,
  trust,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { authorize } from '../request/authorize.ts'
import { assumeRole } from './assume-role.ts'

const RUNS = Math.max(1, Math.floor(Number(process.env.HATRACK_FC_RUNS ?? 1000) / 5))
const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  'ec2:RunInstances',
  'iam:ListUsers',
  'sqs:SendMessage',
] as const

const subset = fc.subarray([...ACTIONS])

describe('session permissions (property)', () => {
  it('allows exactly what both the role and the session policy allow', () => {
    fc.assert(
      fc.property(
        subset,
        fc.option(subset, { nil: undefined }),
        subset,
        (roleActions, sessionActions, callerActions) => {
          let w = withUser(emptyWorld(), A, 'alice', [allow(['sts:AssumeRole', ...callerActions])])
          w = withRole(
            w,
            A,
            'Target',
            trust({ AWS: A }),
            roleActions.length > 0 ? { policies: [allow(roleActions)] } : {},
          )
          const assumed = ok(
            assumeRole(
              w,
              { kind: 'user', accountId: A, userName: 'alice' },
              {
                roleArn: roleArn(A, 'Target'),
                roleSessionName: 'prop',
                ...(sessionActions === undefined
                  ? {}
                  : {
                      policy: JSON.stringify(
                        sessionActions.length > 0
                          ? allow(sessionActions)
                          : {
                              Version: '2012-10-17',
                              Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }],
                            },
                      ),
                    }),
              },
            ),
          )
          for (const action of ACTIONS) {
            const answer = authorize(
              assumed.world,
              { kind: 'session', accessKeyId: assumed.value.credentials.accessKeyId },
              { action, resource: '*' },
            )
            const expected =
              roleActions.includes(action) &&
              (sessionActions === undefined || sessionActions.includes(action))
            expect(answer.status === 'decided' && answer.decision.decision === 'allowed').toBe(
              expected,
            )
          }
        },
      ),
      { numRuns: RUNS },
    )
  })
})
