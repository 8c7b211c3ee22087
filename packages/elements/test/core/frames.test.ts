import { describe, expect, it } from 'vitest'
import {
  callGlyph,
  callLabel,
  durationWords,
  loadTrace,
  sessionClock,
} from '../../src/core/index.ts'
import type { TraceOutcome } from '@hatrack/scenario'
import { loadLibrary } from './library.ts'

describe('session clocks', () => {
  it.each([
    [3_600_000, '1h'],
    [3_570_000, '59m 30s'],
    [43_200_000 + 300_000, '12h 5m'],
    [45_000, '45s'],
    [120_000, '2m'],
    [0, '0s'],
  ])('writes %i ms as `%s`', (ms, words) => {
    expect(durationWords(ms)).toBe(words)
  })

  it('says how long a session has left, and when it has expired', () => {
    expect(sessionClock('2026-01-05T10:00:30Z', '2026-01-05T11:00:00Z')).toEqual({
      status: 'active',
      ttl: '59m 30s left',
    })
    expect(sessionClock('2026-01-05T11:00:00Z', '2026-01-05T11:00:00Z')).toEqual({
      status: 'expired',
      ttl: 'expired',
    })
  })

  it('counts a session down along the trace and marks it expired after the advance', () => {
    const { frames } = loadLibrary('02-first-role.yaml').frames
    const id = frames[2]?.step.sessions.created[0]?.entity ?? ''
    expect(frames[1]?.nodes[id]?.present).toBe(false)
    expect(frames[2]?.nodes[id]).toMatchObject({
      present: true,
      status: 'active',
      ttl: '1h left',
      changed: true,
    })
    expect(frames[3]?.nodes[id]?.changed).toBe(false)
    expect(frames[11]?.nodes[id]).toMatchObject({ status: 'expired', ttl: 'expired' })
  })
})

describe('call words', () => {
  const outcome = (fields: Partial<TraceOutcome>): TraceOutcome => ({
    status: 'allowed',
    message: '',
    ...fields,
  })
  it.each([
    [outcome({ decision: 'allowed', gate: 'trust' }), '✓', 'allowed · trust'],
    [
      outcome({ status: 'denied', decision: 'explicitDeny', gate: 'scp' }),
      '✗',
      'explicit deny · SCP',
    ],
    [
      outcome({ status: 'denied', decision: 'implicitDeny', gate: 'identity' }),
      '✗',
      'implicit deny · identity',
    ],
    [
      outcome({ status: 'error', error: { code: 'ExpiredToken', message: '' } }),
      '!',
      'ExpiredToken',
    ],
    [
      outcome({
        status: 'error',
        decision: 'allowed',
        gate: 'trust',
        error: { code: 'ValidationError', message: '' },
      }),
      '!',
      'ValidationError',
    ],
    [
      outcome({ status: 'error', error: { code: 'AccessDenied', message: '' } }),
      '✗',
      'AccessDenied',
    ],
    [outcome({ status: 'ok' }), '✓', 'ok'],
  ])('ends %j in %s `%s`', (given, glyph, label) => {
    expect(callGlyph(given)).toBe(glyph)
    expect(callLabel(given)).toBe(label)
  })
})

describe('frames of a scenario', () => {
  const { frames, chapters, log } = loadLibrary('02-first-role.yaml').frames

  it('animates an AssumeRole along its assume edge, which stays once the session exists', () => {
    const call = frames[2]?.call
    expect(call).toMatchObject({ glyph: '✓', label: 'allowed · trust', action: 'sts:AssumeRole' })
    expect(call?.edge).toBe(
      'assume:arn:aws:iam::123456789012:user/omkar->arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
    )
    const later = frames[5]?.edges.find((edge) => edge.id === call?.edge)
    expect(later).toMatchObject({ kind: 'assume', current: false })
    expect(frames[1]?.edges.some((edge) => edge.id === call?.edge)).toBe(false)
  })

  it('draws a request only at its step, and a refusal as a denial edge', () => {
    const request = frames[0]?.call?.edge ?? ''
    expect(request).toMatch(/^request:/)
    expect(frames[1]?.edges.some((edge) => edge.id === request)).toBe(false)
    expect(frames[1]?.call).toMatchObject({ glyph: '✗', label: 'implicit deny · identity' })
    expect(frames[1]?.edges.find((edge) => edge.current)?.kind).toBe('denial')
  })

  it('ties each session to its role and draws the analysis’s trust edges', () => {
    const edges = frames[3]?.edges ?? []
    expect(edges.filter((edge) => edge.kind === 'session')).toHaveLength(1)
    expect(edges.find((edge) => edge.kind === 'trust')).toMatchObject({
      from: 'arn:aws:iam::123456789012:user/omkar',
      to: 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
      conditional: false,
    })
  })

  it('marks the actor and the target of the call', () => {
    expect(frames[10]?.nodes['arn:aws:iam::123456789012:user/maria']?.part).toBe('actor')
    expect(frames[10]?.nodes['arn:aws:iam::123456789012:role/AWSIAMRoleForRDS']?.part).toBe(
      'target',
    )
    expect(frames[10]?.nodes['arn:aws:iam::123456789012:user/omkar']?.part).toBeUndefined()
  })

  it('starts chapters at their first step and carries the chapter on each frame', () => {
    expect(chapters.map((chapter) => chapter.step)).toEqual([0, 2, 7, 10, 11])
    expect(frames[3]?.chapter).toBe(chapters[1]?.title)
  })

  it('logs every call, and steps without one only when something happened', () => {
    const steps = log.map((entry) => entry.step)
    expect(steps).not.toContain(7) // switchBack: nothing to log
    expect(steps).toContain(11) // the advance expired a session
    expect(frames.map((frame) => frame.logLength)).toEqual(
      frames.map((frame) => steps.filter((step) => step <= frame.index).length),
    )
    expect(log[1]).toMatchObject({ actor: 'omkar', decision: 'implicitDeny', gate: 'identity' })
  })

  it('writes a caption from the step when it has no narration', () => {
    const trace = loadLibrary('02-first-role.yaml').frames.trace
    const bare = {
      ...trace,
      steps: trace.steps.map((step) => {
        const { say: _say, ...rest } = step
        return rest
      }),
    }
    const result = loadTrace(bare)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.frames.frames[1]?.caption).toBe(
      'omkar calls rds:CreateDBInstance on orders-db: implicitly denied by the identity gate.',
    )
    expect(result.frames.frames[7]?.caption).toContain('omkar')
  })
})

describe('frames of other scenarios', () => {
  it('marks an expired token with `!` and a ValidationError after an allow with its code', () => {
    const { frames } = loadLibrary('10-role-chaining.yaml').frames
    expect(frames[4]?.call).toMatchObject({ glyph: '!', label: 'ValidationError' })
    expect(frames[7]?.call).toMatchObject({ glyph: '!', label: 'ExpiredToken' })
  })

  it('draws an explicit deny by an SCP', () => {
    const { frames } = loadLibrary('15-guardrails.yaml').frames
    const call = frames.find((frame) => frame.call?.gate === 'scp')?.call
    expect(call).toMatchObject({
      glyph: '✗',
      label: 'explicit deny · SCP',
      decision: 'explicitDeny',
    })
  })

  it('draws principals only the analysis names, and marks the external id a trust needs', () => {
    const { frames, layout } = loadLibrary('16-external-id.yaml').frames
    expect(layout.nodes.some((node) => node.id === 'lambda.amazonaws.com')).toBe(true)
    const conditional = frames
      .at(-1)
      ?.edges.find((edge) => edge.kind === 'trust' && edge.conditional)
    expect(conditional?.requires).toContain('external id')
    expect(conditional?.crossAccount).toBe(true)
  })

  it('makes a user deleted at a step absent, and present again once re-created', () => {
    const { frames } = loadLibrary('14-unique-principal-id.yaml').frames
    const omkar = 'arn:aws:iam::123456789012:user/omkar'
    expect(frames.map((frame) => frame.nodes[omkar]?.present)).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
    ])
    expect(frames[2]?.nodes[omkar]?.changed).toBe(true)
  })
})
