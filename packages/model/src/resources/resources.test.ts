/**
 * Resources, their ARNs, owners, resource-based policies and tags (the Service Authorization
 * Reference's resource types; limits cited in `resource-types.ts`).
 */
import { describe, expect, it } from 'vitest'
import { createInstanceProfile } from '../iam/create-instance-profile.ts'
import { createRole } from '../iam/create-role.ts'
import { createUser } from '../iam/create-user.ts'
import { deleteUser } from '../iam/delete-user.ts'
import { findUser } from '../world/find-entity.ts'
import { resourceOwner } from '../world/find-resource.ts'
import { displayPolicy } from '../world/display-policy.ts'
import type { ResourceType, World } from '../world/types.ts'
import { createResource } from './create-resource.ts'
import { deleteResourcePolicy, putResourcePolicy } from './put-resource-policy.ts'
import { tagResource, untagResource } from './tag-resource.ts'
import type { ResourceOutcome } from './types.ts'
import { A, B, admin, ok, trustService, twoAccounts } from '../../test/iam-support/fixture.ts'

function made<T>(outcome: ResourceOutcome<T>): { world: World; value: T } {
  if (outcome.status === 'error') throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome
}

function refused<T>(outcome: ResourceOutcome<T>) {
  if (outcome.status === 'ok') throw new Error('expected a failure')
  return outcome.error
}

function bucketPolicy(principal: string, bucket = 'data-bucket'): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucket}/*`,
      },
    ],
  }
}

describe('createResource: ARNs in each service’s form', () => {
  const cases: readonly (readonly [ResourceType, string, RegExp])[] = [
    ['s3:bucket', 'data-bucket', /^arn:aws:s3:::data-bucket$/],
    [
      'kms:key',
      'main key',
      new RegExp(
        `^arn:aws:kms:eu-west-1:${A}:key/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`,
      ),
    ],
    ['sqs:queue', 'jobs', new RegExp(`^arn:aws:sqs:eu-west-1:${A}:jobs$`)],
    ['sns:topic', 'alerts', new RegExp(`^arn:aws:sns:eu-west-1:${A}:alerts$`)],
    ['kinesis:stream', 'clicks', new RegExp(`^arn:aws:kinesis:eu-west-1:${A}:stream/clicks$`)],
    ['lambda:function', 'resize', new RegExp(`^arn:aws:lambda:eu-west-1:${A}:function:resize$`)],
    [
      'secretsmanager:secret',
      'prod/db',
      new RegExp(`^arn:aws:secretsmanager:eu-west-1:${A}:secret:prod/db-[A-Za-z0-9]{6}$`),
    ],
    ['rds:db', 'orders', new RegExp(`^arn:aws:rds:eu-west-1:${A}:db:orders$`)],
    ['ec2:instance', 'web-1', new RegExp(`^arn:aws:ec2:eu-west-1:${A}:instance/i-[0-9a-f]{17}$`)],
    [
      'cloudformation:stack',
      'app',
      new RegExp(`^arn:aws:cloudformation:eu-west-1:${A}:stack/app/[0-9a-f-]{36}$`),
    ],
  ]
  it.each(cases)('%s %s', (type, name, pattern) => {
    const resource = made(
      createResource(twoAccounts(), { type, account: A, name, region: 'eu-west-1' }),
    ).value
    expect(resource.arn).toMatch(pattern)
    expect(resource.accountId).toBe(A)
  })

  it('draws the random parts from the seed: same seed, same ARNs', () => {
    const first = made(
      createResource(twoAccounts(5), { type: 'secretsmanager:secret', account: A, name: 's' }),
    ).value.arn
    expect(
      made(createResource(twoAccounts(5), { type: 'secretsmanager:secret', account: A, name: 's' }))
        .value.arn,
    ).toBe(first)
    expect(
      made(createResource(twoAccounts(6), { type: 'secretsmanager:secret', account: A, name: 's' }))
        .value.arn,
    ).not.toBe(first)
  })
})

describe('S3 ownership', () => {
  it('makes bucket names unique across accounts and gives objects to their bucket’s account', () => {
    const world = made(
      createResource(twoAccounts(), { type: 's3:bucket', account: B, name: 'data-bucket' }),
    ).world
    expect(
      refused(createResource(world, { type: 's3:bucket', account: A, name: 'data-bucket' })).code,
    ).toBe('BucketAlreadyExists')
    expect(
      refused(createResource(world, { type: 's3:bucket', account: B, name: 'data-bucket' })).code,
    ).toBe('BucketAlreadyOwnedByYou')
    const object = made(
      createResource(world, { type: 's3:object', account: B, name: 'data-bucket/reports/q1.csv' }),
    )
    expect(object.value.arn).toBe('arn:aws:s3:::data-bucket/reports/q1.csv')
    expect(resourceOwner(object.world, 'arn:aws:s3:::data-bucket/reports/q1.csv')).toBe(B)
    expect(
      refused(createResource(world, { type: 's3:object', account: A, name: 'data-bucket/k' })).code,
    ).toBe('NoSuchBucket')
  })

  it('refuses a bucket name S3 would refuse', () => {
    expect(
      refused(createResource(twoAccounts(), { type: 's3:bucket', account: A, name: 'Bad_Name' }))
        .code,
    ).toBe('ValidationError')
  })
})

describe('resource-based policies', () => {
  it('stores a named user by unique id (iam-facts §2) and displays it back', () => {
    let world = ok(createUser(twoAccounts(), admin, { accountId: A, userName: 'alice' })).world
    const bucket = made(
      createResource(world, {
        type: 's3:bucket',
        account: B,
        name: 'data-bucket',
        policy: bucketPolicy(`arn:aws:iam::${A}:user/alice`),
      }),
    )
    world = bucket.world
    const id = findUser(world, A, 'alice')?.id
    expect(bucket.value.policy?.policy.statements[0]?.principal?.aws).toEqual([id])
    const stored = bucket.value.policy
    if (!stored) throw new Error('no policy')
    expect(JSON.stringify(displayPolicy(world, stored))).toContain(`arn:aws:iam::${A}:user/alice`)
    world = ok(deleteUser(world, admin, { accountId: A, userName: 'alice' })).world
    expect(JSON.stringify(displayPolicy(world, stored))).toContain(`"${id}"`)
  })

  it('refuses a principal that does not exist with the service’s code', () => {
    const error = refused(
      createResource(twoAccounts(), {
        type: 's3:bucket',
        account: B,
        name: 'data-bucket',
        policy: bucketPolicy(`arn:aws:iam::${A}:user/nobody`),
      }),
    )
    expect(error).toMatchObject({
      code: 'MalformedPolicy',
      message: `Invalid principal in policy: "AWS":"arn:aws:iam::${A}:user/nobody"`,
    })
  })

  it.each([
    ['s3:bucket', 'big-bucket', 20 * 1024, 'PolicyTooLarge'],
    ['sqs:queue', 'jobs', 8192, 'InvalidAttributeValue'],
    ['kms:key', 'key', 32768, 'MalformedPolicyDocumentException'],
    ['sns:topic', 'alerts', 30 * 1024, 'InvalidParameter'],
    ['lambda:function', 'fn', 20 * 1024, 'PolicyLengthExceededException'],
    ['secretsmanager:secret', 'secret', 20480, 'MalformedPolicyDocumentException'],
  ] as const)('holds a %s policy to %i bytes… (%s)', (type, name, limit, code) => {
    let world = twoAccounts()
    world = made(createResource(world, { type, account: A, name })).world
    const arn = [...(world.accounts.get(A)?.resources.keys() ?? [])][0] ?? ''
    const statement = {
      Effect: 'Allow',
      Principal: { AWS: A },
      Action: 's3:GetObject',
      Resource: '*',
      Sid: '',
    }
    const over = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ ...statement, Sid: 'A'.repeat(limit) }],
    })
    expect(refused(putResourcePolicy(world, { arn, policy: over })).code).toBe(code)
    const fits = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: A }, Action: '*', Resource: '*' }],
    }
    expect(putResourcePolicy(world, { arn, policy: fits }).status).toBe('ok')
  })

  it('has no resource-based policy for RDS, EC2, CloudFormation or S3 objects', () => {
    for (const type of ['rds:db', 'cloudformation:stack'] as const) {
      const name = 'thing'
      const error = refused(
        createResource(twoAccounts(), { type, account: A, name, policy: bucketPolicy(A) }),
      )
      expect(error.code).toBe('InvalidRequest')
    }
  })

  it('removes a policy', () => {
    const bucket = made(
      createResource(twoAccounts(), {
        type: 's3:bucket',
        account: B,
        name: 'data-bucket',
        policy: bucketPolicy(A),
      }),
    )
    expect(
      made(deleteResourcePolicy(bucket.world, { arn: bucket.value.arn })).value.policy,
    ).toBeUndefined()
  })
})

describe('roles of resources', () => {
  it('needs an existing role for Lambda and CloudFormation, an instance profile for EC2', () => {
    let world = ok(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'fn-role',
        assumeRolePolicyDocument: trustService('lambda.amazonaws.com'),
      }),
    ).world
    world = ok(
      createInstanceProfile(world, admin, { accountId: A, instanceProfileName: 'web' }),
    ).world
    expect(
      made(
        createResource(world, {
          type: 'lambda:function',
          account: A,
          name: 'fn',
          role: `arn:aws:iam::${A}:role/fn-role`,
        }),
      ).value.role,
    ).toBe(`arn:aws:iam::${A}:role/fn-role`)
    expect(
      refused(
        createResource(world, {
          type: 'lambda:function',
          account: A,
          name: 'fn',
          role: `arn:aws:iam::${A}:role/none`,
        }),
      ).message,
    ).toBe('The role defined for the function cannot be assumed by Lambda.')
    expect(
      createResource(world, {
        type: 'ec2:instance',
        account: A,
        name: 'web-1',
        role: `arn:aws:iam::${A}:instance-profile/web`,
      }).status,
    ).toBe('ok')
    expect(
      refused(
        createResource(world, {
          type: 'ec2:instance',
          account: A,
          name: 'web-1',
          role: `arn:aws:iam::${A}:role/fn-role`,
        }),
      ).code,
    ).toBe('InvalidParameterValue')
    expect(
      refused(
        createResource(world, {
          type: 'sqs:queue',
          account: A,
          name: 'q',
          role: `arn:aws:iam::${A}:role/fn-role`,
        }),
      ).code,
    ).toBe('ValidationError')
  })
})

describe('tags', () => {
  it('tags and untags regardless of key case, up to 50 tags', () => {
    const queue = made(
      createResource(twoAccounts(), {
        type: 'sqs:queue',
        account: A,
        name: 'jobs',
        tags: [{ key: 'env', value: 'dev' }],
      }),
    )
    let world = made(
      tagResource(queue.world, { arn: queue.value.arn, tags: [{ key: 'ENV', value: 'prod' }] }),
    ).world
    expect(world.accounts.get(A)?.resources.get(queue.value.arn)?.tags).toEqual([
      { key: 'ENV', value: 'prod' },
    ])
    world = made(untagResource(world, { arn: queue.value.arn, tagKeys: ['env'] })).world
    expect(world.accounts.get(A)?.resources.get(queue.value.arn)?.tags).toEqual([])
    const many = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: '' }))
    world = made(tagResource(world, { arn: queue.value.arn, tags: many })).world
    expect(
      refused(tagResource(world, { arn: queue.value.arn, tags: [{ key: 'extra', value: '' }] }))
        .code,
    ).toBe('TooManyTagsException')
    expect(
      refused(tagResource(world, { arn: queue.value.arn, tags: [{ key: 'aws:x', value: '' }] }))
        .code,
    ).toBe('InvalidInput')
  })
})
