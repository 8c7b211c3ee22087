/**
 * Generated scenarios for the elements' benchmarks: a world of `nodes` graph nodes — accounts of
 * users, roles that trust them, sessions and buckets — and a timeline in which every step is a
 * call the player animates (an assume-role call, an allowed read, a denied change, a denied read
 * of another team's bucket). Deterministic: the same size gives the same text.
 *
 * The graph draws each account's root user too, so `nodes` counts them: four nodes per team
 * (user, role, session, bucket), one per account, and idle users to make up the rest. Every call
 * goes to an entity of the scenario, so no API endpoint node is added.
 */

/** What {@link generatePlayerScenario} made. */
export interface GeneratedScenario {
  /** The scenario, as JSON text (JSON is YAML: the player loads it as it loads any file). */
  readonly text: string
  /** The same scenario written as block YAML, as the library's scenarios are. */
  readonly yaml: string
  /** The nodes the graph should draw: users, roles, sessions, buckets and account roots. */
  readonly nodes: number
  readonly steps: number
}

/** One "team": a user, the role that trusts it, the session it creates and its bucket. */
const TEAM_NODES = 4
const TEAMS_PER_ACCOUNT = 5

function accountId(a: number): string {
  return String(100_000_000_000 + a * 1_111)
}

function trust(principal: string): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  }
}

function readBucket(bucket: string): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      },
    ],
  }
}

const assumeAny = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
}

/** The nodes `teams` teams make: theirs, and one root user per account. */
function nodesOf(teams: number): number {
  return teams * TEAM_NODES + Math.ceil(teams / TEAMS_PER_ACCOUNT)
}

/** A scenario of `nodes` nodes (at least 5) and four animated steps per team. */
export function generatePlayerScenario(nodes: number): GeneratedScenario {
  let teams = 1
  while (nodesOf(teams + 1) <= nodes) teams++
  const idle = Math.max(0, nodes - nodesOf(teams))
  const accountCount = Math.ceil(teams / TEAMS_PER_ACCOUNT)
  const accounts: Record<string, object> = {}
  const users: Record<string, object> = {}
  const roles: Record<string, object> = {}
  const resources: Record<string, object> = {}
  const steps: object[] = []
  for (let a = 0; a < accountCount; a++) accounts[`acct${a}`] = { id: accountId(a) }
  for (let t = 0; t < teams; t++) {
    const a = Math.floor(t / TEAMS_PER_ACCOUNT)
    const account = `acct${a}`
    const [user, role, bucket] = [`user${t}`, `Role${t}`, `bucket-${t}`]
    users[user] = { account, inline: { AssumeAny: assumeAny } }
    roles[role] = {
      account,
      trust: trust(`arn:aws:iam::${accountId(a)}:user/${user}`),
      inline: { ReadBucket: readBucket(bucket) },
    }
    resources[bucket] = { type: 's3:bucket', account }
    const session = `${user}@${role}`
    const other = `bucket-${(t + TEAMS_PER_ACCOUNT) % teams}`
    steps.push(
      {
        id: `t${t}-assume`,
        ...(t % TEAMS_PER_ACCOUNT === 0 ? { chapter: `Account ${account}` } : {}),
        say: `${user} assumes ${role}.`,
        as: user,
        assumeRole: { roleArn: role, roleSessionName: user },
      },
      {
        id: `t${t}-read`,
        say: `The session reads its own bucket.`,
        as: session,
        request: { action: 's3:ListBucket', resource: bucket },
      },
      {
        id: `t${t}-write`,
        say: 'Changing the bucket’s policy is not allowed.',
        request: { action: 's3:PutBucketPolicy', resource: bucket },
      },
      {
        id: `t${t}-other`,
        say: 'Another team’s bucket is out of reach.',
        request: { action: 's3:ListBucket', resource: other },
      },
    )
  }
  for (let i = 0; i < idle; i++) users[`idle${i}`] = { account: `acct${accountCount - 1}` }
  const world = {
    hatrack: 1,
    title: `Generated: ${nodes} nodes`,
    start: '2026-01-05T09:00:00Z',
    accounts,
    users,
    roles,
    resources,
  }
  // One step per line: the loader's nesting estimate counts a line's `:` indicators.
  const head = JSON.stringify(world, null, 1).slice(0, -2)
  const lines = steps.map((step) => JSON.stringify(step))
  const text = `${head},\n"steps": [\n${lines.join(',\n')}\n]}\n`
  const yaml = `${yamlLines({ ...world, steps }, '').join('\n')}\n`
  return { text, yaml, nodes: nodesOf(teams) + idle, steps: steps.length }
}

/** A key as plain YAML when it can be, else quoted. */
function yamlKey(key: string): string {
  return /^[A-Za-z][\w.@-]*$/.test(key) ? key : JSON.stringify(key)
}

/**
 * `value` as block YAML lines at `indent`: maps and lists in blocks, scalars quoted as JSON
 * strings (which YAML reads the same) or written as numbers.
 */
function yamlLines(value: unknown, indent: string): string[] {
  const scalar = (item: unknown): string =>
    typeof item === 'string' ? JSON.stringify(item) : String(item)
  if (Array.isArray(value))
    return value.flatMap((item) => {
      if (typeof item !== 'object' || item === null) return [`${indent}- ${scalar(item)}`]
      const [first = '', ...rest] = yamlLines(item, `${indent}  `)
      return [`${indent}- ${first.trimStart()}`, ...rest]
    })
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
    typeof item === 'object' && item !== null
      ? [`${indent}${yamlKey(key)}:`, ...yamlLines(item, `${indent}  `)]
      : [`${indent}${yamlKey(key)}: ${scalar(item)}`],
  )
}
