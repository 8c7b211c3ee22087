import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import {
  FC_RUNS,
  FC_TIMEOUT,
  organizationArbitrary,
  policyDocArbitrary,
  toPolicySet,
  worldArbitrary,
  type World,
} from '../arbitraries/index.ts'

const decisionOf = (world: World) => evaluate(world.request, toPolicySet(world)).decision

/**
 * Worlds with one restricting policy added: a boundary where there was none, session policies
 * for a role session that had none, one more SCP level, one more RCP level. (A federated user
 * with no session policy has no permissions at all, so giving it one can grant: iam-facts §7,
 * step 7. Adding a policy to an existing boundary or session set widens it. Both are left out.)
 */
const restricted = worldArbitrary.chain((world) => {
  const { principal } = world.request
  const iamIdentity = ['user', 'assumedRole', 'federatedUser'].includes(principal.kind)
  const options: fc.Arbitrary<{ what: string; world: World }>[] = [
    organizationArbitrary('scp', world.request).map((levels) => ({
      what: 'an SCP level',
      world: { ...world, scps: [...(world.scps ?? []), ...levels.slice(0, 1)] },
    })),
    organizationArbitrary('rcp', world.request).map((levels) => ({
      what: 'an RCP level',
      world: { ...world, rcps: [...(world.rcps ?? []), ...levels.slice(0, 1)] },
    })),
  ]
  if (iamIdentity && world.boundary === undefined) {
    options.push(
      policyDocArbitrary('boundary', 'added-boundary', world.request).map((boundary) => ({
        what: 'a permissions boundary',
        world: { ...world, boundary },
      })),
    )
  }
  if (principal.kind === 'assumedRole' && world.session === undefined) {
    options.push(
      policyDocArbitrary('session', 'added-session', world.request).map((doc) => ({
        what: 'a session policy',
        world: { ...world, session: [doc] },
      })),
    )
  }
  return fc.oneof(...options).map((edit) => ({ before: world, ...edit }))
})

describe('SCPs, RCPs, boundaries and session policies only restrict', () => {
  it(
    'adding one never turns a denied request into an allowed one',
    () => {
      fc.assert(
        fc.property(restricted, ({ before, world }) => {
          fc.pre(decisionOf(before) !== 'allowed')
          expect(decisionOf(world)).not.toBe('allowed')
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )

  it(
    'adding one never turns an explicit deny into anything else',
    () => {
      fc.assert(
        fc.property(restricted, ({ before, world }) => {
          fc.pre(decisionOf(before) === 'explicitDeny')
          expect(decisionOf(world)).toBe('explicitDeny')
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
