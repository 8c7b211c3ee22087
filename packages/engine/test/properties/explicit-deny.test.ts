import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import {
  addStatement,
  FC_RUNS,
  FC_TIMEOUT,
  toPolicySet,
  worldArbitrary,
  type EditableGate,
  type StatementJson,
  type World,
} from '../arbitraries/index.ts'
import { rcpsApply, scpsApply } from '../reference/index.ts'

/** The gates whose policies apply to this world's request (iam-facts §7, step 1). */
function applicableGates(world: World): EditableGate[] {
  const { principal, action } = world.request
  const iamIdentity = ['user', 'assumedRole', 'federatedUser'].includes(principal.kind)
  const policies = toPolicySet(world)
  const gates: EditableGate[] = []
  if (iamIdentity) gates.push('identity', 'boundary')
  if (principal.kind === 'assumedRole' || principal.kind === 'federatedUser') gates.push('session')
  // IAM's own actions have no resource-based policy to add a statement to.
  if (world.resource !== undefined || !action.startsWith('iam:')) gates.push('resource')
  if (scpsApply(world.request, policies)) gates.push('scp')
  if (rcpsApply(world.request, policies)) gates.push('rcp')
  return gates
}

/** An unconditional `Deny` of the request's action, shaped for the gate's policy kind. */
function denyFor(world: World, gate: EditableGate): StatementJson {
  const trust = gate === 'resource' && world.resource?.kind === 'trust'
  return {
    Effect: 'Deny',
    ...((gate === 'resource' || gate === 'rcp') && { Principal: '*' }),
    Action: world.request.action,
    ...(!trust && { Resource: '*' }),
  }
}

const withDeny = worldArbitrary
  .filter((world) => applicableGates(world).length > 0)
  .chain((world) => fc.constantFrom(...applicableGates(world)).map((gate) => ({ world, gate })))

describe('an explicit deny always wins', () => {
  it(
    'adding a matching unconditional Deny to any applicable gate gives `explicitDeny`',
    () => {
      fc.assert(
        fc.property(withDeny, ({ world, gate }) => {
          const denied = addStatement(world, gate, denyFor(world, gate))
          expect(evaluate(denied.request, toPolicySet(denied)).decision).toBe('explicitDeny')
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
