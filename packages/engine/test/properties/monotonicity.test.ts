import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import {
  addStatement,
  FC_RUNS,
  FC_TIMEOUT,
  grantedWorldArbitrary,
  statementArbitrary,
  toPolicySet,
  worldArbitrary,
  type EditableGate,
  withEffect,
  type World,
} from '../arbitraries/index.ts'
import { rcpsApply, scpsApply } from '../reference/index.ts'

const decisionOf = (world: World) => evaluate(world.request, toPolicySet(world)).decision

const iamIdentity = (world: World): boolean =>
  ['user', 'assumedRole', 'federatedUser'].includes(world.request.principal.kind)

/** The kind of statement a gate takes (a trust policy's has no `Resource`). */
function kindOf(world: World, gate: EditableGate) {
  if (gate === 'resource') return world.resource?.kind ?? 'resource'
  return gate
}

/** A world, a gate of it, and a generated statement of the gate's kind with the given effect. */
function withStatementArbitrary(
  effect: 'Allow' | 'Deny',
  gatesOf: (world: World) => EditableGate[],
) {
  return (effect === 'Allow' ? grantedWorldArbitrary : worldArbitrary).chain((world) =>
    fc.constantFrom(...gatesOf(world)).chain((gate) =>
      statementArbitrary(kindOf(world, gate), world.request).map((statement) => ({
        world,
        gate,
        statement: withEffect(statement, effect),
      })),
    ),
  )
}

/** Identity and resource-based policies: the two kinds that grant. */
function grantingGates(world: World): EditableGate[] {
  const gates: EditableGate[] = []
  if (iamIdentity(world)) gates.push('identity')
  if (world.resource !== undefined || !world.request.action.startsWith('iam:'))
    gates.push('resource')
  return gates.length > 0 ? gates : ['resource']
}

/** Every gate that has a policy to add a statement to, or can take a new one. */
function anyGate(world: World): EditableGate[] {
  const policies = toPolicySet(world)
  const gates = grantingGates(world)
  if (world.boundary !== undefined) gates.push('boundary')
  if (world.session !== undefined) gates.push('session')
  if (scpsApply(world.request, policies)) gates.push('scp')
  if (rcpsApply(world.request, policies)) gates.push('rcp')
  return gates
}

describe('monotonicity', () => {
  it(
    'adding an Allow statement to an identity or resource-based policy never turns allowed into denied',
    () => {
      fc.assert(
        fc.property(
          withStatementArbitrary('Allow', grantingGates),
          ({ world, gate, statement }) => {
            fc.pre(decisionOf(world) === 'allowed')
            expect(decisionOf(addStatement(world, gate, statement))).toBe('allowed')
          },
        ),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )

  it(
    'adding a Deny statement to any policy never turns denied into allowed',
    () => {
      fc.assert(
        fc.property(withStatementArbitrary('Deny', anyGate), ({ world, gate, statement }) => {
          fc.pre(decisionOf(world) !== 'allowed')
          expect(decisionOf(addStatement(world, gate, statement))).not.toBe('allowed')
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
