/**
 * The timeline: role chaining and its one-hour cap, sessions that were never created, exported
 * credentials, time passing, narration, and declarations the model refuses while the world is
 * built.
 */
import { describe, expect, it } from 'vitest'
import { NO_CREDENTIALS, replay } from '../../src/index.ts'
import { ACCOUNT, allow, replayText, scenarioOf, step, trust, world } from './support.ts'

const chain = replayText(
  world(`users:
  alice: { account: main, inline: { Assume: ${allow('sts:AssumeRole')} } }
roles:
  First: { account: main, maxSessionDuration: 4h, trust: ${trust(`{ AWS: '${ACCOUNT}' }`)}, inline: { Next: ${allow('sts:AssumeRole')} } }
  Second: { account: main, maxSessionDuration: 4h, trust: ${trust(`{ AWS: '${ACCOUNT}' }`)} }
steps:
  - id: first
    chapter: Chaining
    say: Alice assumes the first role for **two hours**.
    as: alice
    assumeRole: { roleArn: First, roleSessionName: one, durationSeconds: 2h }
    expect: allowed
  - id: too-long
    as: one@First
    assumeRole: { roleArn: Second, roleSessionName: two, durationSeconds: 2h }
    expect: { error: ValidationError, message: exceeds the 1 hour session limit }
  - id: uses-missing
    as: two@Second
    request: { action: s3:ListAllMyBuckets }
  - id: chained
    as: one@First
    assumeRole: { roleArn: Second, roleSessionName: three }
    expect: allowed
  - id: export
    useSession: three@Second
  - id: exported
    request: { action: s3:ListAllMyBuckets }
  - id: unset
    unset:
  - id: note
    say: An hour passes.
  - id: wait
    advance: 1h
    expect: { expired: [three@Second], active: [one@First] }
  - id: later
    advance: 1h
    expect: { expired: [one@First] }
`),
)

describe('role chaining', () => {
  it('refuses a chained session over one hour with AWS’s ValidationError, after the trust allowed it', () => {
    const refused = step(chain, 'too-long')
    expect(refused.outcome).toMatchObject({
      status: 'error',
      decision: 'allowed',
      error: { code: 'ValidationError' },
    })
    expect(refused.outcome.message).toContain('1 hour')
    expect(refused.sessions.created).toEqual([])
  })

  it('caps a chained session at one hour, and marks it chained', () => {
    expect(step(chain, 'chained').sessions.created[0]).toMatchObject({
      chained: true,
      issuedAt: '2026-01-01T09:00:00Z',
      expiresAt: '2026-01-01T10:00:00Z',
    })
    expect(step(chain, 'first').sessions.created[0]?.chained).toBe(false)
  })
})

describe('sessions never created', () => {
  it('fail the steps that act with them, saying which step failed and why', () => {
    const missing = step(chain, 'uses-missing')
    expect(missing.actor).toEqual({
      entity: 'missing:two@Second',
      label: 'two@Second',
      kind: 'session',
    })
    expect(missing.outcome.status).toBe('error')
    expect(missing.outcome.error?.code).toBe(NO_CREDENTIALS)
    expect(missing.outcome.message).toMatch(
      /^The session `two@Second` was never created, so there are no credentials to sign with: step `too-long` failed with ValidationError: /,
    )
  })
})

describe('exported credentials, narration and time', () => {
  it('acts with exported credentials until they are unset', () => {
    expect(step(chain, 'export')).toMatchObject({
      outcome: { status: 'ok' },
      sessions: { used: 'three@Second' },
    })
    expect(step(chain, 'exported').actor?.label).toBe('three@Second')
    expect(step(chain, 'unset').actor?.label).toBe('one@First')
  })

  it('keeps chapters and narration', () => {
    expect(step(chain, 'first')).toMatchObject({
      chapter: 'Chaining',
      say: 'Alice assumes the first role for **two hours**.',
    })
    expect(step(chain, 'note')).toMatchObject({ kind: 'narration', outcome: { status: 'ok' } })
    expect(step(chain, 'note').actor).toBeUndefined()
  })

  it('expires each session when the clock reaches its expiration', () => {
    expect(step(chain, 'wait')).toMatchObject({
      at: '2026-01-01T10:00:00Z',
      sessions: { expired: ['three@Second'] },
      expectation: { held: true },
    })
    expect(step(chain, 'later').sessions.expired).toEqual(['one@First'])
    expect(step(chain, 'later').outcome.message).toBe('1h pass. Expired: `one@First`.')
  })

  it('can stop after a step', () => {
    const scenario = scenarioOf(
      world(`users: { alice: { account: main } }
steps:
  - { id: a, advance: 1m }
  - { id: b, advance: 1m }
  - { id: c, advance: 1m }
`),
    )
    expect(replay(scenario, { until: 'b' }).steps.map((entry) => entry.id)).toEqual(['a', 'b'])
    expect(replay(scenario, { until: 0 }).steps.map((entry) => entry.id)).toEqual(['a'])
    expect(replay(scenario).summary.steps).toBe(3)
  })
})

describe('building the world', () => {
  it('reports a declaration the model refuses as a setup error, with its place, and goes on', () => {
    const trace = replayText(
      world(`users:
  alice: { account: main }
roles:
  Broken:
    account: main
    trust: ${trust(`{ AWS: 'arn:aws:iam::${ACCOUNT}:user/nobody' }`)}
  Fine: { account: main, trust: ${trust(`{ AWS: 'arn:aws:iam::${ACCOUNT}:user/alice' }`)} }
steps:
  - as: alice
    assumeRole: { roleArn: Fine, roleSessionName: fine }
    expect: allowed
`),
    )
    expect(trace.setup.errors).toEqual([
      {
        declaration: 'role Broken',
        path: ['roles', 'Broken', 'trust'],
        location: { file: 'test.yaml', line: 11, column: 5 },
        error: {
          code: 'MalformedPolicyDocument',
          message: expect.stringContaining('Invalid principal in policy'),
        },
      },
    ])
    expect(trace.summary.setupErrors).toBe(1)
    expect(trace.entities.some((entity) => entity.label === 'Broken')).toBe(false)
    expect(trace.steps[0]?.expectation?.held).toBe(true)
  })

  it('builds roles that trust each other, whatever their order', () => {
    const trace = replayText(
      world(`roles:
  Ping: { account: main, trust: ${trust(`{ AWS: 'arn:aws:iam::${ACCOUNT}:role/Pong' }`)}, inline: { Go: ${allow('sts:AssumeRole')} } }
  Pong: { account: main, trust: ${trust(`{ AWS: 'arn:aws:iam::${ACCOUNT}:role/Ping' }`)}, inline: { Go: ${allow('sts:AssumeRole')} } }
  Starter: { account: main, trust: ${trust('{ Service: ec2.amazonaws.com }')}, inline: { Go: ${allow('sts:AssumeRole')} } }
steps:
  - as: service:ec2.amazonaws.com
    assumeRole: { roleArn: Starter, roleSessionName: start }
`),
    )
    expect(trace.setup.errors).toEqual([])
    expect(
      trace.entities.filter((entity) => entity.kind === 'role').map((entity) => entity.label),
    ).toEqual(['Starter', 'Ping', 'Pong'])
  })
})
