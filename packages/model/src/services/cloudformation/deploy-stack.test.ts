/**
 * CloudFormation with and without a service role (iam-facts §16;
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html;
 * `aws:CalledVia`, `aws:ViaAWSService`: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-calledvia).
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  ADMIN,
  allow,
  emptyWorld,
  ok,
  roleArn,
  trust,
  withRole,
  withUser,
} from '../../../test/sts-world.ts'
import { createRole } from '../../iam/create-role.ts'
import { findRole } from '../../world/find-entity.ts'
import type { World } from '../../world/types.ts'
import { deployStack } from './deploy-stack.ts'
import type { StackResource } from './stack-types.ts'

const dev = { kind: 'user', accountId: A, userName: 'dev' } as const
const CFN = 'cloudformation.amazonaws.com'

const createAppRole = (name: string): StackResource => ({
  logicalId: name,
  action: 'iam:CreateRole',
  resource: roleArn(A, name),
  apply: (world) =>
    createRole(world, ADMIN, {
      accountId: A,
      roleName: name,
      assumeRolePolicyDocument: trust({ Service: 'lambda.amazonaws.com' }),
    }),
})

function world(devPolicies: readonly object[]): World {
  let w = withUser(emptyWorld(), A, 'dev', devPolicies)
  w = withRole(w, A, 'CfnRole', trust({ Service: CFN }), { policies: [allow('iam:CreateRole')] })
  return w
}

describe('deployStack with a service role', () => {
  const devPolicies = [
    allow(['cloudformation:CreateStack', 'cloudformation:UpdateStack']),
    allow('iam:PassRole', roleArn(A, 'CfnRole'), { StringEquals: { 'iam:PassedToService': CFN } }),
  ]

  it("acts as the role's session, so the caller needs no iam:CreateRole of its own", () => {
    const deployed = ok(
      deployStack(world(devPolicies), dev, {
        accountId: A,
        stackName: 'app',
        roleArn: roleArn(A, 'CfnRole'),
        resources: [createAppRole('AppRole')],
      }),
    )
    expect(deployed.value.actedAs).toMatchObject({ kind: 'role', roleArn: roleArn(A, 'CfnRole') })
    expect(findRole(deployed.world, A, 'AppRole')).toBeDefined()
    expect(deployed.value.stackArn).toMatch(
      new RegExp(`^arn:aws:cloudformation:us-east-1:${A}:stack/app/[0-9a-f-]{36}$`),
    )
    const [step] = deployed.value.results
    expect(step?.result.status === 'decided' && step.result.decision.message).toContain(
      `arn:aws:sts::${A}:assumed-role/CfnRole/AWSCloudFormation`,
    )
  })

  it('needs iam:PassRole on the role', () => {
    const outcome = deployStack(world([allow('cloudformation:CreateStack')]), dev, {
      accountId: A,
      stackName: 'app',
      roleArn: roleArn(A, 'CfnRole'),
      resources: [],
    })
    expect(outcome.status === 'error' && outcome.error.message).toContain('iam:PassRole')
  })

  it("reuses the stack's role for a later update without RoleARN, with no iam:PassRole", () => {
    const first = ok(
      deployStack(world(devPolicies), dev, {
        accountId: A,
        stackName: 'app',
        roleArn: roleArn(A, 'CfnRole'),
        resources: [createAppRole('AppRole')],
      }),
    )
    const onlyUpdate = withUser(first.world, A, 'ops', [allow('cloudformation:UpdateStack')])
    const updated = ok(
      deployStack(
        onlyUpdate,
        { kind: 'user', accountId: A, userName: 'ops' },
        { accountId: A, stackName: 'app', resources: [createAppRole('SecondRole')] },
      ),
    )
    expect(updated.value.actedAs.kind).toBe('role')
    expect(updated.value.stackArn).toBe(first.value.stackArn)
    expect(findRole(updated.world, A, 'SecondRole')).toBeDefined()
  })
})

describe("deployStack with the caller's own credentials", () => {
  it('forwards them: aws:ViaAWSService true, aws:CalledVia [cloudformation.amazonaws.com], MFA present and false', () => {
    const viaCfn = allow('iam:CreateRole', '*', {
      Bool: { 'aws:ViaAWSService': 'true', 'aws:MultiFactorAuthPresent': 'false' },
      'ForAnyValue:StringEquals': { 'aws:CalledVia': CFN },
      StringEquals: { 'aws:CalledViaFirst': CFN, 'aws:CalledViaLast': CFN },
    })
    const w = world([allow('cloudformation:CreateStack'), viaCfn])
    const deployed = ok(
      deployStack(w, dev, {
        accountId: A,
        stackName: 'app',
        resources: [createAppRole('AppRole')],
      }),
    )
    expect(deployed.value.actedAs).toEqual({ kind: 'caller' })
    expect(findRole(deployed.world, A, 'AppRole')).toBeDefined()
  })

  it('rolls the whole stack back when one call is denied: nothing is applied', () => {
    const w = world([
      allow('cloudformation:CreateStack'),
      allow('iam:CreateRole', roleArn(A, 'First')),
    ])
    const outcome = deployStack(w, dev, {
      accountId: A,
      stackName: 'app',
      resources: [createAppRole('First'), createAppRole('Second')],
    })
    expect(outcome.status).toBe('error')
    expect(outcome.status === 'error' && outcome.error.message).toBe(
      `User: arn:aws:iam::${A}:user/dev is not authorized to perform: iam:CreateRole on resource: ${roleArn(A, 'Second')} because no identity-based policy allows the iam:CreateRole action`,
    )
    expect('world' in outcome).toBe(false)
    expect(findRole(w, A, 'First')).toBeUndefined()
  })

  it('refuses a stack name CloudFormation would refuse', () => {
    const outcome = deployStack(world([allow('*')]), dev, {
      accountId: A,
      stackName: '1app',
      resources: [],
    })
    expect(outcome.status === 'error' && outcome.error.code).toBe('ValidationError')
  })
})
