import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import {
  addStatement,
  FC_RUNS,
  FC_TIMEOUT,
  requestArbitrary,
  toPolicySet,
  withoutIdentityAllows,
  withoutResourceAllows,
  worldAround,
  type World,
} from '../arbitraries/index.ts'
import { resourceAccountOf } from '../reference/index.ts'

const decisionOf = (world: World) => evaluate(world.request, toPolicySet(world)).decision

/**
 * Cross-account worlds where both sides hold an allow: the caller's identity policies allow the
 * action, and the resource's policy allows the caller by ARN, role ARN or account.
 */
const crossAccountWorlds = requestArbitrary
  .filter((request) => {
    const account = request.principal.accountId
    return (
      account !== undefined &&
      resourceAccountOf(request) !== account &&
      !request.action.startsWith('iam:')
    )
  })
  .chain(worldAround)
  .chain((world) => {
    const { principal } = world.request
    const names = [
      principal.kind === 'root' ? undefined : principal.arn,
      principal.roleArn,
      principal.accountId,
    ]
    return fc.constantFrom(...names.filter((name) => name !== undefined)).map((name) => {
      const trust = world.resource?.kind === 'trust'
      const withResourceAllow = addStatement(world, 'resource', {
        Effect: 'Allow',
        Principal: { AWS: name },
        Action: world.request.action,
        ...(!trust && { Resource: world.request.resource }),
      })
      return principal.kind === 'root'
        ? withResourceAllow
        : addStatement(withResourceAllow, 'identity', {
            Effect: 'Allow',
            Action: world.request.action,
            Resource: world.request.resource,
          })
    })
  })

describe('a cross-account request needs both sides', () => {
  it(
    'removing the identity-side allows makes an allowed cross-account request denied',
    () => {
      fc.assert(
        fc.property(crossAccountWorlds, (world) => {
          fc.pre(world.request.principal.kind !== 'root')
          fc.pre(decisionOf(world) === 'allowed')
          expect(decisionOf(withoutIdentityAllows(world))).not.toBe('allowed')
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )

  it(
    'removing the resource-side allows makes an allowed cross-account request denied',
    () => {
      fc.assert(
        fc.property(crossAccountWorlds, (world) => {
          fc.pre(decisionOf(world) === 'allowed')
          expect(decisionOf(withoutResourceAllows(world))).not.toBe('allowed')
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
