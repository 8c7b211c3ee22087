/** Time passing: the simulation's clock moves, and session actors whose time is up expire. */
import { formatDuration } from '../../format/duration.ts'
import type { AdvanceStep, Step } from '../../format/steps.ts'
import { done } from '../outcome.ts'
import { collectExpired } from '../sessions.ts'
import type { ReplayState } from '../state.ts'
import type { StepDraft } from './draft.ts'

/** `advance`. */
export function advanceStep(state: ReplayState, step: Step & AdvanceStep): StepDraft {
  state.simulation.advance(step.seconds * 1000)
  const expired = collectExpired(state)
  const names = expired.map((name) => `\`${name}\``).join(', ')
  return {
    outcome: done(
      `${formatDuration(step.seconds)} pass.${expired.length === 0 ? '' : ` Expired: ${names}.`}`,
    ),
    expired,
  }
}
