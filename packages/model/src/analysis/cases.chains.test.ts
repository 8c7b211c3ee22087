/**
 * Named cases of chains: role sessions assuming further roles, the shortest path, the one-hour
 * cap, MFA carried by the first session (iam-facts §9, §11), replayed hop by hop through the
 * model's `assumeRole`; and the graph as nodes and edges to draw.
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  B,
  allow,
  emptyWorld,
  roleArn,
  trust,
  userArn,
  withMfa,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { mfaCode } from '../iam/mfa-code.ts'
import { assumeRole } from '../sts/assume-role.ts'
import type { World } from '../world/types.ts'
import { analyzeAssumeRoles, assumeGraphEdges, chainTo } from './index.ts'
import { buildSpec } from './testing/build-spec.ts'
import { replayChain } from './testing/replay-chain.ts'
import type { WorldSpec } from './testing/world-spec.ts'

const alice = userArn(A, 'alice')
const [R1, R2, R3, R4] = ['R1', 'R2', 'R3', 'R4'].map((name) =>
  roleArn(name === 'R4' ? B : A, name),
)
const canAssumeAny = allow('sts:AssumeRole')

/** alice → R1 → {R2, R3}; R2 → R3; R3 → R4 (in account B). */
function chainWorld(): World {
  let world = withUser(emptyWorld(), A, 'alice')
  world = withRole(world, A, 'R1', trust({ AWS: alice }), { policies: [canAssumeAny] })
  world = withRole(world, A, 'R2', trust({ AWS: R1 }), { policies: [canAssumeAny] })
  world = withRole(world, A, 'R3', trust({ AWS: [R1, R2] }), { policies: [canAssumeAny] })
  return withRole(world, B, 'R4', trust({ AWS: R3 }))
}

/** alice (with an MFA device when `device`) → Hub → Target, which wants an MFA session. */
function mfaChainWorld(device: boolean): World {
  let world = withUser(emptyWorld(), A, 'alice')
  if (device) world = withMfa(world, A, 'alice').world
  world = withRole(world, A, 'Hub', trust({ AWS: alice }), { policies: [canAssumeAny] })
  return withRole(
    world,
    A,
    'Target',
    trust({ AWS: roleArn(A, 'Hub') }, 'sts:AssumeRole', {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    }),
  )
}

describe('chains (named cases)', () => {
  it('finds the shortest path A→B→C and caps the chained session at one hour (iam-facts §11)', () => {
    const world = chainWorld()
    const graph = analyzeAssumeRoles(world)
    const toR3 = chainTo(graph, alice, R3 ?? '')
    expect(toR3?.hops.map((hop) => hop.role)).toEqual([R1, R3])
    const toR4 = chainTo(graph, alice, R4 ?? '')
    expect(toR4?.hops.map((hop) => hop.role)).toEqual([R1, R3, R4])
    expect(toR4?.chained).toBe(true)
    expect(toR4?.maxSessionSeconds).toBe(3600)
    expect(toR4?.note).toMatch(/1 hour/)
    expect(chainTo(graph, alice, R1 ?? '')?.chained).toBe(false)

    // Replayed through the model: every hop succeeds; the chained session lasts one hour at most.
    let w = world
    let caller: Parameters<typeof assumeRole>[1] = { kind: 'user', accountId: A, userName: 'alice' }
    for (const hop of toR4?.hops ?? []) {
      const made = assumeRole(w, caller, { roleArn: hop.role, roleSessionName: 'hop' })
      if (made.status !== 'ok') throw new Error(made.error.message)
      w = made.world
      expect(made.value.credentials.expiration - w.now).toBeLessThanOrEqual(3600_000)
      caller = { kind: 'session', accessKeyId: made.value.credentials.accessKeyId }
    }
    const longer = assumeRole(w, caller, {
      roleArn: R1 ?? '',
      roleSessionName: 'x',
      durationSeconds: 7200,
    })
    expect(longer.status).toBe('error')
  })

  it('a role whose sessions nothing lets in is reached by no chain (iam-facts §9)', () => {
    const graph = analyzeAssumeRoles(chainWorld())
    expect(chainTo(graph, 'ec2.amazonaws.com', R1 ?? '')).toBeUndefined()
    expect(chainTo(graph, R4 ?? '', R1 ?? '')).toBeUndefined()
  })

  it('a session issued with MFA carries it to the next hop (iam-facts §6, §9)', () => {
    const world = mfaChainWorld(true)
    const graph = analyzeAssumeRoles(world)
    const hub = roleArn(A, 'Hub')
    const target = roleArn(A, 'Target')
    const fromHub = graph.edges.find((edge) => edge.principal === hub && edge.role === target)
    expect(fromHub?.callerMfa).toBe('required')
    const chain = chainTo(graph, alice, target)
    expect(chain?.hops.map((hop) => hop.role)).toEqual([hub, target])
    expect(chain?.firstHopMfa).toBe(true)

    const device = world.accounts.get(A)?.users.get('alice')?.mfaDevices[0]
    const user = { kind: 'user', accountId: A, userName: 'alice' } as const
    const code = {
      serialNumber: device?.serialNumber ?? '',
      tokenCode: device ? mfaCode(device, world.now) : '',
    }
    for (const [withMfa, succeeds] of [
      [true, true],
      [false, false],
    ] as const) {
      const first = assumeRole(world, user, {
        roleArn: hub,
        roleSessionName: 'first',
        ...(withMfa ? code : {}),
      })
      if (first.status !== 'ok') throw new Error(first.error.message)
      const session = { kind: 'session', accessKeyId: first.value.credentials.accessKeyId } as const
      const second = assumeRole(first.world, session, {
        roleArn: target,
        roleSessionName: 'second',
      })
      expect(second.status === 'ok').toBe(succeeds)
    }
  })

  it('without an MFA device, no session carries MFA: the chain does not exist (iam-facts §9)', () => {
    const graph = analyzeAssumeRoles(mfaChainWorld(false))
    expect(chainTo(graph, alice, roleArn(A, 'Target'))).toBeUndefined()
  })

  it('a hop that needs MFA, signed at the console, issues a session without MFA (fast-check counterexample)', () => {
    // u0 (with a device) → r1 needs MFA; r1's sessions may assume r0 only without MFA.
    const spec: WorldSpec = {
      seed: 1,
      groupPolicy: [],
      organization: false,
      scp: 'none',
      rcp: 'none',
      users: [
        { account: 1, group: false, mfaDevice: true, team: 'blue', policy: [], boundary: 'none' },
      ],
      roles: [
        {
          account: 1,
          trust: [
            {
              effect: 'Allow',
              principal: { kind: 'account', account: 1 },
              actions: ['sts:AssumeRole'],
              conditions: [],
            },
          ],
          policy: [],
        },
        {
          account: 1,
          trust: [
            {
              effect: 'Allow',
              principal: { kind: 'everyone' },
              actions: ['sts:AssumeRole'],
              conditions: ['mfa'],
            },
          ],
          policy: [
            {
              effect: 'Allow',
              actions: ['sts:AssumeRole'],
              resource: { account: 1 },
              conditions: ['noMfaDeny'],
            },
          ],
        },
      ],
      recreateUser: false,
    }
    const world = buildSpec(spec)
    const graph = analyzeAssumeRoles(world)
    const chain = chainTo(graph, userArn(B, 'u0'), roleArn(B, 'r0'))
    expect(chain?.hops.map((hop) => hop.role)).toEqual([roleArn(B, 'r1'), roleArn(B, 'r0')])
    expect(chain?.firstHopMfa).toBe(false)
    if (chain === undefined) throw new Error('no chain')
    expect(replayChain(world, chain)).toEqual([])
  })

  it('draws roles and principals as nodes, each edge with its reason', () => {
    const graph = analyzeAssumeRoles(chainWorld())
    const drawn = assumeGraphEdges(graph)
    expect(drawn.nodes.map((node) => node.id).sort()).toEqual([R1, R2, R3, R4, alice].sort())
    const hop = drawn.edges.find((edge) => edge.from === R3 && edge.to === R4)
    expect(hop).toMatchObject({ chaining: true, crossAccount: true, conditional: false })
    expect(hop?.label).toMatch(/names the role; an identity policy allows it/)
  })
})
