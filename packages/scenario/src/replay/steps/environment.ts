/**
 * Steps that only change who acts next: the console's Switch Back, and credentials exported to
 * the environment (`useSession`) or unset. They call nothing; using a session that was never
 * created fails as its first request would.
 */
import type { Step, SwitchBackStep, UnsetStep, UseSessionStep } from '../../format/steps.ts'
import { actingCaller } from '../callers.ts'
import { done } from '../outcome.ts'
import type { ReplayState } from '../state.ts'
import { stuckDraft, type StepDraft } from './draft.ts'

/** `switchBack` and `unset`: the identity before acts again. */
export function restoreStep(
  state: ReplayState,
  step: Step & (SwitchBackStep | UnsetStep),
): StepDraft {
  const acting = actingCaller(state, step.restores)
  const what = step.kind === 'switchBack' ? 'Switched back' : 'Credentials unset'
  return { actor: acting.actor, outcome: done(`${what}: \`${acting.actor.label}\` acts again.`) }
}

/** `useSession`: the session's credentials are exported. */
export function useSessionStep(state: ReplayState, step: Step & UseSessionStep): StepDraft {
  const acting = actingCaller(state, {
    kind: 'session',
    session: step.session,
    createdBy: step.createdBy,
  })
  if (!acting.ok) return stuckDraft(acting)
  return {
    actor: acting.actor,
    outcome: done(`The credentials of \`${step.session}\` are exported: later steps use them.`),
    used: step.session,
  }
}
