import { describe, expect, it } from 'vitest'
import { findPolicy } from '../world/find-policy.ts'
import { findRole } from '../world/find-entity.ts'
import { createRole } from './create-role.ts'
import { createServiceLinkedRole } from './create-service-linked-role.ts'
import { deleteRole } from './delete-role.ts'
import { serviceLinkedRoles } from './service-linked-roles.ts'
import { tagRole } from './tag-entity.ts'
import {
  A,
  admin,
  err,
  ok,
  trustAws,
  trustService,
  twoAccounts,
} from '../../test/iam-support/fixture.ts'

describe('createRole', () => {
  it('makes a role with an AROA id, the default path, a one-hour maximum session and the parsed trust', () => {
    const { world, value: role } = ok(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'Deploy',
        assumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
      }),
    )
    expect(role.id).toMatch(/^AROA[A-Z2-7]{17}$/)
    expect(role.arn).toBe(`arn:aws:iam::${A}:role/Deploy`)
    expect(role.path).toBe('/')
    expect(role.maxSessionDuration).toBe(3600) // iam-facts §11
    expect(role.trustPolicy.kind).toBe('trust')
    expect(role.trustPolicy.policy.statements[0]?.principal?.service).toEqual(['ec2.amazonaws.com'])
    expect(role.serviceLinked).toBeUndefined()
    expect(findRole(world, A, 'deploy')).toBe(role)
  })

  it('keeps the path in the ARN and accepts 43,200 seconds', () => {
    const role = ok(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'Long',
        path: '/ops/team/',
        assumeRolePolicyDocument: trustAws(A),
        maxSessionDuration: 43200,
        description: 'twelve hours',
      }),
    ).value
    expect(role.arn).toBe(`arn:aws:iam::${A}:role/ops/team/Long`)
    expect(role.maxSessionDuration).toBe(43200)
    expect(role.description).toBe('twelve hours')
  })

  it('changes nothing when it fails', () => {
    const world = twoAccounts()
    const outcome = createRole(world, admin, {
      accountId: A,
      roleName: 'Bad',
      assumeRolePolicyDocument: '{',
    })
    expect(err(outcome).code).toBe('MalformedPolicyDocument')
    expect(world.accounts.get(A)?.roles.size).toBe(0)
    expect(world.seed).toBe(twoAccounts().seed)
  })

  it('gives a re-created role a new id (iam-facts §1)', () => {
    let world = ok(
      createRole(twoAccounts(), admin, {
        accountId: A,
        roleName: 'R',
        assumeRolePolicyDocument: trustAws(A),
      }),
    ).world
    const first = findRole(world, A, 'R')?.id
    world = ok(deleteRole(world, admin, { accountId: A, roleName: 'r' })).world
    expect(findRole(world, A, 'R')).toBeUndefined()
    world = ok(
      createRole(world, admin, {
        accountId: A,
        roleName: 'R',
        assumeRolePolicyDocument: trustAws(A),
      }),
    ).world
    expect(findRole(world, A, 'R')?.id).not.toBe(first)
  })
})

describe('createServiceLinkedRole (iam-facts §16)', () => {
  it('makes AWSServiceRoleForECS at /aws-service-role/ecs.amazonaws.com/, trusting only ECS, with its policy', () => {
    const role = ok(
      createServiceLinkedRole(twoAccounts(), admin, {
        accountId: A,
        awsServiceName: 'ecs.amazonaws.com',
      }),
    ).value
    expect(role.name).toBe('AWSServiceRoleForECS')
    expect(role.arn).toBe(
      `arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    )
    expect(role.serviceLinked).toEqual({ service: 'ecs.amazonaws.com' })
    const statement = role.trustPolicy.policy.statements[0]
    expect(statement?.principal?.service).toEqual(['ecs.amazonaws.com'])
    expect(statement?.principal?.aws).toEqual([])
    expect(statement?.action.patterns).toEqual(['sts:AssumeRole'])
    expect(role.attachedPolicies).toEqual([
      'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
    ])
    expect(role.boundary).toBeUndefined()
  })

  it('names a suffixed Auto Scaling role AWSServiceRoleForAutoScaling_SUFFIX', () => {
    const role = ok(
      createServiceLinkedRole(twoAccounts(), admin, {
        accountId: A,
        awsServiceName: 'autoscaling.amazonaws.com',
        customSuffix: 'batch',
      }),
    ).value
    expect(role.name).toBe('AWSServiceRoleForAutoScaling_batch')
    expect(role.path).toBe('/aws-service-role/autoscaling.amazonaws.com/')
  })

  it.each([...serviceLinkedRoles.values()].map((spec) => [spec.service, spec] as const))(
    'knows %s',
    (service, spec) => {
      const role = ok(
        createServiceLinkedRole(twoAccounts(), admin, { accountId: A, awsServiceName: service }),
      ).value
      expect(role.name).toBe(spec.roleName)
      expect(spec.policyArn.startsWith('arn:aws:iam::aws:policy/aws-service-role/')).toBe(true)
      expect(role.trustPolicy.policy.statements[0]?.principal?.service).toEqual([service])
      // The policy is attached when the library has it, and never left dangling.
      for (const arn of role.attachedPolicies) expect(findPolicy(twoAccounts(), arn)).toBeDefined()
    },
  )

  it('refuses a service it does not know', () => {
    expect(
      err(
        createServiceLinkedRole(twoAccounts(), admin, {
          accountId: A,
          awsServiceName: 'nope.amazonaws.com',
        }),
      ).code,
    ).toBe('InvalidInput')
  })

  it('lets the role be tagged (tags are not permissions)', () => {
    const world = ok(
      createServiceLinkedRole(twoAccounts(), admin, {
        accountId: A,
        awsServiceName: 'ecs.amazonaws.com',
      }),
    ).world
    expect(
      ok(
        tagRole(world, admin, {
          accountId: A,
          roleName: 'AWSServiceRoleForECS',
          tags: [{ key: 'a', value: 'b' }],
        }),
      ).value.tags,
    ).toHaveLength(1)
  })
})
