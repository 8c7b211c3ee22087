import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePolicySet } from './compile/policy-set.ts'
import { decide } from './decide.ts'
import { evaluate } from './evaluate.ts'
import { explain } from './explain/explain.ts'
import { policySetArbitrary, requestArbitrary } from '../test/support/arbitraries.ts'
import { named } from '../test/support/build-policy.ts'
import { EVALUATION } from '../test/support/docs.ts'
import type { NamedPolicy, PolicySet } from './types.ts'

const runs = { numRuns: Number(process.env.HATRACK_FC_RUNS ?? 1000) }
/** Generous: the shared machines are busy, and a thousand runs explain every request in full. */
const TIMEOUT = 120_000

/** A Deny of everything, with `Principal: *` when the policy kind takes a principal. */
function denyEverything(policy: NamedPolicy | undefined): NamedPolicy {
  const kind = policy?.policy.kind ?? 'resource'
  const deny = named('DenyEverything', kind, {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        ...(kind === 'trust' ? {} : { Resource: '*' }),
      },
    ],
  })
  if (policy === undefined) return deny
  return {
    ...policy,
    policy: {
      ...policy.policy,
      statements: [...policy.policy.statements, ...deny.policy.statements],
    },
  }
}

/** The same policies, in the opposite order, each with its statements reversed. */
function reversed(set: PolicySet): PolicySet {
  const flip = (p: NamedPolicy): NamedPolicy => ({
    ...p,
    policy: { ...p.policy, statements: [...p.policy.statements].reverse() },
  })
  const flipAll = (ps: readonly NamedPolicy[]) => [...ps].reverse().map(flip)
  return {
    ...set,
    ...(set.identity ? { identity: flipAll(set.identity) } : {}),
    ...(set.resource ? { resource: flip(set.resource) } : {}),
    ...(set.boundary ? { boundary: flip(set.boundary) } : {}),
    ...(set.session ? { session: flipAll(set.session) } : {}),
    ...(set.scps ? { scps: set.scps.map(flipAll) } : {}),
    ...(set.rcps ? { rcps: set.rcps.map(flipAll) } : {}),
  }
}

describe('engine invariants', () => {
  it(
    '`decide` equals `explain(…).decision`, and `evaluate` equals `explain(compilePolicySet(…))`',
    () => {
      fc.assert(
        fc.property(requestArbitrary, policySetArbitrary, (request, policies) => {
          const compiled = compilePolicySet(policies)
          const explained = explain(compiled, request)
          expect(decide(compiled, request)).toBe(explained.decision)
          expect(evaluate(request, policies)).toEqual(explained)
        }),
        runs,
      )
    },
    TIMEOUT,
  )

  it(
    `an explicit deny in the resource-based policy always wins (${EVALUATION})`,
    () => {
      fc.assert(
        fc.property(requestArbitrary, policySetArbitrary, (request, policies) => {
          const withDeny = { ...policies, resource: denyEverything(policies.resource) }
          expect(decide(compilePolicySet(withDeny), request)).toBe('explicitDeny')
        }),
        runs,
      )
    },
    TIMEOUT,
  )

  it(
    'an explicit deny in an identity-based policy always wins for an IAM principal',
    () => {
      fc.assert(
        fc.property(requestArbitrary, policySetArbitrary, (request, policies) => {
          fc.pre(request.principal.kind !== 'service' && request.principal.kind !== 'anonymous')
          const withDeny = {
            ...policies,
            identity: [
              ...(policies.identity ?? []),
              denyEverything(named('Deny', 'identity', { Statement: [] })),
            ],
          }
          const decision = explain(compilePolicySet(withDeny), request)
          expect(decision.decision).toBe('explicitDeny')
        }),
        runs,
      )
    },
    TIMEOUT,
  )

  it(
    'adding an Allow statement never turns an explicit deny into something else',
    () => {
      fc.assert(
        fc.property(requestArbitrary, policySetArbitrary, (request, policies) => {
          const before = decide(compilePolicySet(policies), request)
          fc.pre(before === 'explicitDeny')
          const allowAll = named('AllowAll', 'identity', {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          })
          expect(
            decide(
              compilePolicySet({ ...policies, identity: [...(policies.identity ?? []), allowAll] }),
              request,
            ),
          ).toBe('explicitDeny')
        }),
        runs,
      )
    },
    TIMEOUT,
  )

  it(
    'the order of statements and of policies does not change the decision or its gate',
    () => {
      fc.assert(
        fc.property(requestArbitrary, policySetArbitrary, (request, policies) => {
          const a = explain(compilePolicySet(policies), request)
          const b = explain(compilePolicySet(reversed(policies)), request)
          expect({
            decision: b.decision,
            gate: b.gate,
            message: b.message.startsWith('User:') ? b.message : '',
          }).toEqual({
            decision: a.decision,
            gate: a.gate,
            message: a.message.startsWith('User:') ? a.message : '',
          })
        }),
        runs,
      )
    },
    TIMEOUT,
  )
})
