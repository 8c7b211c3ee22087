/**
 * A frame's caption: the step's own narration (`say`), or a sentence made from the step when it
 * has none: who asked for what on which resource, and how it came out, in plain words.
 */
import type { TraceStep } from '@hatrack/scenario'
import { gateWords } from './call-words.ts'

const decisionWords = {
  allowed: 'allowed',
  explicitDeny: 'explicitly denied',
  implicitDeny: 'implicitly denied',
} as const

function outcomeWords(step: TraceStep): string {
  const { outcome } = step
  const gate = outcome.gate === undefined ? '' : ` by the ${gateWords[outcome.gate]} gate`
  switch (outcome.status) {
    case 'allowed':
      return `allowed${gate}`
    case 'ok':
      return 'done'
    case 'denied':
      return `${decisionWords[outcome.decision ?? 'implicitDeny']}${gate}`
    case 'error':
      return outcome.error === undefined ? 'failed' : `failed with ${outcome.error.code}`
  }
}

/** The caption of `step`; `label(id)` names a node, `target` is the call's target node. */
export function caption(
  step: TraceStep,
  target: string | undefined,
  label: (id: string) => string | undefined,
): string {
  if (step.say !== undefined && step.say.trim() !== '') return step.say
  const actor =
    step.actor === undefined ? undefined : (label(step.actor.entity) ?? step.actor.label)
  if (step.call === undefined) {
    return actor === undefined ? step.outcome.message : `${actor}: ${step.outcome.message}`
  }
  const resource =
    step.call.resource === '*'
      ? ''
      : ` on ${(target === undefined ? undefined : label(target)) ?? step.call.resource}`
  const who = actor ?? 'The caller'
  return `${who} calls ${step.call.action}${resource}: ${outcomeWords(step)}.`
}
