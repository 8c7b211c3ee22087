import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate, type Decision } from '@hatrack/engine'
import {
  FC_RUNS,
  FC_TIMEOUT,
  grantedWorldArbitrary,
  toPolicySet,
  worldArbitrary,
  type World,
} from '../arbitraries/index.ts'
import { GATE_PHRASE, isAssumeRole } from '../reference/index.ts'

/**
 * The words the message must contain. Two answers of AWS name no policy type, and the message
 * says so in its own words instead: the root user's `AssumeRole` ("Roles may not be assumed by
 * root accounts.", iam-facts §2) and the root user's full access to its own account, which no
 * policy grants.
 */
function expectedPhrase(world: World, decision: Decision): string {
  const { principal, action } = world.request
  if (principal.kind === 'root' && decision.decision !== 'allowed' && isAssumeRole(action)) {
    if (decision.gate === 'trust' && decision.decision === 'implicitDeny') {
      return 'Roles may not be assumed by root accounts'
    }
  }
  if (
    principal.kind === 'root' &&
    decision.decision === 'allowed' &&
    decision.gate === 'identity'
  ) {
    return 'root user'
  }
  return GATE_PHRASE[decision.gate]
}

describe('the message names the deciding gate', () => {
  it(
    "every denial's message carries the deciding gate's words (AWS's AccessDenied texts)",
    () => {
      fc.assert(
        fc.property(worldArbitrary, (world) => {
          const decision = evaluate(world.request, toPolicySet(world))
          fc.pre(decision.decision !== 'allowed')
          expect(decision.message).toContain(expectedPhrase(world, decision))
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )

  it(
    "every allow's message names the gate whose statement granted it",
    () => {
      fc.assert(
        fc.property(grantedWorldArbitrary, (world) => {
          const decision = evaluate(world.request, toPolicySet(world))
          fc.pre(decision.decision === 'allowed')
          expect(decision.message).toContain(expectedPhrase(world, decision))
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
