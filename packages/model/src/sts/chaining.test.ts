/**
 * Role chaining: what a chained session keeps (source identity, transitive tags) and what it
 * may not change. Sources: iam-facts §11–13;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
 */
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
import { resolveCaller } from '../request/resolve-caller.ts'
import type { World } from '../world/types.ts'
import { assumeRole } from './assume-role.ts'
import { SOURCE_IDENTITY_ALREADY_SET } from './source-identity.ts'

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const
const session = (accessKeyId: string) => ({ kind: 'session', accessKeyId }) as const
const CHAIN_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']

function principalKeys(world: World, accessKeyId: string): Record<string, unknown> {
  const resolved = resolveCaller(world, session(accessKeyId))
  if (!resolved?.ok) throw new Error('session should resolve')
  return resolved.caller.context
}

describe('transitive session tags through a chain (iam-facts §12 example)', () => {
  function chain(): World {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(CHAIN_ACTIONS)])
    w = withRole(w, A, 'Role1', trust({ AWS: A }, CHAIN_ACTIONS), {
      policies: [allow(CHAIN_ACTIONS)],
      tags: [{ key: 'Heart', value: '1' }],
    })
    w = withRole(w, A, 'Role2', trust({ AWS: A }, CHAIN_ACTIONS), {
      policies: [allow(CHAIN_ACTIONS)],
      tags: [{ key: 'Sun', value: '2' }],
    })
    w = withRole(w, A, 'Role3', trust({ AWS: A }, CHAIN_ACTIONS), {
      tags: [
        { key: 'Lightning', value: '2' },
        { key: 'Star', value: '3' },
      ],
    })
    return w
  }

  it("carries Star and Heart to the third session, which also has its role's Lightning but not Role2's Sun", () => {
    const one = ok(
      assumeRole(chain(), alice, {
        roleArn: roleArn(A, 'Role1'),
        roleSessionName: 'Session1',
        tags: [
          { key: 'Star', value: '1' },
          { key: 'Heart', value: '1' },
        ],
        transitiveTagKeys: ['Star', 'Heart'],
      }),
    )
    const two = ok(
      assumeRole(one.world, session(one.value.credentials.accessKeyId), {
        roleArn: roleArn(A, 'Role2'),
        roleSessionName: 'Session2',
      }),
    )
    const second = principalKeys(two.world, two.value.credentials.accessKeyId)
    expect(second).toMatchObject({
      'aws:PrincipalTag/Heart': '1',
      'aws:PrincipalTag/Star': '1',
      'aws:PrincipalTag/Sun': '2',
    })

    const three = ok(
      assumeRole(two.world, session(two.value.credentials.accessKeyId), {
        roleArn: roleArn(A, 'Role3'),
        roleSessionName: 'Session3',
      }),
    )
    const third = principalKeys(three.world, three.value.credentials.accessKeyId)
    expect(third).toMatchObject({
      'aws:PrincipalTag/Heart': '1',
      'aws:PrincipalTag/Star': '1',
      'aws:PrincipalTag/Lightning': '2',
    })
    expect(third).not.toHaveProperty('aws:PrincipalTag/Sun')

    const conflict = assumeRole(two.world, session(two.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'Role3'),
      roleSessionName: 'Session3',
      tags: [{ key: 'heart', value: '3' }],
    })
    expect(conflict.status === 'error' && conflict.error).toEqual({
      code: 'InvalidParameterValue',
      message:
        "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
      httpStatus: 400,
    })
  })

  it('needs sts:TagSession in the next trust policy even for a chained call that passes no tag', () => {
    let w = chain()
    w = withRole(w, A, 'NoTagging', trust({ AWS: A }))
    const one = ok(
      assumeRole(w, alice, {
        roleArn: roleArn(A, 'Role1'),
        roleSessionName: 'one',
        tags: [{ key: 'Star', value: '1' }],
        transitiveTagKeys: ['Star'],
      }),
    )
    const denied = assumeRole(one.world, session(one.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'NoTagging'),
      roleSessionName: 'two',
    })
    expect(denied.status === 'error' && denied.error.message).toContain('sts:TagSession')
  })

  it('refuses transitive keys that name no tag, and keys that differ only in case', () => {
    const w = chain()
    const stray = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Role1'),
      roleSessionName: 'one',
      tags: [{ key: 'Star', value: '1' }],
      transitiveTagKeys: ['Moon'],
    })
    expect(stray.status === 'error' && stray.error.message).toBe(
      'The specified transitive tag key must be included in the requested tags.',
    )
    const twice = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Role1'),
      roleSessionName: 'one',
      tags: [
        { key: 'Star', value: '1' },
        { key: 'STAR', value: '2' },
      ],
    })
    expect(twice.status === 'error' && twice.error.message).toBe(
      'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    )
  })

  it('needs sts:TagSession in the trust policy to pass tags at all', () => {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(CHAIN_ACTIONS)])
    w = withRole(w, A, 'Plain', trust({ AWS: A }))
    const denied = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Plain'),
      roleSessionName: 'one',
      tags: [{ key: 'team', value: 'red' }],
    })
    expect(denied.status === 'error' && denied.error.message).toBe(
      `User: arn:aws:iam::${A}:user/alice is not authorized to perform: sts:TagSession on resource: ${roleArn(A, 'Plain')} because no role trust policy allows the sts:TagSession action`,
    )
  })

  it("lets session tags override the role's tags regardless of case", () => {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(CHAIN_ACTIONS)])
    w = withRole(w, A, 'Tagged', trust({ AWS: A }, CHAIN_ACTIONS), {
      tags: [{ key: 'team', value: 'blue' }],
    })
    const one = ok(
      assumeRole(w, alice, {
        roleArn: roleArn(A, 'Tagged'),
        roleSessionName: 'one',
        tags: [{ key: 'TEAM', value: 'red' }],
      }),
    )
    const keys = principalKeys(one.world, one.value.credentials.accessKeyId)
    expect(keys['aws:PrincipalTag/TEAM']).toBe('red')
    expect(keys).not.toHaveProperty('aws:PrincipalTag/team')
  })
})

describe('source identity through a chain (iam-facts §13)', () => {
  function chain(secondTrust: readonly string[] = CHAIN_ACTIONS): World {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(CHAIN_ACTIONS)])
    w = withRole(w, A, 'First', trust({ AWS: A }, CHAIN_ACTIONS), {
      policies: [allow(CHAIN_ACTIONS)],
    })
    w = withRole(w, A, 'Second', trust({ AWS: A }, secondTrust))
    return w
  }

  it('persists into the chained session and is present as aws:SourceIdentity', () => {
    const one = ok(
      assumeRole(chain(), alice, {
        roleArn: roleArn(A, 'First'),
        roleSessionName: 'one',
        sourceIdentity: 'alice',
      }),
    )
    expect(one.value.sourceIdentity).toBe('alice')
    const two = ok(
      assumeRole(one.world, session(one.value.credentials.accessKeyId), {
        roleArn: roleArn(A, 'Second'),
        roleSessionName: 'two',
      }),
    )
    expect(two.value.sourceIdentity).toBe('alice')
    expect(principalKeys(two.world, two.value.credentials.accessKeyId)['aws:SourceIdentity']).toBe(
      'alice',
    )
  })

  it('cannot be changed along the chain: ValidationError', () => {
    const one = ok(
      assumeRole(chain(), alice, {
        roleArn: roleArn(A, 'First'),
        roleSessionName: 'one',
        sourceIdentity: 'alice',
      }),
    )
    const changed = assumeRole(one.world, session(one.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'Second'),
      roleSessionName: 'two',
      sourceIdentity: 'mallory',
    })
    expect(changed.status === 'error' && changed.error).toEqual({
      code: 'ValidationError',
      message: SOURCE_IDENTITY_ALREADY_SET,
      httpStatus: 400,
    })
    const same = assumeRole(one.world, session(one.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'Second'),
      roleSessionName: 'two',
      sourceIdentity: 'alice',
    })
    expect(same.status).toBe('ok')
  })

  it('needs sts:SetSourceIdentity in the next trust policy when it carries one', () => {
    const one = ok(
      assumeRole(chain(['sts:AssumeRole']), alice, {
        roleArn: roleArn(A, 'First'),
        roleSessionName: 'one',
        sourceIdentity: 'alice',
      }),
    )
    const denied = assumeRole(one.world, session(one.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'Second'),
      roleSessionName: 'two',
    })
    expect(denied.status === 'error' && denied.error.message).toContain('sts:SetSourceIdentity')
  })

  it("needs sts:SetSourceIdentity in the chaining role's own policy too, even in one account", () => {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(CHAIN_ACTIONS)])
    w = withRole(w, A, 'First', trust({ AWS: A }, CHAIN_ACTIONS), {
      policies: [allow('sts:AssumeRole')],
    })
    w = withRole(w, A, 'Second', trust({ AWS: roleArn(A, 'First') }, CHAIN_ACTIONS))
    const one = ok(
      assumeRole(w, alice, {
        roleArn: roleArn(A, 'First'),
        roleSessionName: 'one',
        sourceIdentity: 'alice',
      }),
    )
    const denied = assumeRole(one.world, session(one.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'Second'),
      roleSessionName: 'two',
    })
    expect(denied.status === 'error' && denied.error.decision).toMatchObject({
      decision: 'implicitDeny',
      gate: 'identity',
    })
  })
})
