/**
 * The draft's example and the course's first scenario load, and what they load to is what
 * `replay` needs: names resolved, ARNs derived, sessions named, callers known at every step.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkVocabulary, load, type Scenario, type Step } from '../src/index.ts'
import { nodeVocabulary } from './support/node-vocabulary.ts'

function fixture(name: string): Scenario {
  const result = load(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'), {
    fileName: name,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2))
  expect(result.warnings).toEqual([])
  return result.scenario
}

function step(scenario: Scenario, id: string): Step {
  const found = scenario.steps.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no step ${id}`)
  return found
}

describe('the draft example', () => {
  const scenario = fixture('draft-example.yaml')

  it('loads with its world and its four steps', () => {
    expect(scenario.title).toBe('Your first role')
    expect(scenario.start).toBe(Date.UTC(2026, 0, 1, 9))
    expect(scenario.roles.map((role) => role.arn)).toEqual([
      'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
    ])
    expect(scenario.roles[0]?.policies).toEqual([
      {
        source: 'aws',
        name: 'AmazonRDSFullAccess',
        arn: 'arn:aws:iam::aws:policy/AmazonRDSFullAccess',
      },
    ])
    expect(scenario.steps.map((entry) => [entry.id, entry.kind])).toEqual([
      ['switch', 'assumeRole'],
      ['list-roles', 'request'],
      ['step-3', 'advance'],
      ['step-4', 'request'],
    ])
  })

  it('names the session ROLE-SESSION-NAME@ROLE and resolves later callers to it', () => {
    const switched = step(scenario, 'switch')
    expect(switched.kind === 'assumeRole' && switched.session).toBe('omkar@AWSIAMRoleForRDS')
    const listed = step(scenario, 'list-roles')
    expect(listed.kind === 'request' && listed.caller).toEqual({
      kind: 'session',
      session: 'omkar@AWSIAMRoleForRDS',
      createdBy: 0,
    })
    expect(listed.expect).toEqual({ decision: 'implicitDeny', gate: 'identity' })
    expect(step(scenario, 'step-3')).toMatchObject({ kind: 'advance', seconds: 3600 })
    expect(step(scenario, 'step-4').expect).toEqual({ error: 'ExpiredToken' })
  })
})

describe('the course scenario', () => {
  const scenario = fixture('course-first-role.yaml')

  it('acts as the switched role until switching back, then through the CLI profile', () => {
    expect(
      scenario.steps.map((entry) =>
        'caller' in entry ? `${entry.id}:${entry.caller.kind}` : `${entry.id}:-`,
      ),
    ).toEqual([
      'switch:user',
      'list-roles:session',
      'create-db:session',
      'step-4:-',
      'cli:profile',
      'sts:user',
      'step-7:-',
      'step-8:session',
      'step-9:-',
      'step-10:-',
      'step-11:session',
    ])
    expect(step(scenario, 'step-4')).toMatchObject({
      kind: 'switchBack',
      restores: { kind: 'user', user: 'omkar' },
    })
    expect(scenario.chapters).toEqual([
      { title: 'Assuming a role', step: 0 },
      { title: 'The CLI', step: 4 },
    ])
  })

  it('gives the console session its display name', () => {
    expect(step(scenario, 'switch')).toMatchObject({
      kind: 'switchRole',
      displayName: 'AWSIAMRoleForRDS@acme',
      session: 'omkar@AWSIAMRoleForRDS',
    })
  })
})

describe('a scenario using every feature', () => {
  const scenario = fixture('every-feature.yaml')

  it('derives ARNs from names, paths and accounts', () => {
    expect(scenario.users.map((user) => user.arn)).toEqual([
      'arn:aws:iam::111111111111:user/engineering/omkar',
      'arn:aws:iam::222222222222:user/admin',
    ])
    expect(scenario.serviceLinkedRoles[0]?.arn).toBe(
      'arn:aws:iam::111111111111:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS',
    )
    expect(scenario.identityProviders.map((provider) => provider.arn)).toEqual([
      'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
      'arn:aws:iam::111111111111:saml-provider/AzureAD',
    ])
    expect(scenario.identityProviders[0]?.url).toBe('https://token.actions.githubusercontent.com')
    expect(scenario.resources.find((resource) => resource.key === 'processor')?.role).toEqual({
      arn: 'arn:aws:iam::111111111111:role/service-role/ProcessorRole',
      key: 'ProcessorRole',
    })
  })

  it('keeps the unquoted account id as text and durations as seconds', () => {
    expect(scenario.accounts.map((account) => account.id)).toEqual(['111111111111', '222222222222'])
    expect(scenario.roles.find((role) => role.key === 'ProcessorRole')?.maxSessionDuration).toBe(
      7200,
    )
    expect(scenario.rolesAnywhereProfiles[0]?.durationSeconds).toBe(3600)
    expect(scenario.cliProfiles.find((profile) => profile.key === 'uat')?.durationSeconds).toBe(900)
  })

  it('reads the organization', () => {
    expect(scenario.organization).toMatchObject({
      management: 'prod',
      members: ['prod', 'uat'],
      units: [
        {
          name: 'Workloads',
          accounts: ['uat'],
          units: [{ name: 'Sandbox', accounts: [], units: [] }],
        },
      ],
      attachments: [
        { policy: 'DenyLeaving', target: { kind: 'root' } },
        { policy: 'DenyLeaving', target: { kind: 'unit', name: 'Workloads' } },
      ],
    })
  })

  it('resolves the parameters of an STS call', () => {
    const call = step(scenario, 'to-uat')
    if (call.kind !== 'assumeRole') throw new Error(call.kind)
    expect(call.caller).toEqual({
      kind: 'resource',
      resource: 'processor',
      type: 'lambda:function',
    })
    expect(call.role).toEqual({
      arn: 'arn:aws:iam::222222222222:role/UatWriter',
      name: 'UatWriter',
      accountId: '222222222222',
      key: 'UatWriter',
    })
    expect(call.session).toBe('uat')
    expect(call.input).toMatchObject({
      roleSessionName: 'anonymizer',
      durationSeconds: 900,
      tags: [{ key: 'project', value: 'orders' }],
      transitiveTagKeys: ['project'],
      policyArns: [{ source: 'aws', name: 'AmazonKinesisReadOnlyAccess' }],
      context: { 'aws:SourceIp': '203.0.113.9' },
      mfa: false,
    })
    expect(call.input.policy?.kind).toBe('session')
  })

  it("resolves the changes with the model's parameter names", () => {
    expect(step(scenario, 'attach')).toMatchObject({
      kind: 'change',
      caller: { kind: 'admin' },
      change: {
        operation: 'attachRolePolicy',
        input: {
          accountId: '111111111111',
          roleName: 'WebRole',
          policyArn: 'arn:aws:iam::111111111111:policy/ReadS3',
        },
      },
    })
    expect(step(scenario, 'move')).toMatchObject({
      change: {
        operation: 'moveAccount',
        input: {
          accountId: '222222222222',
          destinationParentId: { kind: 'unit', name: 'Testing' },
        },
      },
    })
    expect(step(scenario, 'bucket-policy')).toMatchObject({
      change: {
        operation: 'putResourcePolicy',
        input: { arn: { kind: 'resource', key: 'orders-bucket' }, policy: { kind: 'resource' } },
      },
    })
    expect(step(scenario, 'stack')).toMatchObject({
      kind: 'deployStack',
      accountId: '111111111111',
      region: 'eu-west-1',
      role: { key: 'DeployRole' },
      resources: [
        {
          logicalId: 'LambdaRole',
          change: { operation: 'createRole', input: { roleName: 'lambda-role' } },
        },
        {
          logicalId: 'LambdaRolePolicy',
          change: {
            operation: 'attachRolePolicy',
            input: { policyArn: 'arn:aws:iam::aws:policy/AWSLambdaExecute' },
          },
        },
        {
          logicalId: 'Function',
          change: {
            operation: 'createResource',
            input: { role: 'arn:aws:iam::111111111111:role/lambda-role' },
          },
        },
      ],
    })
    expect(step(scenario, 'use-new-role')).toMatchObject({
      role: { arn: 'arn:aws:iam::111111111111:role/lambda-role' },
    })
  })

  it('uses only names AWS defines', async () => {
    expect(await checkVocabulary(scenario, nodeVocabulary())).toEqual([])
  })
})
