/**
 * Services replayed: invoking a Lambda function and its code acting with the execution role,
 * an application on an EC2 instance using its instance profile's role, a service principal
 * acting directly, and CloudFormation deploying a stack with and without its service role.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNT, allow, replayText, step, trust, world } from './support.ts'

const ROLE = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`
const LAMBDA_TRUST = trust('{ Service: lambda.amazonaws.com }')

const trace = replayText(
  world(`users:
  omkar:
    account: main
    inline:
      Deploy: { Version: '2012-10-17', Statement: [
        { Effect: Allow, Action: [lambda:InvokeFunction, cloudformation:CreateStack, cloudformation:UpdateStack], Resource: '*' },
        { Effect: Allow, Action: iam:PassRole, Resource: '${ROLE('DeployRole')}' } ] }
roles:
  Processor: { account: main, trust: ${LAMBDA_TRUST}, inline: { Read: ${allow('s3:GetObject')} } }
  WebRole: { account: main, trust: ${trust('{ Service: ec2.amazonaws.com }')}, inline: { List: ${allow('s3:ListBucket')} } }
  DeployRole:
    account: main
    trust: ${trust('{ Service: cloudformation.amazonaws.com }')}
    inline: { Build: ${allow('[iam:CreateRole, iam:AttachRolePolicy, iam:PassRole]')} }
instanceProfiles:
  web: { account: main, role: WebRole }
resources:
  processor: { type: lambda:function, account: main, role: Processor }
  web-1: { type: ec2:instance, account: main, instanceProfile: web }
steps:
  - id: invoke
    as: omkar
    invoke: { functionArn: processor }
    expect: allowed
  - id: code
    as: processor
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
    expect: allowed
  - id: instance
    as: web-1
    request: { action: s3:ListBucket, resource: 'arn:aws:s3:::reports' }
    expect: allowed
  - id: instance-again
    as: web-1
    request: { action: s3:GetObject, resource: 'arn:aws:s3:::reports/a.csv' }
    expect: { decision: implicitDeny, gate: identity }
  - id: service
    as: service:lambda.amazonaws.com
    assumeRole: { roleArn: Processor, roleSessionName: direct }
    expect: allowed
  - id: stack-denied
    as: omkar
    deployStack:
      stackName: app
      roleArn: DeployRole
      resources:
        AppRole: { createRole: { roleName: app-role, assumeRolePolicyDocument: ${LAMBDA_TRUST} } }
        Function: { createResource: { type: lambda:function, name: app-fn, role: app-role } }
    expect: { decision: implicitDeny, gate: identity }
  - id: fix
    change:
      putRolePolicy: { roleName: DeployRole, policyName: Lambda, policyDocument: ${allow('lambda:CreateFunction')} }
  - id: stack
    as: omkar
    deployStack:
      stackName: app
      roleArn: DeployRole
      resources:
        AppRole: { createRole: { roleName: app-role, assumeRolePolicyDocument: ${LAMBDA_TRUST} } }
        AppRolePolicy: { attachRolePolicy: { roleName: app-role, policyArn: AWSLambdaExecute } }
        Function: { createResource: { type: lambda:function, name: app-fn, role: app-role } }
    expect: allowed
  - id: own-credentials
    as: omkar
    deployStack:
      stackName: other
      resources:
        OtherRole: { createRole: { roleName: other-role, assumeRolePolicyDocument: ${LAMBDA_TRUST} } }
    expect: { decision: implicitDeny, gate: identity }
`),
)

describe('Lambda and EC2', () => {
  it('invokes the function, whose execution session is named after it and reused by its code', () => {
    const invoked = step(trace, 'invoke')
    expect(invoked.outcome).toMatchObject({ status: 'allowed', gate: 'identity' })
    expect(invoked.sessions.created).toEqual([
      expect.objectContaining({
        name: 'processor',
        source: 'ServiceRole',
        role: ROLE('Processor'),
      }),
    ])
    const code = step(trace, 'code')
    expect(code.actor).toMatchObject({ label: 'processor', kind: 'resource' })
    expect(code.sessions).toEqual({ created: [], used: 'processor', expired: [] })
    expect(code.outcome.message).toContain('assumed-role/Processor/processor')
  })

  it("runs an instance's application as its instance profile's role, fetched once", () => {
    const first = step(trace, 'instance')
    expect(first.sessions.created).toEqual([
      expect.objectContaining({
        name: 'web-1',
        sessionName: expect.stringMatching(/^i-[0-9a-f]{17}$/),
      }),
    ])
    expect(first.decisions?.map((entry) => entry.call)).toEqual([
      { action: 'sts:AssumeRole', resource: ROLE('WebRole') },
    ])
    expect(step(trace, 'instance-again').sessions.created).toEqual([])
  })

  it('lets a service principal assume a role that trusts it', () => {
    const service = step(trace, 'service')
    expect(service.actor).toEqual({
      entity: 'lambda.amazonaws.com',
      label: 'lambda.amazonaws.com',
      kind: 'service',
    })
    expect(service.outcome.status).toBe('allowed')
  })
})

describe('deployStack', () => {
  it('rolls the whole stack back when its role may not make one of the calls', () => {
    const denied = step(trace, 'stack-denied')
    expect(denied.outcome).toMatchObject({
      status: 'denied',
      decision: 'implicitDeny',
      gate: 'identity',
    })
    expect(denied.outcome.message).toContain('assumed-role/DeployRole/AWSCloudFormation')
    expect(denied.outcome.message).toContain('lambda:CreateFunction')
    expect(denied.changes).toEqual([])
    expect(denied.sessions.created).toEqual([])
  })

  it('applies every change as the service role once all are allowed, passing the roles it uses', () => {
    const stack = step(trace, 'stack')
    expect(stack.outcome).toMatchObject({ status: 'allowed', gate: 'identity' })
    expect(stack.sessions.created.map((session) => session.name)).toEqual([
      'AWSCloudFormation@DeployRole',
    ])
    expect(stack.changes.map((change) => [change.op, change.operation, change.summary])).toEqual([
      ['create', 'createRole', 'created role `app-role`'],
      ['update', 'attachRolePolicy', 'attached `AWSLambdaExecute` to role `app-role`'],
      ['create', 'createResource', 'created lambda:function `app-fn`'],
    ])
    expect(stack.decisions?.map((entry) => entry.label)).toEqual([
      'iam:PassRole',
      "cloudformation.amazonaws.com assumes the stack's role",
      'AppRole: iam:CreateRole',
      'AppRolePolicy: iam:AttachRolePolicy',
      'Function: lambda:CreateFunction',
      'Function: iam:PassRole',
    ])
    expect(stack.output?.['StackId']).toMatch(
      new RegExp(`^arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/app/[0-9a-f-]{36}$`),
    )
    const created = trace.entities.find((entity) => entity.label === 'app-role')
    expect(created).toMatchObject({ kind: 'role', firstStep: 7 })
  })

  it("without a role, makes the calls with the caller's own credentials", () => {
    const own = step(trace, 'own-credentials')
    expect(own.outcome.message).toContain(`arn:aws:iam::${ACCOUNT}:user/omkar`)
    expect(own.outcome.message).toContain('iam:CreateRole')
  })

  it('holds every expectation', () => {
    expect(trace.setup.errors).toEqual([])
    expect(trace.steps.filter((entry) => entry.expectation?.held === false)).toEqual([])
  })
})
