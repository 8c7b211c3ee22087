import { describe, expect, it } from 'vitest'
import { dotString, toDot } from '../src/graph/dot.ts'
import { toGraphJson } from '../src/graph/json.ts'
import { mermaidText, toMermaid } from '../src/graph/mermaid.ts'
import type { GraphView } from '../src/graph/view.ts'
import { checkDot, checkMermaid } from './support/graph-syntax.ts'

const view: GraphView = {
  title: 'Tricky "names" & <tags>',
  at: { step: { id: 'attach', number: 2 }, time: '2026-01-01T09:00:00.000Z' },
  nodes: [
    {
      id: 'arn:aws:iam::111111111111:role/Deploy',
      kind: 'role',
      label: 'role Deploy (111111111111)',
      accountId: '111111111111',
    },
    {
      id: 'arn:aws:iam::111111111111:user/alice',
      kind: 'user',
      label: 'user alice (111111111111)',
      accountId: '111111111111',
    },
    { id: 'ec2.amazonaws.com', kind: 'service', label: 'ec2.amazonaws.com', accountId: undefined },
    {
      id: '222222222222',
      kind: 'externalAccount',
      label: 'account 222222222222',
      accountId: '222222222222',
    },
  ],
  edges: [
    {
      from: 'arn:aws:iam::111111111111:user/alice',
      to: 'arn:aws:iam::111111111111:role/Deploy',
      action: 'sts:AssumeRole',
      reason: 'trust names the user; MFA required; external id `a"b|c#<d>\\n`',
      conditional: true,
      crossAccount: false,
      chaining: false,
      requires: [
        {
          kind: 'mfa',
          key: 'aws:MultiFactorAuthPresent',
          value: 'true',
          description: 'sign in with MFA',
        },
        {
          kind: 'externalId',
          key: 'sts:ExternalId',
          value: 'a"b|c#<d>\\n',
          description: 'pass ExternalId',
        },
      ],
    },
    {
      from: 'ec2.amazonaws.com',
      to: 'arn:aws:iam::111111111111:role/Deploy',
      action: 'sts:AssumeRole',
      reason: 'trust names the service',
      conditional: false,
      crossAccount: false,
      chaining: false,
      requires: [],
    },
    {
      from: '222222222222',
      to: 'arn:aws:iam::111111111111:role/Deploy',
      action: 'sts:AssumeRole',
      reason: 'trust names the account `222222222222`; an identity policy allows it',
      conditional: false,
      crossAccount: true,
      chaining: false,
      requires: [],
    },
  ],
}

describe('mermaid', () => {
  it('escapes the characters Mermaid reads inside labels', () => {
    expect(mermaidText('a"b|c#<d>&`e\\')).toBe('a#34;b#124;c#35;#60;d#62;#38;#96;e#92;')
  })

  it('draws nodes by account, dashed conditional edges, thick cross-account edges', () => {
    const text = toMermaid(view)
    expect(checkMermaid(text)).toEqual([])
    const lines = text.split('\n')
    expect(lines[0]).toBe('flowchart LR')
    expect(lines).toContain('  subgraph a0["account 111111111111"]')
    expect(lines).toContain('    n0["role Deploy (111111111111)"]')
    expect(lines).toContain('    n1(["user alice (111111111111)"])')
    expect(lines).toContain('  n2{{"ec2.amazonaws.com"}}')
    expect(lines).toContain(
      '  n1 -.->|"trust names the user; MFA required; external id a#34;b#124;c#35;#60;d#62;#92;n"| n0',
    )
    expect(lines).toContain('  n2 -->|"trust names the service"| n0')
    expect(lines).toContain(
      '  n3 ==>|"trust names the account 222222222222; an identity policy allows it"| n0',
    )
  })
})

describe('dot', () => {
  it('quotes ids and labels and escapes backslashes and quotes', () => {
    expect(dotString('a"b\\n')).toBe('"a\\"b\\\\n"')
  })

  it('draws clusters per account and dashed conditional edges', () => {
    const text = toDot(view)
    expect(checkDot(text)).toEqual([])
    expect(text).toContain('subgraph cluster_0 {')
    expect(text).toContain(
      '  "arn:aws:iam::111111111111:user/alice" -> "arn:aws:iam::111111111111:role/Deploy" [label="trust names the user; MFA required; external id a\\"b|c#<d>\\\\n", style=dashed];',
    )
    expect(text).toContain(
      '  "222222222222" -> "arn:aws:iam::111111111111:role/Deploy" [label="trust names the account 222222222222; an identity policy allows it", penwidth=2];',
    )
    expect(text).toContain(
      'label="Tricky \\"names\\" & <tags>: who can assume what after step 2 (attach), 2026-01-01T09:00:00.000Z";',
    )
  })
})

describe('role chaining', () => {
  it('says so on an edge from a role’s sessions', () => {
    const chained: GraphView = {
      ...view,
      edges: [
        {
          ...view.edges[1]!,
          from: view.nodes[0]!.id,
          to: view.nodes[0]!.id,
          chaining: true,
          reason: 'trust names the role',
        },
      ],
    }
    expect(toMermaid(chained)).toContain('  n0 -->|"trust names the role; role chaining"| n0\n')
    expect(toDot(chained)).toContain('[label="trust names the role; role chaining"];')
  })
})

describe('json', () => {
  it('keeps the reasons and requirements as data', () => {
    const document = JSON.parse(toGraphJson(view)) as {
      format: string
      edges: { reason: string; requires: { kind: string }[] }[]
      nodes: { accountId?: string }[]
    }
    expect(document.format).toBe('hatrack-graph')
    expect(document.edges[0]?.reason).toBe(view.edges[0]?.reason)
    expect(document.edges[0]?.requires.map((r) => r.kind)).toEqual(['mfa', 'externalId'])
    expect('accountId' in (document.nodes[2] ?? {})).toBe(false)
  })
})

describe('the syntax checks', () => {
  it('catch an unescaped quote, an undefined node and unbalanced braces', () => {
    expect(checkMermaid('flowchart LR\n  n0["a"b"]\n')).not.toEqual([])
    expect(checkMermaid('flowchart LR\n  n0["a"]\n  n0 -->|"x"| n9\n')).toEqual([
      'undefined node n9',
    ])
    expect(checkDot('digraph x {\n  "a -> "b";\n}\n')).not.toEqual([])
    expect(checkDot('digraph x {\n  "a" -> "b" [label="c"];\n')).toEqual(['unbalanced braces'])
  })
})
