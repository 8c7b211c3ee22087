import { describe, expect, it } from 'vitest'
import { checkDot, checkMermaid } from './support/graph-syntax.ts'
import { FIXTURES, hatrack } from './support/memory-io.ts'

interface GraphJson {
  at: { step?: { id: string; number: number }; time: string }
  nodes: { id: string; kind: string }[]
  edges: {
    from: string
    to: string
    reason: string
    conditional: boolean
    crossAccount: boolean
    requires: { kind: string; value: unknown }[]
  }[]
}

const ALICE = 'arn:aws:iam::111111111111:user/alice'
const BOB = 'arn:aws:iam::111111111111:user/bob'
const ADMIN = 'arn:aws:iam::111111111111:role/Admin'
const AUDITOR = 'arn:aws:iam::111111111111:role/Auditor'
const WEB = 'arn:aws:iam::111111111111:role/WebRole'
const SCRIPTED = 'arn:aws:iam::111111111111:role/Scripted'

async function graphJson(...extra: string[]): Promise<GraphJson> {
  const { code, stdout, stderr } = await hatrack(
    ['graph', 'graph.yaml', '--format', 'json', ...extra],
    { cwd: FIXTURES },
  )
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout) as GraphJson
}

function edge(graph: GraphJson, from: string, to: string) {
  return graph.edges.find((entry) => entry.from === from && entry.to === to)
}

describe('hatrack graph', () => {
  it('gives every edge its reason, marking MFA and the external id', async () => {
    const graph = await graphJson()
    expect(graph.at.step).toEqual({ id: 'trust-bob', number: 2 })
    const mfa = edge(graph, ALICE, ADMIN)
    expect(mfa?.conditional).toBe(true)
    expect(mfa?.requires.map((r) => r.kind)).toEqual(['mfa'])
    expect(mfa?.reason).toContain('MFA required')
    const external = edge(graph, '222222222222', AUDITOR)
    expect(external?.crossAccount).toBe(true)
    expect(external?.requires).toEqual([
      expect.objectContaining({ kind: 'externalId', value: 'ext-42' }),
    ])
    expect(external?.reason).toContain('external id `ext-42`')
    const agent = edge(graph, BOB, SCRIPTED)
    expect(agent?.requires).toEqual([
      expect.objectContaining({ key: 'aws:UserAgent', value: 'cli "v2" #1 <beta>|x' }),
    ])
    expect(edge(graph, 'ec2.amazonaws.com', WEB)).toBeUndefined()
    expect(edge(graph, BOB, WEB)?.conditional).toBe(false)
  })

  it('draws the world after an earlier step with --at', async () => {
    const before = await graphJson('--at', 'before')
    expect(before.at.step).toEqual({ id: 'before', number: 1 })
    expect(edge(before, 'ec2.amazonaws.com', WEB)).toBeDefined()
    expect(edge(before, BOB, WEB)).toBeUndefined()
    const start = await graphJson('--at', '0')
    expect(start.at.step).toBeUndefined()
    expect(edge(start, ALICE, ADMIN)).toBeDefined()
  })

  it('writes valid Mermaid with escaped labels and dashed conditional edges', async () => {
    const { code, stdout } = await hatrack(['graph', 'graph.yaml'], { cwd: FIXTURES })
    expect(code).toBe(0)
    expect(checkMermaid(stdout)).toEqual([])
    const ids = new Map(
      [...stdout.matchAll(/^ +(n\d+)[[({/]+"([^"]+)"/gm)].map((match) => [match[2], match[1]]),
    )
    const id = (label: string) => ids.get(label) ?? `missing ${label}`
    const lines = stdout.split('\n')
    expect(lines).toContain(
      `  ${id('user alice (111111111111)')} -.->|"trust names the user; MFA required"| ${id('role Admin (111111111111)')}`,
    )
    expect(lines).toContain(
      `  ${id('user bob (111111111111)')} -.->|"trust names the user; aws:UserAgent = cli #34;v2#34; #35;1 #60;beta#62;#124;x"| ${id('role Scripted (111111111111)')}`,
    )
    expect(lines).toContain(
      `  ${id('account 222222222222 (outside the world)')} -.->|"trust names the account 222222222222; an identity policy allows it; external id ext-42"| ${id('role Auditor (111111111111)')}`,
    )
    expect(lines).toContain(
      `  ${id('user bob (111111111111)')} -->|"trust names the user"| ${id('role WebRole (111111111111)')}`,
    )
    expect(lines).toContain('  subgraph a0["account 111111111111"]')
    expect(lines[1]).toBe(
      '  %% Who can assume what: #34;quotes#34; #38; #60;angles#62;: who can assume what after step 2 (trust-bob), 2026-01-01T00:00:00Z',
    )
  })

  it('writes valid DOT with quoted, escaped labels', async () => {
    const { code, stdout } = await hatrack(['graph', 'graph.yaml', '-f', 'dot'], { cwd: FIXTURES })
    expect(code).toBe(0)
    expect(checkDot(stdout)).toEqual([])
    expect(stdout).toContain(
      `  "${ALICE}" -> "${ADMIN}" [label="trust names the user; MFA required", style=dashed];`,
    )
    expect(stdout).toContain(
      `  "${BOB}" -> "${SCRIPTED}" [label="trust names the user; aws:UserAgent = cli \\"v2\\" #1 <beta>|x", style=dashed];`,
    )
    expect(stdout).toContain(
      `  "222222222222" -> "arn:aws:iam::111111111111:role/Auditor" [label="trust names the account 222222222222; an identity policy allows it; external id ext-42", style=dashed, penwidth=2];`,
    )
    expect(stdout).toContain('label="Who can assume what: \\"quotes\\" & <angles>: who can assume')
  })

  it('suggests the closest step for an unknown --at', async () => {
    const { code, stderr } = await hatrack(['graph', 'graph.yaml', '--at', 'trust-bo'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(2)
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'hatrack graph: the scenario has no step `trust-bo`',
      '  hint: did you mean `trust-bob`?',
    ])
  })
})
