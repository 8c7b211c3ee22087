/**
 * The goal's expectations: every step of the challenge with an `expect`, read back from the
 * replay of the reader's world, with what the step does and what it must give in words.
 */
import type { Expectation } from '../format/expectation.ts'
import type { Trace, TraceStep } from '../trace/types.ts'
import type { GoalResult } from './types.ts'

/** What an expectation asks for, in a few words: "allowed", "denied", "implicitDeny at trust". */
export function wantOf(expected: Expectation): string {
  const parts: string[] = []
  if (expected.decision !== undefined)
    parts.push(
      expected.gate === undefined ? expected.decision : `${expected.decision} at ${expected.gate}`,
    )
  else if (expected.gate !== undefined) parts.push(`decided at ${expected.gate}`)
  if (expected.error !== undefined)
    parts.push(expected.error === 'AccessDenied' && parts.length === 0 ? 'denied' : expected.error)
  if (expected.message !== undefined) parts.push(`saying \`${expected.message}\``)
  if (expected.expired !== undefined) parts.push(`expired: ${expected.expired.join(', ')}`)
  if (expected.active !== undefined) parts.push(`active: ${expected.active.join(', ')}`)
  if (expected.output !== undefined) parts.push('with the expected output')
  return parts.join(', ')
}

/** What the step does: "`omkar` calls `sts:AssumeRole` on `…`". */
function labelOf(step: TraceStep): string {
  const who = step.actor === undefined ? undefined : `\`${step.actor.label}\``
  if (step.call !== undefined)
    return `${who ?? 'the caller'} calls \`${step.call.action}\` on \`${step.call.resource}\``
  return who === undefined ? `step \`${step.id}\`` : `${who}: step \`${step.id}\``
}

/** One result per step of `trace` with an expectation. */
export function goalResults(trace: Trace): GoalResult[] {
  return trace.steps.flatMap((step): GoalResult[] => {
    const result = step.expectation
    if (result === undefined) return []
    return [
      {
        id: step.id,
        index: step.index,
        location: step.location,
        label: labelOf(step),
        want: wantOf(result.expected),
        ...(step.say === undefined ? {} : { say: step.say }),
        expected: result.expected,
        held: result.held,
        detail: result.detail,
      },
    ]
  })
}
