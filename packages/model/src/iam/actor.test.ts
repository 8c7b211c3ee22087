/**
 * IAM operations made by an actor are authorized by the engine with the action and resource of
 * the Service Authorization Reference
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html);
 * a denial is `AccessDenied` carrying the decision (iam-facts §14).
 */
import { describe, expect, it } from 'vitest'
import type { Caller } from '../operations/types.ts'
import type { World } from '../world/types.ts'
import { attachRolePolicy } from './attach-policy.ts'
import { createRole } from './create-role.ts'
import { createServiceLinkedRole } from './create-service-linked-role.ts'
import { createUser } from './create-user.ts'
import { putUserPolicy } from './put-inline-policy.ts'
import { A, B, admin, err, ok, trustAws, twoAccounts } from '../../test/iam-support/fixture.ts'

const alice: Caller = { kind: 'user', accountId: A, userName: 'alice' }

function withAlicePolicy(statement?: object): World {
  let world = ok(createUser(twoAccounts(), admin, { accountId: A, userName: 'alice' })).world
  world = ok(
    createRole(world, admin, {
      accountId: A,
      roleName: 'App',
      assumeRolePolicyDocument: trustAws(A),
    }),
  ).world
  if (statement) {
    world = ok(
      putUserPolicy(world, admin, {
        accountId: A,
        userName: 'alice',
        policyName: 'iam',
        policyDocument: { Version: '2012-10-17', Statement: [statement] },
      }),
    ).world
  }
  return world
}

describe('an actor', () => {
  it('without permission gets AccessDenied in AWS words, with the decision, and changes nothing', () => {
    const world = withAlicePolicy()
    const outcome = createRole(world, alice, {
      accountId: A,
      roleName: 'New',
      assumeRolePolicyDocument: trustAws(A),
    })
    const error = err(outcome)
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toContain(
      `User: arn:aws:iam::${A}:user/alice is not authorized to perform: iam:CreateRole`,
    )
    expect(outcome.status === 'error' && outcome.error.decision?.decision).toBe('implicitDeny')
    expect(outcome.decisions).toHaveLength(1)
    expect(world.accounts.get(A)?.roles.size).toBe(1)
  })

  it('is authorized on the new role ARN, so a Resource scoped to a path decides', () => {
    const world = withAlicePolicy({
      Effect: 'Allow',
      Action: 'iam:CreateRole',
      Resource: `arn:aws:iam::${A}:role/apps/*`,
    })
    const inside = createRole(world, alice, {
      accountId: A,
      roleName: 'In',
      path: '/apps/',
      assumeRolePolicyDocument: trustAws(A),
    })
    expect(inside.status).toBe('ok')
    expect(inside.decisions[0]?.decision).toBe('allowed')
    const outside = createRole(world, alice, {
      accountId: A,
      roleName: 'Out',
      assumeRolePolicyDocument: trustAws(A),
    })
    expect(err(outside).code).toBe('AccessDenied')
  })

  it('passes iam:PermissionsBoundary, so a boundary-enforcing policy works', () => {
    const boundary = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    const world = withAlicePolicy({
      Effect: 'Allow',
      Action: 'iam:CreateRole',
      Resource: '*',
      Condition: { StringEquals: { 'iam:PermissionsBoundary': boundary } },
    })
    expect(
      createRole(world, alice, {
        accountId: A,
        roleName: 'Bounded',
        assumeRolePolicyDocument: trustAws(A),
        permissionsBoundary: boundary,
      }).status,
    ).toBe('ok')
    expect(
      err(
        createRole(world, alice, {
          accountId: A,
          roleName: 'Free',
          assumeRolePolicyDocument: trustAws(A),
        }),
      ).code,
    ).toBe('AccessDenied')
  })

  it('passes iam:PolicyARN on AttachRolePolicy', () => {
    const world = withAlicePolicy({
      Effect: 'Allow',
      Action: 'iam:AttachRolePolicy',
      Resource: '*',
      Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } },
    })
    expect(
      attachRolePolicy(world, alice, {
        accountId: A,
        roleName: 'App',
        policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }).status,
    ).toBe('ok')
    expect(
      err(
        attachRolePolicy(world, alice, {
          accountId: A,
          roleName: 'App',
          policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
        }),
      ).code,
    ).toBe('AccessDenied')
  })

  it('passes iam:AWSServiceName on CreateServiceLinkedRole (iam-facts §6)', () => {
    const world = withAlicePolicy({
      Effect: 'Allow',
      Action: 'iam:CreateServiceLinkedRole',
      Resource: '*',
      Condition: { StringEquals: { 'iam:AWSServiceName': 'ecs.amazonaws.com' } },
    })
    expect(
      createServiceLinkedRole(world, alice, { accountId: A, awsServiceName: 'ecs.amazonaws.com' })
        .status,
    ).toBe('ok')
    expect(
      err(
        createServiceLinkedRole(world, alice, {
          accountId: A,
          awsServiceName: 'rds.amazonaws.com',
        }),
      ).code,
    ).toBe('AccessDenied')
  })

  it('is authorized before IAM looks at the world: a denied caller learns nothing of existing names', () => {
    const world = withAlicePolicy()
    expect(
      err(
        createRole(world, alice, {
          accountId: A,
          roleName: 'App',
          assumeRolePolicyDocument: trustAws(A),
        }),
      ).code,
    ).toBe('AccessDenied')
  })

  it("cannot change another account's IAM: IAM has no resource-based policies", () => {
    const world = withAlicePolicy({ Effect: 'Allow', Action: 'iam:*', Resource: '*' })
    expect(
      err(
        createRole(world, alice, {
          accountId: B,
          roleName: 'Sneaky',
          assumeRolePolicyDocument: trustAws(A),
        }),
      ).code,
    ).toBe('AccessDenied')
  })

  it('as the root user is allowed by default (iam-facts §7)', () => {
    const outcome = createRole(
      withAlicePolicy(),
      { kind: 'root', accountId: A },
      { accountId: A, roleName: 'ByRoot', assumeRolePolicyDocument: trustAws(A) },
    )
    expect(outcome.status).toBe('ok')
    expect(outcome.decisions[0]?.decision).toBe('allowed')
  })

  it("as an administrator's change is not authorized at all", () => {
    expect(
      createRole(withAlicePolicy(), admin, {
        accountId: A,
        roleName: 'X',
        assumeRolePolicyDocument: trustAws(A),
      }).decisions,
    ).toEqual([])
  })

  it('with unknown credentials fails as AWS does', () => {
    const ghost: Caller = { kind: 'user', accountId: A, userName: 'ghost' }
    expect(
      err(
        createRole(withAlicePolicy(), ghost, {
          accountId: A,
          roleName: 'X',
          assumeRolePolicyDocument: trustAws(A),
        }),
      ).code,
    ).toBe('InvalidClientTokenId')
  })
})
