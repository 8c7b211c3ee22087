/**
 * `assumeRole`: who may assume a role, for how long, and what the session can then do.
 * Sources: iam-facts §2, §9–11; https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  B,
  allow,
  emptyWorld,
  later,
  NOW,
  ok,
  roleArn,
  trust,
  userArn,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { authorize } from '../request/authorize.ts'
import type { World } from '../world/types.ts'
import { assumeRole, ROOT_CANNOT_ASSUME } from './assume-role.ts'
import { durationMessages } from './validation/duration.ts'

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const
const session = (accessKeyId: string) => ({ kind: 'session', accessKeyId }) as const

function world(): World {
  let w = emptyWorld()
  w = withUser(w, A, 'alice', [allow('sts:AssumeRole', roleArn(A, 'ViaAccount'))])
  w = withUser(w, A, 'bob')
  w = withRole(w, A, 'NamesAlice', trust({ AWS: userArn(A, 'alice') }), {
    policies: [allow('s3:ListAllMyBuckets')],
  })
  w = withRole(w, A, 'ViaAccount', trust({ AWS: A }), { policies: [allow('s3:ListAllMyBuckets')] })
  w = withRole(w, A, 'Long', trust({ AWS: A }), {
    maxSessionDuration: 43200,
    policies: [allow('sts:AssumeRole')],
  })
  return w
}

describe('assumeRole: authorization (iam-facts §9)', () => {
  it('lets a same-account user in when the trust policy names the user, with no identity policy', () => {
    const outcome = assumeRole(
      world(),
      { kind: 'user', accountId: A, userName: 'bob' },
      { roleArn: roleArn(A, 'NamesAlice'), roleSessionName: 'sess' },
    )
    expect(outcome.status).toBe('error')
    const mine = ok(
      assumeRole(world(), alice, { roleArn: roleArn(A, 'NamesAlice'), roleSessionName: 'sess' }),
    )
    expect(mine.value.assumedRoleUser.arn).toBe(`arn:aws:sts::${A}:assumed-role/NamesAlice/sess`)
    expect(mine.value.assumedRoleUser.assumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:sess$/)
    expect(mine.value.credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{17}$/)
  })

  it('needs an identity policy when the trust policy names only the account', () => {
    const w = world()
    expect(
      ok(assumeRole(w, alice, { roleArn: roleArn(A, 'ViaAccount'), roleSessionName: 'sess' })).value
        .credentials,
    ).toBeDefined()
    const denied = assumeRole(
      w,
      { kind: 'user', accountId: A, userName: 'bob' },
      { roleArn: roleArn(A, 'ViaAccount'), roleSessionName: 'sess' },
    )
    expect(denied.status === 'error' && denied.error.code).toBe('AccessDenied')
    expect(denied.status === 'error' && denied.error.message).toBe(
      `User: ${userArn(A, 'bob')} is not authorized to perform: sts:AssumeRole on resource: ${roleArn(A, 'ViaAccount')} because no identity-based policy allows the sts:AssumeRole action`,
    )
  })

  it('denies with the trust policy named when it does not admit the caller', () => {
    let w = world()
    w = withUser(w, A, 'carol', [allow('sts:AssumeRole')])
    const denied = assumeRole(
      w,
      { kind: 'user', accountId: A, userName: 'carol' },
      { roleArn: roleArn(A, 'NamesAlice'), roleSessionName: 'sess' },
    )
    expect(denied.status === 'error' && denied.error.message).toBe(
      `User: ${userArn(A, 'carol')} is not authorized to perform: sts:AssumeRole on resource: ${roleArn(A, 'NamesAlice')} because no role trust policy allows the sts:AssumeRole action`,
    )
    expect(denied.status === 'error' && denied.error.decision?.gate).toBe('trust')
  })

  it('needs both the trust policy and the identity policy across accounts (iam-facts §8)', () => {
    let w = world()
    w = withRole(w, B, 'Partner', trust({ AWS: userArn(A, 'bob') }))
    const withoutIdentity = assumeRole(
      w,
      { kind: 'user', accountId: A, userName: 'bob' },
      { roleArn: roleArn(B, 'Partner'), roleSessionName: 'sess' },
    )
    expect(withoutIdentity.status === 'error' && withoutIdentity.error.decision?.gate).toBe(
      'identity',
    )
    w = withUser(w, A, 'dave', [allow('sts:AssumeRole', roleArn(B, 'Partner'))])
    const noTrust = assumeRole(
      w,
      { kind: 'user', accountId: A, userName: 'dave' },
      { roleArn: roleArn(B, 'Partner'), roleSessionName: 'sess' },
    )
    expect(noTrust.status === 'error' && noTrust.error.decision?.gate).toBe('trust')
    w = withRole(w, B, 'PartnerAccount', trust({ AWS: A }))
    w = withUser(w, A, 'erin', [allow('sts:AssumeRole', roleArn(B, 'PartnerAccount'))])
    expect(
      assumeRole(
        w,
        { kind: 'user', accountId: A, userName: 'erin' },
        { roleArn: roleArn(B, 'PartnerAccount'), roleSessionName: 'sess' },
      ).status,
    ).toBe('ok')
  })

  it('refuses the root user: "Roles may not be assumed by root accounts." (iam-facts §2)', () => {
    const outcome = assumeRole(
      world(),
      { kind: 'root', accountId: A },
      { roleArn: roleArn(A, 'ViaAccount'), roleSessionName: 'sess' },
    )
    expect(outcome.status === 'error' && outcome.error).toMatchObject({
      code: 'AccessDenied',
      message: ROOT_CANNOT_ASSUME,
      httpStatus: 403,
    })
  })

  it('denies a role that does not exist like an unauthorized call (iam-facts §9)', () => {
    const outcome = assumeRole(world(), alice, {
      roleArn: roleArn(A, 'Nowhere'),
      roleSessionName: 'sess',
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('AccessDenied')
    expect(outcome.status === 'error' && outcome.error.message).toContain(
      `sts:AssumeRole on resource: ${roleArn(A, 'Nowhere')}`,
    )
  })

  it('requires the external id a trust policy asks for (iam-facts §9)', () => {
    let w = emptyWorld()
    w = withUser(w, B, 'vendor', [allow('sts:AssumeRole')])
    w = withRole(
      w,
      A,
      'ThirdParty',
      trust({ AWS: B }, 'sts:AssumeRole', { StringEquals: { 'sts:ExternalId': 'Example987' } }),
    )
    const vendor = { kind: 'user', accountId: B, userName: 'vendor' } as const
    const input = { roleArn: roleArn(A, 'ThirdParty'), roleSessionName: 'vendor' }
    expect(assumeRole(w, vendor, input).status).toBe('error')
    expect(assumeRole(w, vendor, { ...input, externalId: 'Wrong123' }).status).toBe('error')
    expect(assumeRole(w, vendor, { ...input, externalId: 'Example987' }).status).toBe('ok')
  })

  it('takes the external id only from the ExternalId parameter, never from free context', () => {
    let w = emptyWorld()
    w = withUser(w, B, 'vendor', [allow('sts:AssumeRole'), allow('sts:TagSession')])
    w = withRole(
      w,
      A,
      'ThirdParty',
      trust({ AWS: B }, ['sts:AssumeRole', 'sts:TagSession'], {
        StringEquals: { 'sts:ExternalId': 'Example987' },
      }),
    )
    const vendor = { kind: 'user', accountId: B, userName: 'vendor' } as const
    const input = { roleArn: roleArn(A, 'ThirdParty'), roleSessionName: 'vendor' }
    const forged = { 'sts:ExternalId': 'Example987', 'STS:RoleSessionName': 'vendor' }
    expect(assumeRole(w, vendor, { ...input, context: forged }).status).toBe('error')
    expect(
      assumeRole(w, vendor, { ...input, externalId: 'Example987', context: forged }).status,
    ).toBe('ok')
  })

  it('fails with MissingAuthenticationToken for an unsigned call', () => {
    const outcome = assumeRole(
      world(),
      { kind: 'anonymous' },
      { roleArn: roleArn(A, 'ViaAccount'), roleSessionName: 'sess' },
    )
    expect(outcome.status === 'error' && outcome.error.code).toBe('MissingAuthenticationToken')
  })
})

describe('assumeRole: duration (iam-facts §10–11)', () => {
  it('lasts one hour by default', () => {
    const value = ok(
      assumeRole(world(), alice, { roleArn: roleArn(A, 'NamesAlice'), roleSessionName: 'sess' }),
    ).value
    expect(value.credentials.expiration).toBe(NOW + 3600_000)
  })

  it("refuses more than the role's MaxSessionDuration", () => {
    const outcome = assumeRole(world(), alice, {
      roleArn: roleArn(A, 'NamesAlice'),
      roleSessionName: 'sess',
      durationSeconds: 3601,
    })
    expect(outcome.status === 'error' && outcome.error).toMatchObject({
      code: 'ValidationError',
      message: durationMessages.maxSessionDuration,
      httpStatus: 400,
    })
  })

  it("grants up to the role's maximum", () => {
    const w = withUser(world(), A, 'frank', [allow('sts:AssumeRole')])
    const value = ok(
      assumeRole(
        w,
        { kind: 'user', accountId: A, userName: 'frank' },
        { roleArn: roleArn(A, 'Long'), roleSessionName: 'sess', durationSeconds: 43200 },
      ),
    ).value
    expect(value.credentials.expiration).toBe(NOW + 43200_000)
  })

  it('refuses 7200 seconds in a role chain even when the role allows twelve hours', () => {
    let w = withUser(world(), A, 'frank', [allow('sts:AssumeRole')])
    const first = ok(
      assumeRole(
        w,
        { kind: 'user', accountId: A, userName: 'frank' },
        { roleArn: roleArn(A, 'Long'), roleSessionName: 'one' },
      ),
    )
    w = first.world
    const chained = assumeRole(w, session(first.value.credentials.accessKeyId), {
      roleArn: roleArn(A, 'Long'),
      roleSessionName: 'two',
      durationSeconds: 7200,
    })
    expect(chained.status === 'error' && chained.error).toMatchObject({
      code: 'ValidationError',
      message: durationMessages.chaining,
    })
    const capped = ok(
      assumeRole(w, session(first.value.credentials.accessKeyId), {
        roleArn: roleArn(A, 'Long'),
        roleSessionName: 'two',
      }),
    )
    expect(capped.value.credentials.expiration).toBe(NOW + 3600_000)
    expect(capped.world.sessions.get(capped.value.credentials.accessKeyId)).toMatchObject({
      chained: true,
      parent: first.value.credentials.accessKeyId,
    })
  })
})

describe('assumeRole: the session (iam-facts §11, §18)', () => {
  it("has the role's permissions only: the caller's own are set aside", () => {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(['sts:AssumeRole', 'dynamodb:*'])])
    w = withRole(w, A, 'Reader', trust({ AWS: A }), { policies: [allow('s3:GetObject')] })
    const assumed = ok(
      assumeRole(w, alice, { roleArn: roleArn(A, 'Reader'), roleSessionName: 'sess' }),
    )
    const as = session(assumed.value.credentials.accessKeyId)
    const decide = (action: string) => {
      const answer = authorize(assumed.world, as, { action, resource: '*' })
      return answer.status === 'decided' ? answer.decision.decision : answer.error.code
    }
    expect(decide('s3:GetObject')).toBe('allowed')
    expect(decide('dynamodb:GetItem')).toBe('implicitDeny')
  })

  it('is narrowed by its session policy, never widened', () => {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow('sts:AssumeRole')])
    w = withRole(w, A, 'Broad', trust({ AWS: A }), {
      policies: [allow(['s3:GetObject', 's3:PutObject'])],
    })
    const policy = JSON.stringify(allow(['s3:GetObject', 'ec2:*']))
    const assumed = ok(
      assumeRole(w, alice, { roleArn: roleArn(A, 'Broad'), roleSessionName: 'sess', policy }),
    )
    const as = session(assumed.value.credentials.accessKeyId)
    const decide = (action: string) => {
      const answer = authorize(assumed.world, as, { action, resource: '*' })
      return answer.status === 'decided' ? answer.decision : undefined
    }
    expect(decide('s3:GetObject')?.decision).toBe('allowed')
    expect(decide('s3:PutObject')).toMatchObject({ decision: 'implicitDeny', gate: 'session' })
    expect(decide('ec2:RunInstances')).toMatchObject({ decision: 'implicitDeny', gate: 'identity' })
    expect(assumed.value.packedPolicySize).toBeGreaterThan(0)
  })

  it('fails every call with ExpiredToken once expired (iam-facts §10)', () => {
    const assumed = ok(
      assumeRole(world(), alice, {
        roleArn: roleArn(A, 'NamesAlice'),
        roleSessionName: 'sess',
        durationSeconds: 900,
      }),
    )
    const as = session(assumed.value.credentials.accessKeyId)
    const before = authorize(later(assumed.world, 899_999), as, {
      action: 's3:ListAllMyBuckets',
      resource: '*',
    })
    expect(before.status).toBe('decided')
    const after = authorize(later(assumed.world, 900_000), as, {
      action: 's3:ListAllMyBuckets',
      resource: '*',
    })
    expect(after).toEqual({
      status: 'error',
      error: {
        code: 'ExpiredToken',
        message: 'The security token included in the request is expired',
        httpStatus: 403,
      },
    })
  })

  it('refuses an unknown access key with InvalidClientTokenId', () => {
    const answer = authorize(world(), session('ASIAAAAAAAAAAAAAAAAAA'), {
      action: 's3:ListAllMyBuckets',
      resource: '*',
    })
    expect(answer.status === 'error' && answer.error.code).toBe('InvalidClientTokenId')
  })

  it('rejects an unparsable session policy with MalformedPolicyDocument', () => {
    const outcome = assumeRole(world(), alice, {
      roleArn: roleArn(A, 'NamesAlice'),
      roleSessionName: 'sess',
      policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}',
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('MalformedPolicyDocument')
  })

  it('refuses a session policy over 2,048 characters with ValidationError ([STS-API] AssumeRole.Policy)', () => {
    const resources = Array.from(
      { length: 60 },
      (_, index) => `arn:aws:s3:::bucket-number-${index}/*`,
    )
    const policy = JSON.stringify(allow('s3:GetObject', resources))
    const outcome = assumeRole(world(), alice, {
      roleArn: roleArn(A, 'NamesAlice'),
      roleSessionName: 'sess',
      policy,
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('ValidationError')
    expect(outcome.status === 'error' && outcome.error.message).toContain(
      'Member must have length less than or equal to 2048',
    )
  })

  it('fails PackedPolicyTooLarge with the percentage when session tags fill the packed space', () => {
    let w = emptyWorld()
    w = withUser(w, A, 'alice', [allow(['sts:AssumeRole', 'sts:TagSession'])])
    w = withRole(w, A, 'Tagged', trust({ AWS: A }, ['sts:AssumeRole', 'sts:TagSession']))
    // Nine tags of a 2-character key and a 250-character value: AWS reported 498 %
    // (aws-actions/configure-aws-credentials#1898).
    const tags = Array.from({ length: 9 }, (_, index) => ({
      key: `T${index}`,
      value: 'a'.repeat(250),
    }))
    const outcome = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Tagged'),
      roleSessionName: 'sess',
      tags,
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('PackedPolicyTooLarge')
    expect(outcome.status === 'error' && outcome.error.message).toMatch(
      /^Packed size of session tags consumes (49\d|50\d)% of allotted space\.$/,
    )
  })

  it('gives the same credentials for the same world and the same calls', () => {
    const input = { roleArn: roleArn(A, 'NamesAlice'), roleSessionName: 'sess' }
    expect(ok(assumeRole(world(), alice, input)).value).toEqual(
      ok(assumeRole(world(), alice, input)).value,
    )
  })
})
