/**
 * Test support: fast-check generators of requests and policy sets over small pools, so that
 * generated statements often match and often conflict.
 */
import fc from 'fast-check'
import type { ContextRecord, PolicyKind } from '@hatrack/policy'
import type { AccessRequest, NamedPolicy, PolicySet, RequestPrincipal } from '../../src/types.ts'
import { named, type StatementJson } from './build-policy.ts'
import {
  ACCOUNT,
  OTHER,
  alice,
  anonymous,
  federated,
  lambda,
  outsider,
  root,
  session,
} from './callers.ts'

const principals: RequestPrincipal[] = [
  alice,
  session,
  federated,
  outsider,
  root,
  lambda,
  anonymous,
  { ...session, serviceLinkedRole: true },
]
const actions = [
  's3:GetObject',
  's3:PutObject',
  'sqs:SendMessage',
  'ec2:RunInstances',
  'sts:AssumeRole',
  'kms:Decrypt',
]
const resources = [
  'arn:aws:s3:::reports/q1.csv',
  `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`,
  `arn:aws:sqs:us-east-1:${OTHER}:jobs`,
  `arn:aws:iam::${ACCOUNT}:role/Deploy`,
  `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
  '*',
]
const actionPatterns = [
  '*',
  's3:*',
  's3:Get*',
  'sqs:SendMessage',
  'ec2:*',
  'sts:AssumeRole',
  'kms:*',
  'iam:*',
]
const resourcePatterns = [
  '*',
  'arn:aws:s3:::reports/*',
  'arn:aws:sqs:*:*:jobs',
  `arn:aws:iam::${ACCOUNT}:role/*`,
  'arn:aws:kms:*',
  'arn:aws:ec2:*:*:instance/*',
]
const principalEntries = [
  '*',
  ACCOUNT,
  OTHER,
  alice.arn,
  session.arn,
  session.roleArn,
  outsider.arn,
  `arn:aws:iam::${ACCOUNT}:root`,
] as string[]
const conditions: Array<StatementJson['Condition']> = [
  undefined,
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { StringEquals: { 'aws:username': 'alice' } },
  { StringEqualsSometimes: { 'aws:username': 'alice' } },
]

const statement = (withPrincipal: boolean): fc.Arbitrary<StatementJson> =>
  fc
    .record({
      effect: fc.constantFrom('Allow', 'Deny' as const),
      notAction: fc.boolean(),
      actions: fc.subarray(actionPatterns, { minLength: 1, maxLength: 2 }),
      notResource: fc.boolean(),
      resources: fc.subarray(resourcePatterns, { minLength: 1, maxLength: 2 }),
      principal: fc.subarray(principalEntries, { minLength: 1, maxLength: 2 }),
      service: fc.boolean(),
      condition: fc.constantFrom(...conditions),
    })
    .map((s): StatementJson => ({
      Effect: s.effect as 'Allow' | 'Deny',
      ...(s.notAction ? { NotAction: s.actions } : { Action: s.actions }),
      ...(s.notResource ? { NotResource: s.resources } : { Resource: s.resources }),
      ...(withPrincipal
        ? { Principal: s.service ? { Service: 'lambda.amazonaws.com' } : { AWS: s.principal } }
        : {}),
      ...(s.condition === undefined ? {} : { Condition: s.condition }),
    }))

const policyOf = (kind: PolicyKind, name: string): fc.Arbitrary<NamedPolicy> =>
  fc
    .array(statement(kind === 'resource' || kind === 'rcp'), { minLength: 1, maxLength: 4 })
    .map((statements) => named(name, kind, { Version: '2012-10-17', Statement: statements }))

/** A request over the pools. */
export const requestArbitrary: fc.Arbitrary<AccessRequest> = fc.record({
  principal: fc.constantFrom(...principals),
  action: fc.constantFrom(...actions),
  resource: fc.constantFrom(...resources),
  context: fc.constantFrom<ContextRecord>(
    {},
    { 'aws:MultiFactorAuthPresent': 'true', 'aws:username': 'alice' },
    { 'aws:MultiFactorAuthPresent': 'false' },
  ),
})

/** A policy set over the pools; each kind of policy is present or not. */
export const policySetArbitrary: fc.Arbitrary<PolicySet> = fc
  .record({
    identity: fc.option(fc.array(policyOf('identity', 'Identity'), { maxLength: 3 }), {
      nil: undefined,
    }),
    resource: fc.option(policyOf('resource', 'Resource'), { nil: undefined }),
    boundary: fc.option(policyOf('boundary', 'Boundary'), { nil: undefined }),
    session: fc.option(fc.array(policyOf('session', 'Session'), { maxLength: 2 }), {
      nil: undefined,
    }),
    scps: fc.option(
      fc.array(fc.array(policyOf('scp', 'Scp'), { minLength: 1, maxLength: 2 }), {
        minLength: 1,
        maxLength: 3,
      }),
      { nil: undefined },
    ),
    rcps: fc.option(
      fc.array(fc.array(policyOf('rcp', 'Rcp'), { minLength: 1, maxLength: 2 }), {
        minLength: 1,
        maxLength: 2,
      }),
      { nil: undefined },
    ),
  })
  .map(
    (set) =>
      Object.fromEntries(
        Object.entries(set).filter(([, value]) => value !== undefined),
      ) as PolicySet,
  )
