import { describe, expect, it } from 'vitest'
import { compilePolicySet } from '../compile/policy-set.ts'
import { decide } from '../decide.ts'
import { alice, session } from '../../test/support/callers.ts'
import { EVALUATION, SCPS, VARIABLES } from '../../test/support/docs.ts'
import { named } from '../../test/support/build-policy.ts'
import { allowAction, allowAll, policy } from '../../test/support/policies.ts'
import type { AccessRequest, PolicySet } from '../types.ts'
import { explain } from './explain.ts'

const object = 'arn:aws:s3:::reports/q1.csv'
const get: AccessRequest = { principal: alice, action: 's3:GetObject', resource: object }
const run = (request: AccessRequest, policies: PolicySet) => {
  const compiled = compilePolicySet(policies)
  const decision = explain(compiled, request)
  expect(decide(compiled, request)).toBe(decision.decision)
  return decision
}

describe('explain: gates', () => {
  it(`lists every gate in AWS order with an outcome (${EVALUATION})`, () => {
    const decision = run(get, { identity: [allowAll()] })
    expect(decision.gates.map((g) => g.gate)).toEqual([
      'rcp',
      'scp',
      'resource',
      'trust',
      'identity',
      'boundary',
      'session',
    ])
    expect(decision.gates.map((g) => g.outcome)).toEqual([
      'notApplicable',
      'notApplicable',
      'notApplicable',
      'notApplicable',
      'allow',
      'notApplicable',
      'notApplicable',
    ])
    for (const gate of decision.gates)
      if (gate.outcome === 'notApplicable') expect(gate.reason).toBeTruthy()
  })

  it('points at the statement that allowed', () => {
    const decision = run(get, {
      identity: [
        policy('Reports', 'identity', {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 's3:Get*',
          Resource: 'arn:aws:s3:::reports/*',
        }),
      ],
    })
    const identity = decision.gates.find((g) => g.gate === 'identity')
    expect(identity?.matched).toEqual([
      {
        policy: 'Reports',
        policyKind: 'identity',
        sid: 'Read',
        index: 0,
        path: ['Statement', 0],
        effect: 'Allow',
      },
    ])
  })

  it('points at the statement that denied explicitly', () => {
    const decision = run(get, {
      identity: [
        policy(
          'Mixed',
          'identity',
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Sid: 'NoS3', Effect: 'Deny', Action: 's3:*', Resource: '*' },
        ),
      ],
    })
    expect(decision.gates.find((g) => g.gate === 'identity')?.matched.map((s) => s.sid)).toEqual([
      'NoS3',
    ])
  })

  it(`gives the SCP level that failed (${SCPS})`, () => {
    const decision = run(get, {
      identity: [allowAll()],
      scps: [[allowAll('scp')], [allowAll('scp')], [allowAction('ec2:*', '*', 'scp', 'Ec2Only')]],
    })
    const scp = decision.gates.find((g) => g.gate === 'scp')
    expect(scp).toMatchObject({ outcome: 'implicitDeny', level: 2 })
    expect(scp?.closest[0]?.statement.policy).toBe('Ec2Only')
    expect(scp?.reason).toContain('explicit deny in a service control policy')
  })
})

describe('explain: the closest statements of an implicit deny', () => {
  const policies: PolicySet = {
    identity: [
      policy(
        'Near',
        'identity',
        {
          Sid: 'Nothing',
          Effect: 'Allow',
          Action: 'ec2:*',
          Resource: 'arn:aws:ec2:*:*:instance/*',
        },
        {
          Sid: 'ActionOnly',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::archive/*',
        },
        {
          Sid: 'ConditionOnly',
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ),
    ],
  }

  it('ranks action-and-resource matches first, then action-only, then nothing', () => {
    const decision = run({ ...get, context: { 'aws:MultiFactorAuthPresent': 'false' } }, policies)
    expect(decision.decision).toBe('implicitDeny')
    const closest = decision.gates.find((g) => g.gate === 'identity')?.closest ?? []
    expect(closest.map((c) => c.statement.sid)).toEqual(['ConditionOnly', 'ActionOnly', 'Nothing'])
    expect(closest[1]?.mismatches).toEqual([
      {
        element: 'resource',
        path: ['Statement', 1, 'Resource'],
        detail: `\`${object}\` is not among the resources \`arn:aws:s3:::archive/*\``,
      },
    ])
    expect(closest[2]?.mismatches.map((m) => m.element)).toEqual(['action', 'resource'])
  })

  it('gives the failing condition with the values it compared', () => {
    const decision = run({ ...get, context: { 'aws:MultiFactorAuthPresent': 'false' } }, policies)
    const mismatch = decision.gates.find((g) => g.gate === 'identity')?.closest[0]?.mismatches[0]
    expect(mismatch).toMatchObject({
      element: 'condition',
      path: ['Statement', 2, 'Condition', 'Bool', 'aws:MultiFactorAuthPresent'],
      operator: 'Bool',
      key: 'aws:MultiFactorAuthPresent',
      requestValue: 'false',
      policyValues: ['true'],
    })
    expect(mismatch?.detail).toBeTruthy()
  })
})

describe('explain: conditions that cannot be evaluated are never passed silently', () => {
  const unknown = {
    Effect: 'Allow' as const,
    Action: 's3:*',
    Resource: '*',
    Condition: { StringEqualsSometimes: { 'aws:username': 'alice' } },
  }

  it('sets aside an Allow statement whose condition cannot be evaluated, and records it', () => {
    const decision = run(
      { ...get, context: { 'aws:username': 'alice' } },
      { identity: [policy('Odd', 'identity', unknown)] },
    )
    expect(decision.decision).toBe('implicitDeny')
    expect(decision.notEvaluated).toHaveLength(1)
    expect(decision.notEvaluated[0]).toMatchObject({
      path: ['Statement', 0, 'Condition', 'StringEqualsSometimes', 'aws:username'],
    })
    expect(decision.notEvaluated[0]?.reason).toContain('set aside')
  })

  it('applies a Deny statement whose condition cannot be evaluated, and records it', () => {
    const decision = run(get, {
      identity: [allowAll(), policy('OddDeny', 'identity', { ...unknown, Effect: 'Deny' })],
    })
    expect(decision.decision).toBe('explicitDeny')
    expect(decision.notEvaluated[0]?.reason).toContain('applied anyway')
  })

  it('records nothing when the statement fails on another element anyway', () => {
    const decision = run(
      { ...get, action: 'ec2:RunInstances' },
      { identity: [policy('Odd', 'identity', { ...unknown, Action: 's3:*' })] },
    )
    expect(decision.notEvaluated).toEqual([])
  })

  it('says so in the message of an allow', () => {
    const decision = run(get, { identity: [allowAll(), policy('Odd', 'identity', unknown)] })
    expect(decision.decision).toBe('allowed')
    expect(decision.message).toContain('could not be evaluated')
  })
})

describe(`explain: policy variables in Resource (iam-facts §5, ${VARIABLES})`, () => {
  const home = (version?: '2012-10-17' | '2008-10-17') =>
    named('Home', 'identity', {
      ...(version === undefined ? {} : { Version: version }),
      Statement: [
        { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
      ],
    })
  const request = (resource: string, context: Record<string, string>): AccessRequest => ({
    ...get,
    resource,
    context,
  })

  it('resolves a variable per request', () => {
    expect(
      run(request('arn:aws:s3:::home/alice/notes.txt', { 'aws:username': 'alice' }), {
        identity: [home('2012-10-17')],
      }).decision,
    ).toBe('allowed')
    expect(
      run(request('arn:aws:s3:::home/bob/notes.txt', { 'aws:username': 'alice' }), {
        identity: [home('2012-10-17')],
      }).decision,
    ).toBe('implicitDeny')
  })

  it('matches nothing when the variable cannot be resolved, and says why', () => {
    const decision = run(request('arn:aws:s3:::home/alice/notes.txt', {}), {
      identity: [home('2012-10-17')],
    })
    expect(decision.decision).toBe('implicitDeny')
    const detail = decision.gates.find((g) => g.gate === 'identity')?.closest[0]?.mismatches[0]
      ?.detail
    expect(detail).toContain('matches nothing')
    expect(detail).toContain('aws:username')
  })

  it('shows what the variable resolved to', () => {
    const decision = run(request('arn:aws:s3:::home/bob/notes.txt', { 'aws:username': 'alice' }), {
      identity: [home('2012-10-17')],
    })
    expect(
      decision.gates.find((g) => g.gate === 'identity')?.closest[0]?.mismatches[0]?.detail,
    ).toContain('resolved to `arn:aws:s3:::home/alice/*`')
  })

  it('takes `${…}` literally in a 2008-10-17 policy or one without Version', () => {
    for (const version of ['2008-10-17', undefined] as const) {
      const policies = { identity: [home(version)] }
      expect(
        run(request('arn:aws:s3:::home/alice/notes.txt', { 'aws:username': 'alice' }), policies)
          .decision,
      ).toBe('implicitDeny')
      expect(
        run(request('arn:aws:s3:::home/${aws:username}/x', { 'aws:username': 'alice' }), policies)
          .decision,
      ).toBe('allowed')
    }
  })

  it('keeps `*` from a variable value literal, and `${*}` a literal star', () => {
    const starry = named('Star', 'identity', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::home/${aws:PrincipalTag/team}/${*}',
        },
      ],
    })
    expect(
      run(request('arn:aws:s3:::home/red/*', { 'aws:PrincipalTag/team': 'red' }), {
        identity: [starry],
      }).decision,
    ).toBe('allowed')
    expect(
      run(request('arn:aws:s3:::home/red/file', { 'aws:PrincipalTag/team': 'red' }), {
        identity: [starry],
      }).decision,
    ).toBe('implicitDeny')
    expect(
      run(request('arn:aws:s3:::home/red/*', { 'aws:PrincipalTag/team': 're*' }), {
        identity: [starry],
      }).decision,
    ).toBe('implicitDeny')
  })

  it('resolves variables for a role session from its context', () => {
    const byRole = named('ByTag', 'identity', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: `arn:aws:s3:::team-\${aws:PrincipalTag/team}/*`,
        },
      ],
    })
    const decision = run(
      {
        principal: session,
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::team-red/a',
        context: { 'aws:PrincipalTag/Team': 'red' },
      },
      { identity: [byRole] },
    )
    expect(decision.decision).toBe('allowed')
  })
})
