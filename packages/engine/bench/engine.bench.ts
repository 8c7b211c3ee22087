/**
 * The engine's benchmarks (design.md, Budgets): decisions per second for `decide` and `explain`,
 * and the adversarial wildcard pattern. Run in one process after a warm-up; figures compare runs
 * on the same machine and are never asserted by tests.
 */
import { compileWildcard } from '@hatrack/policy'
import {
  compilePolicySet,
  decide,
  explain,
  type AccessRequest,
  type PolicySet,
} from '../src/index.ts'
import { named, type StatementJson } from '../test/support/build-policy.ts'

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string
  readonly value: number
  readonly unit: string
}

const ACCOUNT = '111122223333'
const user = {
  kind: 'user',
  arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
  accountId: ACCOUNT,
} as const

const tenStatements: StatementJson[] = [
  {
    Effect: 'Allow',
    Action: ['s3:Get*', 's3:List*'],
    Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
  },
  { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
  {
    Effect: 'Allow',
    Action: ['dynamodb:GetItem', 'dynamodb:Query'],
    Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`,
  },
  { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs` },
  { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
  { Effect: 'Allow', Action: 'logs:*', Resource: `arn:aws:logs:*:${ACCOUNT}:log-group:/app/*` },
  {
    Effect: 'Allow',
    Action: 'kms:Decrypt',
    Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`,
    Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
  },
  {
    Effect: 'Deny',
    Action: 's3:DeleteObject',
    Resource: '*',
    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
  },
  {
    Effect: 'Allow',
    Action: 'lambda:InvokeFunction',
    Resource: `arn:aws:lambda:*:${ACCOUNT}:function:app-*`,
  },
  { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::uploads/${aws:username}/*' },
]

const identity = (statements: StatementJson[], name = 'Identity') =>
  named(name, 'identity', { Version: '2012-10-17', Statement: statements })

const single: PolicySet = {
  identity: [
    identity([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }]),
  ],
}
export const ten: PolicySet = {
  identity: [
    identity(tenStatements.slice(0, 5), 'Read'),
    identity(tenStatements.slice(5), 'Write'),
  ],
}
export const layers: PolicySet = {
  ...ten,
  resource: named('BucketPolicy', 'resource', {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 's3:*',
        Resource: 'arn:aws:s3:::reports/*',
      },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: 'arn:aws:s3:::reports/*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  }),
  boundary: named('Boundary', 'boundary', {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:*', 'ec2:*', 'sqs:*', 'logs:*', 'kms:*', 'lambda:*', 'dynamodb:*'],
        Resource: '*',
      },
    ],
  }),
  scps: [
    [
      named('FullAWSAccess', 'scp', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
      }),
    ],
    [
      named('DenyRegions', 'scp', {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*' },
          {
            Effect: 'Deny',
            NotAction: ['iam:*', 'sts:*'],
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
          },
        ],
      }),
    ],
  ],
}

const context = {
  'aws:username': 'alice',
  'aws:MultiFactorAuthPresent': 'true',
  'aws:SecureTransport': 'true',
  'aws:RequestedRegion': 'us-east-1',
}
export const requests: AccessRequest[] = [
  { principal: user, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv', context },
  {
    principal: user,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::uploads/alice/a.txt',
    context,
  },
  {
    principal: user,
    action: 'iam:CreateUser',
    resource: `arn:aws:iam::${ACCOUNT}:user/mallory`,
    context,
  },
  {
    principal: user,
    action: 'ec2:RunInstances',
    resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/*`,
    context,
  },
]

let sink = 0

/**
 * This process's CPU time in milliseconds. The budgets are per core, and these machines are
 * shared: CPU time counts only the time this process actually ran, so another job on the other
 * core (or a helper's test run) does not halve the figures the way the wall clock would.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Calls `step(i)` repeatedly for about `ms` milliseconds of CPU time and returns calls per CPU second. */
function rate(step: (i: number) => unknown, ms: number): number {
  let calls = 0
  const start = cpuMs()
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < 1000; i += 1) {
      if (step(calls + i) !== undefined) sink += 1
    }
    calls += 1000
    now = cpuMs()
  }
  return (calls * 1000) / (now - start)
}

/** The median of `runs` measurements of `measure`, after `warmUp` (which lets the JIT settle). */
function median(runs: number, measure: () => number, warmUp: () => unknown = measure): number {
  warmUp()
  const values = Array.from({ length: runs }, measure).sort((a, b) => a - b)
  return values[Math.floor(values.length / 2)] ?? 0
}

function decisionsPerSecond(
  policies: PolicySet,
  mode: 'decide' | 'explain',
  only?: AccessRequest,
): number {
  const compiled = compilePolicySet(policies)
  const pool = only === undefined ? requests : [only]
  const step =
    mode === 'decide'
      ? (i: number) => decide(compiled, pool[i % pool.length] as AccessRequest)
      : (i: number) => explain(compiled, pool[i % pool.length] as AccessRequest)
  return Math.round(
    median(
      5,
      () => rate(step, 300),
      () => rate(step, 1500),
    ),
  )
}

/**
 * Patterns that make a backtracking matcher explode, against 10,000 `a`s. The first fails at
 * once on its anchored last segment, so the figure is the worst of the three: the second must
 * find every `a` segment and then scan the whole input for `b`; the third has `?` inside a long
 * segment, the documented worst case (input length × segment length).
 */
const ADVERSARIAL_PATTERNS = [
  '*a'.repeat(50) + '*b',
  '*a'.repeat(50) + '*b*',
  '*' + 'a?'.repeat(20) + 'b*',
]

function adversarialWildcardMs(): number {
  const input = 'a'.repeat(10_000)
  const worst = ADVERSARIAL_PATTERNS.map((pattern) => {
    const match = compileWildcard(pattern)
    const time = (): number => {
      const start = cpuMs()
      for (let i = 0; i < 20; i += 1) if (match(input)) sink += 1
      return (cpuMs() - start) / 20
    }
    return median(7, time)
  })
  return Number(Math.max(...worst).toPrecision(3))
}

/** Runs every engine benchmark and returns its figures. */
export function runEngineBenchmarks(): BenchFigure[] {
  const figures: BenchFigure[] = [
    {
      name: 'engine.decide.single',
      value: decisionsPerSecond(single, 'decide', requests[0]),
      unit: 'decisions/s',
    },
    { name: 'engine.decide.ten', value: decisionsPerSecond(ten, 'decide'), unit: 'decisions/s' },
    {
      name: 'engine.decide.layers',
      value: decisionsPerSecond(layers, 'decide'),
      unit: 'decisions/s',
    },
    { name: 'engine.explain.ten', value: decisionsPerSecond(ten, 'explain'), unit: 'decisions/s' },
    { name: 'policy.wildcard.adversarial', value: adversarialWildcardMs(), unit: 'ms' },
  ]
  if (sink < 0) figures.push({ name: 'sink', value: sink, unit: '' })
  return figures
}
