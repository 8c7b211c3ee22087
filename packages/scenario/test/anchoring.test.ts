/**
 * Issues of a policy document point at the offending node in the scenario file: through a YAML
 * map, through JSON text in a `|` block (the policy's own line and column moved by the block's
 * place and indentation), and through JSON on one line.
 */
import { describe, expect, it } from 'vitest'
import { load } from '../src/index.ts'

const head =
  'hatrack: 1\ntitle: t\naccounts: { main: { id: "123456789012" } }\nroles:\n  Admin:\n    account: main\n'

function issuesOf(text: string) {
  const result = load(text, { fileName: 'roles.yaml' })
  return result.ok ? result.warnings : result.issues
}

describe('policy issues in the scenario file', () => {
  it('point into JSON text written on one line', () => {
    const text = `${head}    trust: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*"}}'\n`
    const issue = issuesOf(text).find((entry) => entry.code === 'policy.resource.notAllowed')
    const line = text.split('\n')[6] ?? ''
    expect(issue).toMatchObject({
      line: 7,
      column: line.indexOf('"Resource"') + 1,
      file: 'roles.yaml',
    })
  })

  it('point into a `|-` block with a blank line, as the JSON parser reports', () => {
    const text = `${head}    trust: |-\n\n      {"Version": "2012-10-17",\n       "Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*"}}\n`
    const issue = issuesOf(text).find((entry) => entry.code === 'policy.resource.notAllowed')
    const line = text.split('\n')[9] ?? ''
    expect(issue).toMatchObject({ line: 10, column: line.indexOf('"Resource"') + 1 })
  })

  it('point at a JSON syntax error inside the block', () => {
    const text = `${head}    trust: |\n      {\n        "Version": "2012-10-17"\n        "Statement": []\n      }\n`
    const issue = issuesOf(text).find((entry) => entry.code === 'policy.json.syntax')
    expect(issue).toMatchObject({ line: 10, column: 9, path: ['roles', 'Admin', 'trust'] })
  })

  it('point at a node reached through a YAML alias', () => {
    const text = `hatrack: 1
title: t
accounts: { main: { id: "123456789012" } }
policies:
  Shared:
    account: main
    document: &doc
      Version: "2012-10-17"
      Statement: [{ Effect: Alow, Action: "s3:*", Resource: "*" }]
  Copy: { account: main, document: *doc }
`
    const issues = issuesOf(text).filter((entry) => entry.path.includes('Effect'))
    expect(issues.map((entry) => [entry.path[1], entry.line, entry.column])).toEqual([
      ['Shared', 9, 29],
      ['Copy', 9, 29],
    ])
  })

  it("keep the policy package's code, AWS error and hint", () => {
    const text = `${head}    trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "123456789012" }, Action: sts:AssumeRole, Resource: "*" }] }\n`
    expect(issuesOf(text)).toMatchObject([
      {
        code: 'policy.resource.notAllowed',
        awsError: 'MalformedPolicyDocument',
        path: ['roles', 'Admin', 'trust', 'Statement', 0, 'Resource'],
        line: 7,
      },
    ])
  })
})
