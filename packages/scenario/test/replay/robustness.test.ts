/**
 * Replays that must not break: every fixture of the package (every kind of step and
 * declaration), odd but loadable input (a token without claims, an assertion without a
 * subject, a certificate of a disabled anchor, an empty stack), each twice with the same bytes.
 */
import { describe, expect, it } from 'vitest'
import { INTERNAL_ERROR, replay, type Scenario } from '../../src/index.ts'
import { fixture, scenarioOf, world } from './support.ts'

function twice(scenario: Scenario): string {
  const first = JSON.stringify(replay(scenario))
  expect(JSON.stringify(replay(scenario))).toBe(first)
  expect(first).not.toContain(INTERNAL_ERROR)
  return first
}

describe('replay never breaks', () => {
  it.each(['course-first-role.yaml', 'every-feature.yaml', 'draft-example.yaml'])(
    'replays the fixture %s the same way twice',
    (name) => {
      twice(fixture(name))
    },
  )

  it('answers odd but loadable input with AWS errors, not exceptions', () => {
    const text = twice(
      scenarioOf(
        world(`identityProviders:
  github: { account: main, type: oidc, url: token.actions.githubusercontent.com }
  idp: { account: main, type: saml }
roles:
  R: { account: main, trust: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: rolesanywhere.amazonaws.com }, Action: sts:AssumeRole }] } }
rolesAnywhere:
  anchors: { off: { account: main, certificateAuthority: CA, enabled: false } }
  profiles: { p: { account: main, roles: [R] } }
steps:
  - id: no-claims
    assumeRoleWithWebIdentity: { roleArn: R, roleSessionName: x1, webIdentityToken: {} }
  - id: odd-claims
    assumeRoleWithWebIdentity: { roleArn: R, roleSessionName: x2, provider: github, webIdentityToken: { aud: 7, sub: [1] } }
  - id: no-subject
    assumeRoleWithSAML: { roleArn: R, principalArn: idp, samlAssertion: {} }
  - id: disabled-anchor
    createSession: { trustAnchorArn: off, profileArn: p, roleArn: R, certificate: { subject: { CN: a }, serialNumber: '01' } }
  - id: empty-stack
    as: root
    deployStack: { stackName: empty, resources: {} }
`),
      ),
    )
    const trace = JSON.parse(text) as {
      steps: { id: string; outcome: { status: string; message: string } }[]
    }
    expect(trace.steps[0]?.outcome.message).toBe('Missing a required claim: aud')
    expect(trace.steps.map((entry) => [entry.id, entry.outcome.status])).toEqual([
      ['no-claims', 'error'],
      ['odd-claims', 'error'],
      ['no-subject', 'error'],
      ['disabled-anchor', 'error'],
      ['empty-stack', 'allowed'],
    ])
  })
})
