/**
 * `extends`: a scenario built on another. Maps of the format merge key by key (the extending
 * file wins, `null` removes), policy documents and lists are replaced whole, steps are replaced
 * or added to with `append` and `prepend`, and an issue points into the file it concerns.
 */
import { describe, expect, it } from 'vitest'
import { load, type LoadResult, type Scenario } from '../src/index.ts'

const base = `hatrack: 1
title: Base
accounts:
  main: { id: "123456789012" }
users:
  omkar: { account: main, tags: { team: blue, level: "1" } }
  ana: { account: main }
roles:
  Admin:
    account: main
    trust:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: { AWS: "123456789012" }
          Action: sts:AssumeRole
          Condition: { Bool: { aws:MultiFactorAuthPresent: "true" } }
    policies: [ReadOnlyAccess]
steps:
  - { id: first, advance: 1m }
  - { id: second, advance: 2m }
`

function loadWith(
  text: string,
  files: Record<string, string>,
  fileName = 'lessons/child.yaml',
): LoadResult {
  return load(text, { fileName, resolveFile: (path) => files[path] })
}

function scenarioOf(result: LoadResult): Scenario {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2))
  return result.scenario
}

describe('extends', () => {
  it('resolves the base against the extending file and lists both files', () => {
    const scenario = scenarioOf(
      loadWith('hatrack: 1\nextends: ../shared/base.yaml\ntitle: Child\n', {
        'shared/base.yaml': base,
      }),
    )
    expect(scenario.title).toBe('Child')
    expect(scenario.files).toEqual(['shared/base.yaml', 'lessons/child.yaml'])
    expect(scenario.roles.map((role) => role.key)).toEqual(['Admin'])
  })

  it('merges maps key by key, the extending file winning, and keeps the base order', () => {
    const child = `hatrack: 1
extends: base.yaml
users:
  omkar: { tags: { level: "2" }, accessKeys: 1 }
  zoe: { account: main }
`
    const scenario = scenarioOf(loadWith(child, { 'lessons/base.yaml': base }))
    expect(scenario.users.map((user) => user.key)).toEqual(['omkar', 'ana', 'zoe'])
    const omkar = scenario.users[0]
    expect(omkar?.tags).toEqual([
      { key: 'team', value: 'blue' },
      { key: 'level', value: '2' },
    ])
    expect(omkar?.accessKeys).toBe(1)
    expect(omkar?.account).toBe('main')
  })

  it('replaces a policy document whole instead of merging it', () => {
    const child = `hatrack: 1
extends: base.yaml
roles:
  Admin:
    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }
`
    const role = scenarioOf(loadWith(child, { 'lessons/base.yaml': base })).roles[0]
    expect(role?.trust.policy.statements).toHaveLength(1)
    expect(role?.trust.policy.statements[0]?.conditions).toEqual([])
    expect(role?.trust.policy.statements[0]?.principal?.service).toEqual(['ec2.amazonaws.com'])
    expect(role?.policies.map((policy) => policy.arn)).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
    ])
  })

  it('removes a key of the base with null', () => {
    const child =
      'hatrack: 1\nextends: base.yaml\nusers:\n  ana: null\nroles:\n  Admin:\n    policies: ~\n'
    const scenario = scenarioOf(loadWith(child, { 'lessons/base.yaml': base }))
    expect(scenario.users.map((user) => user.key)).toEqual(['omkar'])
    expect(scenario.roles[0]?.policies).toEqual([])
  })

  it('replaces the steps with a list', () => {
    const scenario = scenarioOf(
      loadWith('hatrack: 1\nextends: base.yaml\nsteps:\n  - { id: only, advance: 5m }\n', {
        'lessons/base.yaml': base,
      }),
    )
    expect(scenario.steps.map((step) => step.id)).toEqual(['only'])
  })

  it('adds steps with append and prepend, each pointing into its own file', () => {
    const child =
      'hatrack: 1\nextends: base.yaml\nsteps:\n  prepend:\n    - { id: zero, advance: 1s }\n  append:\n    - { id: third, advance: 3m }\n'
    const scenario = scenarioOf(loadWith(child, { 'lessons/base.yaml': base }))
    expect(scenario.steps.map((step) => [step.id, step.index])).toEqual([
      ['zero', 0],
      ['first', 1],
      ['second', 2],
      ['third', 3],
    ])
    expect(scenario.steps.map((step) => step.location)).toEqual([
      { file: 'lessons/child.yaml', line: 5, column: 7 },
      { file: 'lessons/base.yaml', line: 20, column: 5 },
      { file: 'lessons/base.yaml', line: 21, column: 5 },
      { file: 'lessons/child.yaml', line: 7, column: 7 },
    ])
  })

  it('places an issue of the merged scenario in the file its value came from', () => {
    const child = 'hatrack: 1\nextends: base.yaml\nusers:\n  ana: { groups: [admins] }\n'
    const result = loadWith(child, { 'lessons/base.yaml': base })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toMatchObject([
      { code: 'scenario.reference.unknownGroup', file: 'lessons/child.yaml', line: 4, column: 19 },
    ])
  })

  it('places a missing key of the merged scenario at the extending file when it has the object', () => {
    const child = 'hatrack: 1\nextends: base.yaml\nroles:\n  Viewer: { account: main }\n'
    const result = loadWith(child, { 'lessons/base.yaml': base })
    expect(result.ok ? [] : result.issues).toMatchObject([
      { code: 'scenario.schema.missingKey', file: 'lessons/child.yaml', line: 4, column: 3 },
    ])
  })

  it('reports an issue of a base file in that file', () => {
    const broken = base.replace('trust:', 'trsut:')
    const result = loadWith('hatrack: 1\nextends: base.yaml\n', { 'lessons/base.yaml': broken })
    expect(
      result.ok ? [] : result.issues.map((issue) => [issue.code, issue.file, issue.line]),
    ).toContainEqual(['scenario.schema.unknownKey', 'lessons/base.yaml', 11])
  })

  it('lets a file that extends omit required keys its base gives', () => {
    expect(loadWith('hatrack: 1\nextends: base.yaml\n', { 'lessons/base.yaml': base }).ok).toBe(
      true,
    )
  })

  it('still requires what no file gives', () => {
    const result = loadWith('hatrack: 1\nextends: base.yaml\n', {
      'lessons/base.yaml': 'hatrack: 1\naccounts: { main: { id: "123456789012" } }\n',
    })
    expect(
      result.ok ? [] : result.issues.map((issue) => [issue.code, issue.message, issue.file]),
    ).toEqual([
      ['scenario.schema.missingKey', 'missing key `title` in the scenario', 'lessons/base.yaml'],
    ])
  })

  it('detects a circle of three files', () => {
    const files = {
      'a.yaml': 'hatrack: 1\nextends: b.yaml\n',
      'b.yaml': 'hatrack: 1\nextends: c.yaml\n',
      'c.yaml': 'hatrack: 1\nextends: a.yaml\n',
    }
    const result = loadWith(files['a.yaml'], files, 'a.yaml')
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        'scenario.extends.cycle',
        'the scenarios extend each other in a circle: `a.yaml` → `b.yaml` → `c.yaml` → `a.yaml`',
      ],
    ])
  })

  it('detects a file that extends itself', () => {
    const result = loadWith('hatrack: 1\nextends: ./self.yaml\n', {}, 'self.yaml')
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'scenario.extends.cycle',
    ])
  })
})
