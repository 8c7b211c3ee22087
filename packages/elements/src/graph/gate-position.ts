/**
 * Where along its edge a call's glyph lands: at the gate that decided it. Gates that belong to
 * the target (its resource policy, its trust policy, the RCPs of its account) sit near the
 * target end; gates that belong to the caller (its identity policies, its account's SCPs, its
 * permissions boundary, its session policy) sit near the caller end: the call never left the
 * caller. An allowed call reaches the target. An error without a gate (an STS refusal such as a
 * wrong MFA code) is the target's answer, so it also sits at the target end.
 */
import type { FrameCall, GateName } from '../core/types.ts'

/** Which end of the edge each gate belongs to. */
export const gateEnd: Readonly<Record<GateName, 'caller' | 'target'>> = {
  resource: 'target',
  trust: 'target',
  rcp: 'target',
  identity: 'caller',
  scp: 'caller',
  boundary: 'caller',
  session: 'caller',
}

/** The curve parameter of the caller end and of the target end. */
export const callerT = 0.16
export const targetT = 0.86

/** The end of the edge where `call` ends, and its curve parameter there. */
export function callEnd(call: Pick<FrameCall, 'decision' | 'gate' | 'status'>): {
  readonly end: 'caller' | 'target'
  readonly t: number
} {
  const allowed = call.decision === 'allowed' || call.status === 'allowed' || call.status === 'ok'
  const end = allowed || call.gate === undefined ? 'target' : gateEnd[call.gate]
  return { end, t: end === 'caller' ? callerT : targetT }
}
