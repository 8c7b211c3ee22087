/**
 * Services acting for a principal: PassRole, EC2 instance profiles, Lambda execution roles.
 * Sources: iam-facts §11, §16; https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  ADMIN,
  allow,
  B,
  emptyWorld,
  NOW,
  ok,
  roleArn,
  trust,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { addRoleToInstanceProfile, createInstanceProfile } from '../iam/index.ts'
import { createResource } from '../resources/create-resource.ts'
import { resolveCaller } from '../request/resolve-caller.ts'
import { assumeRole } from '../sts/assume-role.ts'
import type { World } from '../world/types.ts'
import { instanceCredentials } from './instance-credentials.ts'
import { invokeFunction } from './invoke-function.ts'
import { passRole } from './pass-role.ts'

const dev = { kind: 'user', accountId: A, userName: 'dev' } as const

describe('passRole (iam-facts §16)', () => {
  function world(): World {
    let w = withUser(emptyWorld(), A, 'dev', [
      allow('iam:PassRole', roleArn(A, 'LambdaRole'), {
        StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' },
      }),
    ])
    w = withRole(w, A, 'LambdaRole', trust({ Service: 'lambda.amazonaws.com' }))
    w = withRole(w, B, 'Foreign', trust({ Service: 'lambda.amazonaws.com' }))
    return w
  }

  it('allows passing the role to the service the policy names', () => {
    expect(
      passRole(world(), dev, { roleArn: roleArn(A, 'LambdaRole'), service: 'lambda.amazonaws.com' })
        .ok,
    ).toBe(true)
  })

  it("refuses passing it to another service, with AWS's AccessDenied", () => {
    const check = passRole(world(), dev, {
      roleArn: roleArn(A, 'LambdaRole'),
      service: 'ec2.amazonaws.com',
    })
    expect(!check.ok && check.error.message).toBe(
      `User: arn:aws:iam::${A}:user/dev is not authorized to perform: iam:PassRole on resource: ${roleArn(A, 'LambdaRole')} because no identity-based policy allows the iam:PassRole action`,
    )
  })

  it('never passes a role of another account', () => {
    const w = withUser(world(), A, 'admin', [allow('*')])
    const check = passRole(
      w,
      { kind: 'user', accountId: A, userName: 'admin' },
      { roleArn: roleArn(B, 'Foreign'), service: 'lambda.amazonaws.com' },
    )
    expect(check.ok).toBe(false)
  })
})

describe('EC2 instance profiles', () => {
  function world(): { readonly world: World; readonly instanceArn: string } {
    let w = withRole(emptyWorld(), A, 'AppRole', trust({ Service: 'ec2.amazonaws.com' }), {
      policies: [allow(['s3:GetObject', 'sts:AssumeRole'])],
    })
    w = withRole(w, A, 'Batch', trust({ AWS: roleArn(A, 'AppRole') }), {
      maxSessionDuration: 43200,
    })
    w = ok(
      createInstanceProfile(w, ADMIN, { accountId: A, instanceProfileName: 'AppProfile' }),
    ).world
    w = ok(
      addRoleToInstanceProfile(w, ADMIN, {
        accountId: A,
        instanceProfileName: 'AppProfile',
        roleName: 'AppRole',
      }),
    ).world
    const made = createResource(w, {
      type: 'ec2:instance',
      account: A,
      name: 'web-1',
      role: `arn:aws:iam::${A}:instance-profile/AppProfile`,
    })
    if (made.status !== 'ok') throw new Error(made.error.message)
    return { world: made.world, instanceArn: made.value.arn }
  }

  it("gives the application the role's session, with aws:userid AROA…:i-…", () => {
    const { world: w, instanceArn } = world()
    const creds = ok(
      instanceCredentials(w, { kind: 'service', service: 'ec2.amazonaws.com' }, { instanceArn }),
    )
    const resolved = resolveCaller(creds.world, {
      kind: 'session',
      accessKeyId: creds.value.session.accessKeyId,
    })
    expect(resolved?.ok && resolved.caller.context['aws:userid']).toMatch(
      /^AROA[A-Z2-7]{17}:i-[0-9a-f]{17}$/,
    )
    expect(creds.value.session).toMatchObject({
      source: 'ServiceRole',
      service: 'ec2.amazonaws.com',
    })
    expect(creds.value.credentials.expiration).toBe(NOW + 6 * 3600_000)
  })

  it("is not role chaining: the instance's role may assume a role for more than an hour", () => {
    const { world: w, instanceArn } = world()
    const creds = ok(
      instanceCredentials(w, { kind: 'service', service: 'ec2.amazonaws.com' }, { instanceArn }),
    )
    const assumed = ok(
      assumeRole(
        creds.world,
        { kind: 'session', accessKeyId: creds.value.session.accessKeyId },
        { roleArn: roleArn(A, 'Batch'), roleSessionName: 'batch', durationSeconds: 7200 },
      ),
    )
    expect(assumed.value.credentials.expiration).toBe(NOW + 7200_000)
    expect(assumed.world.sessions.get(assumed.value.credentials.accessKeyId)?.chained).toBe(false)
  })

  it("fails when the role's trust policy does not name ec2.amazonaws.com", () => {
    let w = world().world
    w = withRole(w, A, 'NotForEc2', trust({ AWS: A }))
    w = ok(createInstanceProfile(w, ADMIN, { accountId: A, instanceProfileName: 'Wrong' })).world
    w = ok(
      addRoleToInstanceProfile(w, ADMIN, {
        accountId: A,
        instanceProfileName: 'Wrong',
        roleName: 'NotForEc2',
      }),
    ).world
    const made = createResource(w, {
      type: 'ec2:instance',
      account: A,
      name: 'web-2',
      role: `arn:aws:iam::${A}:instance-profile/Wrong`,
    })
    if (made.status !== 'ok') throw new Error(made.error.message)
    const outcome = instanceCredentials(
      made.world,
      { kind: 'service', service: 'ec2.amazonaws.com' },
      { instanceArn: made.value.arn },
    )
    expect(outcome.status === 'error' && outcome.error.message).toBe(
      `User: ec2.amazonaws.com is not authorized to perform: sts:AssumeRole on resource: ${roleArn(A, 'NotForEc2')} because no role trust policy allows the sts:AssumeRole action`,
    )
  })
})

describe('Lambda execution roles', () => {
  function world(): { readonly world: World; readonly functionArn: string } {
    let w = withUser(emptyWorld(), A, 'dev', [allow('lambda:InvokeFunction')])
    w = withUser(w, A, 'intern')
    w = withRole(w, A, 'FnRole', trust({ Service: 'lambda.amazonaws.com' }), {
      policies: [allow('dynamodb:PutItem')],
    })
    const made = createResource(w, {
      type: 'lambda:function',
      account: A,
      name: 'orders',
      role: roleArn(A, 'FnRole'),
    })
    if (made.status !== 'ok') throw new Error(made.error.message)
    return { world: made.world, functionArn: made.value.arn }
  }

  it("runs the code with the execution role, not the caller's permissions", () => {
    const { world: w, functionArn } = world()
    const invoked = ok(
      invokeFunction(w, dev, {
        functionArn,
        requests: [
          { action: 'dynamodb:PutItem', resource: '*' },
          { action: 'lambda:InvokeFunction', resource: functionArn },
        ],
      }),
    )
    const [put, invoke] = invoked.value.results
    expect(put?.status === 'decided' && put.decision.decision).toBe('allowed')
    expect(invoke?.status === 'decided' && invoke.decision.decision).toBe('implicitDeny')
    expect(invoked.world.sessions.get(invoked.value.executionSession)?.arn).toBe(
      `arn:aws:sts::${A}:assumed-role/FnRole/orders`,
    )
  })

  it('needs lambda:InvokeFunction', () => {
    const { world: w, functionArn } = world()
    const outcome = invokeFunction(
      w,
      { kind: 'user', accountId: A, userName: 'intern' },
      { functionArn, requests: [] },
    )
    expect(outcome.status === 'error' && outcome.error.message).toContain('lambda:InvokeFunction')
  })
})
