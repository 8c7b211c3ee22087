import { describe, expect, it } from 'vitest'
import {
  awsManagedPolicies,
  findAwsManagedPolicy,
  SIMULATED_SERVICE_PREFIXES,
  type AwsManagedPolicy,
} from './index.ts'

/** The policies the issue names, plus those the course and scenarios need. */
const REQUIRED = [
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'AmazonRDSFullAccess',
  'AWSLambdaExecute',
  'AWSLambda_FullAccess',
  'AWSLambdaBasicExecutionRole',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonKinesisFullAccess',
  'AmazonEC2ReadOnlyAccess',
  'AWSCloudFormationFullAccess',
  'AmazonECSServiceRolePolicy',
  'AWSCloudFormationReadOnlyAccess',
  'AmazonSQSFullAccess',
  'AmazonSNSFullAccess',
  'SecretsManagerReadWrite',
  'AWSKeyManagementServicePowerUser',
  'AmazonDynamoDBFullAccess',
  'AmazonEC2FullAccess',
  'AmazonRDSReadOnlyAccess',
  'AWSLambdaRole',
  'AWSLambdaKinesisExecutionRole',
  'AmazonKinesisReadOnlyAccess',
  'ViewOnlyAccess',
  'SecurityAudit',
]

/** Paths AWS gives these policies (AWS Managed Policy Reference, "ARN" of each page). */
const PATHS: Record<string, string> = {
  AWSLambdaBasicExecutionRole: '/service-role/',
  AWSLambdaRole: '/service-role/',
  AWSLambdaKinesisExecutionRole: '/service-role/',
  AmazonECSServiceRolePolicy: '/aws-service-role/',
  ViewOnlyAccess: '/job-function/',
}

interface Statement {
  Sid?: string
  Action?: string | string[]
  NotAction?: string | string[]
  Condition?: Record<string, Record<string, unknown>>
}

function statements(policy: AwsManagedPolicy): Statement[] {
  const statement = (policy.document as { Statement: Statement | Statement[] }).Statement
  return Array.isArray(statement) ? statement : [statement]
}

function actionsOf(statement: Statement): string[] {
  const list = statement.Action ?? statement.NotAction ?? []
  return Array.isArray(list) ? list : [list]
}

function policy(name: string): AwsManagedPolicy {
  const found = findAwsManagedPolicy(name)
  if (found === undefined) throw new Error(`test setup: no managed policy ${name}`)
  return found
}

describe('awsManagedPolicies', () => {
  it('holds every policy the course and the scenarios need, and no other', () => {
    expect(awsManagedPolicies.map((p) => p.name).sort()).toEqual([...REQUIRED].sort())
  })

  it('has unique names and unique ARNs', () => {
    const names = awsManagedPolicies.map((p) => p.name)
    const arns = awsManagedPolicies.map((p) => p.arn)
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(arns).size).toBe(arns.length)
  })

  it.each(awsManagedPolicies.map((p) => [p.name, p] as const))(
    '%s has an ARN made of its path and name',
    (name, p) => {
      expect(p.arn).toBe(`arn:aws:iam::aws:policy${p.path}${name}`)
      expect(p.path).toBe(PATHS[name] ?? '/')
    },
  )

  it('marks only the policy under /aws-service-role/ as service-linked', () => {
    const linked = awsManagedPolicies.filter((p) => p.serviceLinked === true).map((p) => p.name)
    const underSlrPath = awsManagedPolicies
      .filter((p) => p.path === '/aws-service-role/')
      .map((p) => p.name)
    expect(linked).toEqual(['AmazonECSServiceRolePolicy'])
    expect(underSlrPath).toEqual(linked)
  })

  it.each(awsManagedPolicies.map((p) => [p.name, p] as const))(
    '%s has a description, a version id and a 2012-10-17 document with statements',
    (_name, p) => {
      expect(p.description.length).toBeGreaterThan(10)
      expect(p.version).toMatch(/^v\d+$/)
      expect((p.document as { Version?: unknown }).Version).toBe('2012-10-17')
      expect(statements(p).length).toBeGreaterThan(0)
    },
  )

  it('keeps only the simulated services in the abridged documents, and says so', () => {
    const abridged = awsManagedPolicies.filter((p) => p.note?.startsWith('Abridged') === true)
    expect(abridged.map((p) => p.name).sort()).toEqual([
      'ReadOnlyAccess',
      'SecurityAudit',
      'ViewOnlyAccess',
    ])
    const prefixes = new Set<string>(SIMULATED_SERVICE_PREFIXES)
    for (const p of abridged) {
      expect(p.note).toContain(p.version)
      for (const statement of statements(p)) {
        for (const action of actionsOf(statement)) {
          expect(prefixes.has(action.split(':')[0] ?? ''), `${p.name}: ${action}`).toBe(true)
        }
      }
    }
  })
})

describe('findAwsManagedPolicy', () => {
  it('finds a policy by its name and by its ARN', () => {
    const byName = findAwsManagedPolicy('AWSLambdaBasicExecutionRole')
    expect(byName?.arn).toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')
    expect(
      findAwsManagedPolicy('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'),
    ).toBe(byName)
    expect(
      findAwsManagedPolicy('arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy')
        ?.name,
    ).toBe('AmazonECSServiceRolePolicy')
  })

  it.each([
    ['a name in the wrong case', 'amazons3readonlyaccess'],
    ['an ARN with the wrong path', 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole'],
    ['a customer managed policy ARN', 'arn:aws:iam::111122223333:policy/AmazonS3ReadOnlyAccess'],
    ['an unknown name', 'AmazonQuantumLedgerFullAccess'],
    ['an empty string', ''],
  ])('returns undefined for %s', (_what, input) => {
    expect(findAwsManagedPolicy(input)).toBeUndefined()
  })
})

describe('documents that the engine relies on', () => {
  it('PowerUserAccess allows everything but IAM, Organizations and Account, then a few of those back', () => {
    const [everythingElse, exceptions] = statements(policy('PowerUserAccess'))
    expect(everythingElse?.NotAction).toEqual(['iam:*', 'organizations:*', 'account:*'])
    expect(actionsOf(exceptions ?? {})).toEqual(
      expect.arrayContaining([
        'iam:CreateServiceLinkedRole',
        'iam:DeleteServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeOrganization',
      ]),
    )
  })

  it('AmazonECSServiceRolePolicy keeps the statement ids and the AmazonECSManaged tag condition', () => {
    const ecs = statements(policy('AmazonECSServiceRolePolicy'))
    expect(ecs.slice(0, 4).map((s) => s.Sid)).toEqual([
      'ECSTaskManagement',
      'AutoScaling',
      'AutoScalingManagement',
      'AutoScalingPlanManagement',
    ])
    expect(actionsOf(ecs[1] ?? {})).toEqual(['autoscaling:Describe*'])
    expect(ecs[2]?.Condition).toEqual({
      Null: { 'autoscaling:ResourceTag/AmazonECSManaged': 'false' },
    })
  })
})
