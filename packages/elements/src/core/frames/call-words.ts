/**
 * The glyph and the short words a call ends in: `✓ allowed · trust`, `✗ explicit deny · SCP`,
 * `✗ implicit deny · identity`, `! ExpiredToken`. Never colour alone: the words say it.
 */
import type { GateName } from '@hatrack/engine'
import type { TraceOutcome } from '@hatrack/scenario'
import type { FrameCall } from '../types.ts'

/** Each gate in one or two words, as AWS's docs abbreviate them. */
export const gateWords: Readonly<Record<GateName, string>> = {
  rcp: 'RCP',
  scp: 'SCP',
  resource: 'resource',
  trust: 'trust',
  identity: 'identity',
  boundary: 'boundary',
  session: 'session',
}

function denied(outcome: TraceOutcome): boolean {
  if (outcome.status === 'denied') return true
  if (outcome.status !== 'error') return false
  return (
    outcome.decision === 'explicitDeny' ||
    outcome.decision === 'implicitDeny' ||
    outcome.error?.code === 'AccessDenied' ||
    outcome.error?.code === 'AccessDeniedException'
  )
}

/** ✓ for allowed (and calls that need no authorization), ✗ for denied, `!` for another error. */
export function callGlyph(outcome: TraceOutcome): FrameCall['glyph'] {
  if (outcome.status === 'allowed' || outcome.status === 'ok') return '✓'
  return denied(outcome) ? '✗' : '!'
}

/** The words beside the glyph. */
export function callLabel(outcome: TraceOutcome): string {
  const gate = outcome.gate === undefined ? '' : ` · ${gateWords[outcome.gate]}`
  switch (outcome.status) {
    case 'allowed':
      return `allowed${gate}`
    case 'ok':
      return 'ok'
    case 'denied':
    case 'error':
      if (outcome.decision === 'explicitDeny') return `explicit deny${gate}`
      if (outcome.decision === 'implicitDeny') return `implicit deny${gate}`
      if (outcome.status === 'denied') return 'denied'
      return outcome.error?.code ?? 'error'
  }
}
