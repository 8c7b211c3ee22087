/**
 * Verdicts with a glyph and words, so that colour is never the only sign: `✓ allowed`,
 * `✗ implicitDeny at the identity gate`, `✗ ExpiredToken`, `• ok`.
 */
import type { DecisionKind, GateName } from '@hatrack/engine'
import type { TraceOutcome } from '@hatrack/scenario'
import type { Style } from './style.ts'

/** The glyphs. */
export const glyphs = { pass: '✓', fail: '✗', neutral: '•' } as const

/** `✓ allowed` or `✗ explicitDeny`, coloured. */
export function decisionVerdict(
  decision: DecisionKind,
  gate: GateName | undefined,
  style: Style,
): string {
  const where = gate === undefined ? '' : ` at the ${gate} gate`
  return decision === 'allowed'
    ? `${style.green(`${glyphs.pass} allowed`)}${where}`
    : `${style.red(`${glyphs.fail} ${decision}`)}${where}`
}

/** A step's outcome in one line (AWS's message goes on the lines after, by the caller). */
export function outcomeVerdict(outcome: TraceOutcome, style: Style): string {
  switch (outcome.status) {
    case 'allowed':
      return decisionVerdict('allowed', outcome.gate, style)
    case 'denied':
      return decisionVerdict(outcome.decision ?? 'implicitDeny', outcome.gate, style)
    case 'error':
      return style.red(`${glyphs.fail} ${outcome.error?.code ?? 'error'}`)
    case 'ok':
      return `${style.dim(glyphs.neutral)} ${outcome.message}`
  }
}
