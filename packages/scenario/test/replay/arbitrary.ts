/**
 * Small scenarios that load, generated for the properties of `replay`: one or two accounts,
 * users, roles whose trust names users, roles, the account, a service or someone who does not
 * exist, a bucket, CLI profiles, and a timeline mixing every kind of step with expectations.
 */
import fc from 'fast-check'

const A = '111111111111'
const B = '222222222222'
const ACTIONS = [
  's3:GetObject',
  's3:ListBucket',
  'sts:AssumeRole',
  'iam:ListRoles',
  'ec2:DescribeInstances',
  's3:*',
  '*',
]
const REQUESTS = [
  's3:GetObject',
  's3:ListBucket',
  'iam:ListRoles',
  'ec2:DescribeInstances',
  'kms:Decrypt',
]
const DURATIONS = ['1m', '15m', '1h', '2h', 900, 3599, 7200, 43200]

const policy = (effect: 'Allow' | 'Deny', actions: readonly string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: [...actions], Resource: '*' }],
})

const actions = fc.subarray(ACTIONS, { minLength: 1, maxLength: 3 })

interface Shape {
  readonly twoAccounts: boolean
  readonly users: number
  readonly roles: number
}

function principal(shape: Shape, pick: number): object {
  const choices = [
    { AWS: A },
    { AWS: `arn:aws:iam::${A}:user/u${pick % Math.max(1, shape.users)}` },
    { AWS: `arn:aws:iam::${A}:role/r${pick % shape.roles}` },
    { Service: 'ec2.amazonaws.com' },
    { AWS: `arn:aws:iam::${A}:user/ghost` },
    ...(shape.twoAccounts ? [{ AWS: B }] : []),
  ]
  return choices[pick % choices.length] ?? { AWS: A }
}

function worldOf(shape: Shape, picks: readonly number[], grants: readonly (readonly string[])[]) {
  const users: Record<string, object> = {}
  for (let i = 0; i < shape.users; i++)
    users[`u${i}`] = {
      account: 'a',
      accessKeys: 1,
      ...(i === 0 ? { mfa: true } : {}),
      inline: { Grant: policy('Allow', grants[i % grants.length] ?? ['sts:AssumeRole']) },
    }
  const roles: Record<string, object> = {}
  for (let i = 0; i < shape.roles; i++)
    roles[`r${i}`] = {
      account: 'a',
      maxSessionDuration: i === 0 ? '1h' : '2h',
      trust: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: principal(shape, picks[i % picks.length] ?? 0),
            Action: ['sts:AssumeRole', 'sts:TagSession'],
          },
        ],
      },
      inline: { Grant: policy('Allow', grants[(i + 1) % grants.length] ?? ['s3:GetObject']) },
      ...(i === 1 ? { boundary: 'AmazonS3ReadOnlyAccess' } : {}),
    }
  return {
    hatrack: 1,
    title: 'generated',
    start: '2026-01-01T09:00:00Z',
    accounts: { a: { id: A }, ...(shape.twoAccounts ? { b: { id: B } } : {}) },
    ...(shape.users > 0 ? { users } : {}),
    roles,
    resources: {
      bucket: { type: 's3:bucket', account: 'a', name: 'generated-bucket' },
      fn: { type: 'lambda:function', account: 'a', role: 'r0' },
    },
    identityProviders: {
      gh: {
        account: 'a',
        type: 'oidc',
        url: 'token.actions.githubusercontent.com',
        clientIds: ['sts.amazonaws.com'],
      },
      idp: { account: 'a', type: 'saml' },
    },
    ...(shape.users > 0
      ? {
          cliProfiles: { base: { user: 'u0' }, elevated: { roleArn: 'r0', sourceProfile: 'base' } },
        }
      : {}),
  }
}

type StepMaker = (context: {
  shape: Shape
  sessions: string[]
  pick: number
  n: number
}) => object | readonly object[] | undefined

const TOKENS: readonly object[] = [
  { sub: 'repo:acme/app:ref:refs/heads/main', aud: 'sts.amazonaws.com' },
  { sub: 'repo:acme/app:ref:refs/heads/main', aud: ['sts.amazonaws.com', 'other'] },
  { aud: 'sts.amazonaws.com' },
  { sub: 'x', aud: 'wrong' },
  { sub: 7, aud: 'sts.amazonaws.com' },
  { sub: 'x', aud: 'sts.amazonaws.com', exp: 1 },
  {
    sub: 'x',
    aud: 'sts.amazonaws.com',
    'https://aws.amazon.com/tags': { principal_tags: { team: ['blue'] } },
  },
  {},
]

const expectations = [
  undefined,
  'allowed',
  'implicitDeny',
  'explicitDeny',
  { error: 'AccessDenied' },
  { error: 'ExpiredToken' },
]

const makers: readonly StepMaker[] = [
  ({ shape, sessions, pick, n }) => {
    const caller =
      shape.users > 0 && (pick % 3 !== 0 || sessions.length === 0)
        ? `u${pick % shape.users}`
        : sessions[pick % Math.max(1, sessions.length)]
    if (caller === undefined) return undefined
    const name = `s${n}`
    sessions.push(`${name}@r${pick % shape.roles}`)
    return {
      as: caller,
      assumeRole: {
        roleArn: `r${pick % shape.roles}`,
        roleSessionName: name,
        ...(pick % 4 === 0 ? { durationSeconds: DURATIONS[pick % DURATIONS.length] } : {}),
        ...(pick % 5 === 0 ? { tags: { team: 'blue' } } : {}),
        ...(pick % 7 === 0 ? { mfa: true } : {}),
      },
    }
  },
  ({ shape, sessions, pick }) => {
    const caller =
      sessions[pick % Math.max(1, sessions.length)] ?? (shape.users > 0 ? 'u0' : 'root@a')
    return {
      as: caller,
      request: {
        action: REQUESTS[pick % REQUESTS.length],
        resource: pick % 2 === 0 ? 'bucket' : 'arn:aws:s3:::generated-bucket/key',
        ...(pick % 3 === 0 ? { context: { 'aws:SourceIp': '203.0.113.9' } } : {}),
      },
    }
  },
  ({ pick }) => ({ advance: DURATIONS[pick % DURATIONS.length] }),
  ({ shape, pick }) => ({
    change: {
      ...(pick % 4 === 0
        ? { attachRolePolicy: { roleName: `r${pick % shape.roles}`, policyArn: 'ReadOnlyAccess' } }
        : pick % 4 === 1
          ? {
              putRolePolicy: {
                roleName: `r${pick % shape.roles}`,
                policyName: 'Extra',
                policyDocument: policy('Deny', ['s3:*']),
              },
            }
          : pick % 4 === 2
            ? { revokeSessions: { roleName: `r${pick % shape.roles}` } }
            : {
                detachRolePolicy: {
                  roleName: `r${pick % shape.roles}`,
                  policyArn: 'ReadOnlyAccess',
                },
              }),
    },
  }),
  ({ shape, sessions, pick }) => {
    const caller =
      sessions[pick % Math.max(1, sessions.length)] ?? (shape.users > 0 ? 'u0' : undefined)
    return caller === undefined ? undefined : { as: caller, getCallerIdentity: {} }
  },
  ({ shape, sessions, pick }) => {
    if (shape.users === 0) return undefined
    sessions.push(`u${pick % shape.users}@GetSessionToken`)
    return { as: `u${pick % shape.users}`, getSessionToken: { mfa: pick % 2 === 0 } }
  },
  ({ shape }) =>
    shape.users > 0
      ? { as: 'profile:elevated', request: { action: 's3:GetObject', resource: 'bucket' } }
      : undefined,
  ({ pick }) => ({ say: `A note ${pick}.` }),
  ({ shape, pick }) =>
    shape.users > 1
      ? {
          as: 'u1',
          change: {
            attachUserPolicy: { userName: `u${pick % shape.users}`, policyArn: 'IAMFullAccess' },
          },
        }
      : undefined,
  ({ sessions, pick, n }) => {
    sessions.push(`web${n}`)
    return {
      assumeRoleWithWebIdentity: {
        roleArn: 'r0',
        roleSessionName: `web${n}`,
        provider: 'gh',
        webIdentityToken: TOKENS[pick % TOKENS.length],
        session: `web${n}`,
      },
    }
  },
  ({ sessions, pick, n }) => {
    sessions.push(`saml${n}`)
    return {
      assumeRoleWithSAML: {
        roleArn: 'r0',
        principalArn: 'idp',
        samlAssertion: {
          ...(pick % 3 === 0 ? {} : { subject: 'alice' }),
          roleSessionName: pick % 5 === 0 ? 'a' : 'alice',
          validFor: DURATIONS[pick % DURATIONS.length],
        },
        session: `saml${n}`,
      },
    }
  },
  ({ shape, pick }) => ({
    as: shape.users > 0 ? `u${pick % shape.users}` : 'root@a',
    invoke: { functionArn: 'fn' },
  }),
  ({ pick }) => ({
    as: 'fn',
    request: { action: REQUESTS[pick % REQUESTS.length], resource: 'bucket' },
  }),
  ({ shape, pick, n }) => ({
    as: shape.users > 0 ? `u${pick % shape.users}` : 'root@a',
    deployStack: {
      stackName: `stack${pick % 3}`,
      ...(pick % 2 === 0 ? { roleArn: `r${pick % shape.roles}` } : {}),
      resources: {
        Role: {
          createRole: {
            roleName: `made${n}`,
            assumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'lambda.amazonaws.com' },
                  Action: 'sts:AssumeRole',
                },
              ],
            },
          },
        },
        ...(pick % 3 === 0
          ? { Queue: { createResource: { type: 'sqs:queue', name: `q${n}` } } }
          : {}),
      },
    },
  }),
  ({ sessions, pick }) => {
    const session = sessions[pick % Math.max(1, sessions.length)]
    return session === undefined
      ? undefined
      : [
          { useSession: session },
          { request: { action: REQUESTS[pick % REQUESTS.length], resource: 'bucket' } },
          { unset: {} },
        ]
  },
  ({ shape, sessions, pick }) => {
    if (shape.users === 0) return undefined
    sessions.push(`u0@r${pick % shape.roles}`)
    return [
      { as: 'u0', switchRole: { roleName: `r${pick % shape.roles}` } },
      { getCallerIdentity: {} },
      { switchBack: {} },
    ]
  },
]

/** A scenario as JSON text, one value per line (the loader's nesting estimate counts a line's `:`). */
export const generatedScenarioText: fc.Arbitrary<string> = fc
  .record({
    shape: fc.record({
      twoAccounts: fc.boolean(),
      users: fc.integer({ min: 0, max: 3 }),
      roles: fc.integer({ min: 1, max: 3 }),
    }),
    picks: fc.array(fc.nat(1000), { minLength: 1, maxLength: 4 }),
    grants: fc.array(actions, { minLength: 1, maxLength: 3 }),
    seed: fc.integer({ min: 1, max: 1000 }),
    steps: fc.array(
      fc.tuple(fc.nat(makers.length - 1), fc.nat(1000), fc.nat(expectations.length - 1)),
      { maxLength: 14 },
    ),
  })
  .map(({ shape, picks, grants, seed, steps }) => {
    const sessions: string[] = []
    const timeline: object[] = []
    steps.forEach(([kind, pick, expectation], n) => {
      const made = makers[kind]?.({ shape, sessions, pick, n })
      if (made === undefined) return
      const list: readonly object[] = Array.isArray(made) ? made : [made]
      list.forEach((entry, part) => {
        const calls = !(
          'say' in entry ||
          'advance' in entry ||
          'useSession' in entry ||
          'unset' in entry ||
          'switchBack' in entry
        )
        const expect = calls && part === 0 ? expectations[expectation] : undefined
        const change = (entry as { change?: Record<string, object> }).change
        const withAccount =
          shape.twoAccounts && change !== undefined && !('as' in entry)
            ? {
                ...entry,
                change: Object.fromEntries(
                  Object.entries(change).map(([op, input]) => [op, { ...input, account: 'a' }]),
                ),
              }
            : entry
        timeline.push({
          id: `step-${n}-${part}`,
          ...withAccount,
          ...(expect === undefined ? {} : { expect }),
        })
      })
    })
    return JSON.stringify({ ...worldOf(shape, picks, grants), seed, steps: timeline }, null, 1)
  })
