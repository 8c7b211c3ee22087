/**
 * The course's first role, replayed: an IAM user assumes `AWSIAMRoleForRDS` (its trust names the
 * user, `AmazonRDSFullAccess` attached), `iam:ListRoles` fails with AWS's exact message naming
 * the assumed-role session, creating an RDS instance works, switching back restores the user;
 * then the CLI's profile, exported credentials, and expiry.
 */
import { describe, expect, it } from 'vitest'
import { checkScenario, replay } from '../../src/index.ts'
import { expectAllHeld, fixture, step } from './support.ts'

const trace = replay(fixture('course-first-role.yaml'))
const SESSION_ARN = 'arn:aws:sts::123456789012:assumed-role/AWSIAMRoleForRDS/omkar'

describe('the first role, replayed', () => {
  it('holds every expectation of the course scenario', () => {
    expectAllHeld(trace)
    expect(checkScenario(trace)).toMatchObject({ ok: true, passed: 8, failed: 0 })
  })

  it('switches to the role in the console: a session named after the user, trusted by the trust policy', () => {
    const switched = step(trace, 'switch')
    expect(switched.actor).toEqual({
      entity: 'arn:aws:iam::123456789012:user/omkar',
      label: 'omkar',
      kind: 'user',
    })
    expect(switched.call).toEqual({
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
    })
    expect(switched.outcome).toMatchObject({
      status: 'allowed',
      decision: 'allowed',
      gate: 'trust',
    })
    expect(switched.sessions.created).toEqual([
      expect.objectContaining({
        name: 'omkar@AWSIAMRoleForRDS',
        arn: SESSION_ARN,
        source: 'AssumeRole',
        issuedAt: '2026-01-01T09:00:00Z',
        expiresAt: '2026-01-01T10:00:00Z',
        chained: false,
      }),
    ])
    expect(switched.output).toMatchObject({
      AssumedRoleUser: { Arn: SESSION_ARN },
      DisplayName: 'AWSIAMRoleForRDS@acme',
    })
  })

  it('denies iam:ListRoles with the exact message naming the assumed-role session', () => {
    const listed = step(trace, 'list-roles')
    expect(listed.actor?.label).toBe('omkar@AWSIAMRoleForRDS')
    expect(listed.sessions.used).toBe('omkar@AWSIAMRoleForRDS')
    expect(listed.outcome).toEqual({
      status: 'denied',
      decision: 'implicitDeny',
      gate: 'identity',
      message: `User: ${SESSION_ARN} is not authorized to perform: iam:ListRoles on resource: * because no identity-based policy allows the iam:ListRoles action`,
      error: {
        code: 'AccessDenied',
        message: `User: ${SESSION_ARN} is not authorized to perform: iam:ListRoles on resource: * because no identity-based policy allows the iam:ListRoles action`,
      },
    })
    expect(listed.decision?.gates.map((gate) => [gate.gate, gate.outcome])).toContainEqual([
      'identity',
      'implicitDeny',
    ])
  })

  it("allows rds:CreateDBInstance through the role's AmazonRDSFullAccess", () => {
    const created = step(trace, 'create-db')
    expect(created.outcome).toMatchObject({ status: 'allowed', gate: 'identity' })
    const gate = created.decision?.gates.find((entry) => entry.gate === 'identity')
    expect(gate?.matched[0]?.policy).toBe('AmazonRDSFullAccess')
  })

  it('switching back restores the user', () => {
    const back = trace.steps[3]
    expect(back?.kind).toBe('switchBack')
    expect(back?.actor).toMatchObject({ label: 'omkar', kind: 'user' })
    expect(back?.outcome.status).toBe('ok')
  })

  it('a CLI profile assumes its role on first use, with a botocore session name', () => {
    const cli = step(trace, 'cli')
    expect(cli.actor).toEqual({
      entity: 'profile:rdsadmin',
      label: 'profile:rdsadmin',
      kind: 'cliProfile',
    })
    expect(cli.sessions.used).toBe('profile:rdsadmin')
    const epoch = Date.UTC(2026, 0, 1, 9) / 1000
    expect(cli.sessions.created.map((session) => [session.name, session.sessionName])).toEqual([
      ['profile:rdsadmin', `botocore-session-${epoch}`],
    ])
    expect(cli.decisions?.map((entry) => entry.call.action)).toEqual(['sts:AssumeRole'])
    expect(cli.outcome.status).toBe('allowed')
  })

  it('returns AssumeRole credentials with AWS names, used through the environment and then unset', () => {
    const sts = step(trace, 'sts')
    const credentials = sts.output?.['Credentials'] as Record<string, string>
    expect(Object.keys(credentials)).toEqual([
      'AccessKeyId',
      'SecretAccessKey',
      'SessionToken',
      'Expiration',
    ])
    expect(credentials['AccessKeyId']).toMatch(/^ASIA[A-Z2-7]{17}$/)
    expect(credentials['Expiration']).toBe('2026-01-01T10:00:00Z')
    const used = trace.steps[7]
    expect(used?.actor?.label).toBe('AWSCLI-Session@AWSIAMRoleForRDS')
    expect(trace.steps[8]?.actor?.label).toBe('omkar')
  })

  it('expires the sessions when an hour passes, and refuses their credentials after', () => {
    const advanced = trace.steps[9]
    expect(advanced?.sessions.expired).toEqual([
      'omkar@AWSIAMRoleForRDS',
      'profile:rdsadmin',
      'AWSCLI-Session@AWSIAMRoleForRDS',
    ])
    expect(advanced?.at).toBe('2026-01-01T10:00:00Z')
    expect(trace.steps[10]?.outcome).toMatchObject({
      status: 'error',
      error: {
        code: 'ExpiredToken',
        message: 'The security token included in the request is expired',
      },
    })
  })

  it('lists every node that appears, sessions with their role and parent', () => {
    expect(trace.entities.map((entity) => [entity.kind, entity.label, entity.firstStep])).toEqual([
      ['account', 'main', 0],
      ['root', 'root@main', 0],
      ['user', 'omkar', 0],
      ['role', 'AWSIAMRoleForRDS', 0],
      ['cliProfile', 'profile:default', 0],
      ['cliProfile', 'profile:rdsadmin', 0],
      ['session', 'omkar@AWSIAMRoleForRDS', 0],
      ['session', 'profile:rdsadmin', 4],
      ['session', 'AWSCLI-Session@AWSIAMRoleForRDS', 5],
    ])
    const session = trace.entities.find(
      (entity) => entity.label === 'profile:rdsadmin' && entity.kind === 'session',
    )
    expect(session).toMatchObject({
      role: 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
      parent: 'arn:aws:iam::123456789012:user/omkar',
    })
  })

  it('places each step in its file', () => {
    expect(step(trace, 'list-roles').location).toEqual({
      file: 'course-first-role.yaml',
      line: 32,
      column: 5,
    })
  })
})
