/**
 * The session machine under xstate's SimulatedClock: active until `expiresAt`, then expired
 * (iam-facts §10).
 */
import { createActor, SimulatedClock } from 'xstate'
import { describe, expect, it } from 'vitest'
import { sessionMachine } from './session-machine.ts'

function started(issuedAt: number, expiresAt: number, startedAt = issuedAt) {
  const clock = new SimulatedClock()
  clock.set(startedAt)
  const actor = createActor(sessionMachine, {
    clock,
    input: { accessKeyId: 'ASIAEXAMPLE', issuedAt, expiresAt, startedAt },
  })
  actor.start()
  return { clock, actor }
}

describe('sessionMachine', () => {
  it('stays active until the last millisecond and expires at expiresAt', () => {
    const { clock, actor } = started(1_000, 901_000)
    clock.increment(899_999)
    expect(actor.getSnapshot().value).toBe('active')
    clock.increment(1)
    expect(actor.getSnapshot().value).toBe('expired')
    expect(actor.getSnapshot().status).toBe('done')
  })

  it('expires at expiresAt when started after it was issued', () => {
    const { clock, actor } = started(0, 3_600_000, 1_800_000)
    clock.increment(1_799_999)
    expect(actor.getSnapshot().value).toBe('active')
    clock.increment(1)
    expect(actor.getSnapshot().value).toBe('expired')
  })

  it('starts expired when its expiration has already passed', () => {
    const { actor } = started(0, 1_000, 5_000)
    expect(actor.getSnapshot().value).toBe('expired')
  })
})
