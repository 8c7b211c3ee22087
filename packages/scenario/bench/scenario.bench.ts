/**
 * The scenario package's benchmark (design.md, Budgets): `scenario.replay.10k`, the CPU time of
 * replaying a generated 10,000-step scenario — requests, role assumptions (some chained), time
 * passing and changes to the world — in milliseconds, the median of several runs after a
 * warm-up. Only `replay` is timed; generating and loading the file are not. Budget: ≤ 1,000 ms.
 */
import { load, replay, type Scenario } from '../src/index.ts'

/** One benchmark figure. */
export interface BenchFigure {
  readonly name: string
  readonly value: number
  readonly unit: string
}

const ACCOUNT = '123456789012'

const world = {
  hatrack: 1,
  title: 'Generated: ten thousand steps',
  start: '2026-01-01T09:00:00Z',
  accounts: { main: { id: ACCOUNT } },
  users: {
    alice: {
      account: 'main',
      inline: {
        Assume: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' },
            { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::reports/alice/*' },
          ],
        },
      },
    },
  },
  roles: {
    Reader: {
      account: 'main',
      trust: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      policies: ['AmazonS3ReadOnlyAccess'],
      inline: {
        Chain: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Resource: `arn:aws:iam::${ACCOUNT}:role/Writer`,
            },
          ],
        },
      },
    },
    Writer: {
      account: 'main',
      trust: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }],
      },
      inline: {
        Write: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'kinesis:PutRecord',
              Resource: '*',
              Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
            },
          ],
        },
      },
    },
  },
  resources: {
    reports: { type: 's3:bucket', account: 'main' },
    stream: { type: 'kinesis:stream', account: 'main' },
  },
}

/** The ten steps repeated to make the timeline; `n` numbers the block. */
function block(n: number): object[] {
  return [
    {
      as: 'alice',
      assumeRole: { roleArn: 'Reader', roleSessionName: 'reader' },
      expect: 'allowed',
    },
    {
      as: 'reader@Reader',
      request: { action: 's3:GetObject', resource: `arn:aws:s3:::reports/r${n}.csv` },
      expect: 'allowed',
    },
    {
      request: { action: 'iam:ListRoles' },
      expect: { decision: 'implicitDeny', gate: 'identity' },
    },
    {
      as: 'alice',
      request: { action: 's3:PutObject', resource: `arn:aws:s3:::reports/alice/${n}` },
    },
    { as: 'reader@Reader', assumeRole: { roleArn: 'Writer', roleSessionName: 'writer' } },
    {
      as: 'writer@Writer',
      request: {
        action: 'kinesis:PutRecord',
        resource: 'stream',
        context: { 'aws:SourceIp': '203.0.113.9' },
      },
      expect: 'allowed',
    },
    { advance: '10m' },
    n % 2 === 0
      ? { change: { attachUserPolicy: { userName: 'alice', policyArn: 'ReadOnlyAccess' } } }
      : { change: { detachUserPolicy: { userName: 'alice', policyArn: 'ReadOnlyAccess' } } },
    { as: 'reader@Reader', getCallerIdentity: {} },
    { as: 'alice', request: { action: 'ec2:DescribeInstances' } },
  ]
}

/** A loaded scenario of `steps` steps (a multiple of ten). */
export function generatedScenario(steps = 10_000): Scenario {
  const timeline: object[] = []
  for (let n = 0; timeline.length < steps; n++) timeline.push(...block(n))
  // One step per line: the loader's nesting estimate counts a line's `:` indicators.
  const head = JSON.stringify(world, null, 1).slice(0, -2)
  const lines = timeline.slice(0, steps).map((step) => JSON.stringify(step))
  const text = `${head},\n"steps": [\n${lines.join(',\n')}\n]}\n`
  const loaded = load(text, { fileName: 'generated.json' })
  if (!loaded.ok)
    throw new Error(`the generated scenario does not load: ${loaded.issues[0]?.message}`)
  return loaded.scenario
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Runs the benchmark: `scenario.replay.10k` in milliseconds of CPU time. */
export function runScenarioBenchmarks(): BenchFigure[] {
  const scenario = generatedScenario()
  for (let i = 0; i < 2; i++) replay(scenario)
  const times: number[] = []
  for (let i = 0; i < 5; i++) times.push(cpuMs(() => replay(scenario)))
  return [{ name: 'scenario.replay.10k', value: Math.round(median(times)), unit: 'ms' }]
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const figure of runScenarioBenchmarks()) console.log(JSON.stringify(figure))
