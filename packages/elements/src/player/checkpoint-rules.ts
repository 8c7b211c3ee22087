/**
 * The rules of prediction checkpoints the player's machine follows, as pure functions of plain
 * data: which steps carry a question, whether stepping onto one asks it, and how showing a step
 * directly (a seek, a jump, a deep link) marks its question as skipped, its answer being visible.
 */

/** How a checkpoint stands in one element: the reader's choice, or `skipped` (shown unasked). */
export type CheckpointMark = number | 'skipped'

/** A step that carries a checkpoint, and how many choices it offers. */
export interface CheckpointSlot {
  readonly step: number
  readonly choices: number
}

/** What the rules read from the machine's context. */
export interface CheckpointState {
  /** Step → number of choices, for every step with a checkpoint. */
  readonly checkpoints: ReadonlyMap<number, number>
  /** Step → the reader's mark, for every checkpoint answered or shown in this element. */
  readonly answers: ReadonlyMap<number, CheckpointMark>
  /** Whether questions are asked at all (off with the `nocheckpoints` attribute). */
  readonly checkpointsOn: boolean
}

/**
 * The slots cleaned up: whole steps inside the trace, a whole number of choices (at least one);
 * when a step comes twice the first one counts.
 */
export function normalizeCheckpoints(
  slots: readonly CheckpointSlot[],
  stepCount: number,
): ReadonlyMap<number, number> {
  const map = new Map<number, number>()
  for (const { step, choices } of slots) {
    if (!Number.isInteger(step) || step < 0 || step >= stepCount) continue
    if (!Number.isInteger(choices) || choices < 1 || map.has(step)) continue
    map.set(step, choices)
  }
  return map
}

/** Whether stepping forward onto `step` (next or playback) asks its question first. */
export function asksAt(state: CheckpointState, step: number): boolean {
  return state.checkpointsOn && state.checkpoints.has(step) && !state.answers.has(step)
}

/** The answers once `step` showed: an unanswered checkpoint there is now skipped. */
export function markShown(
  state: Pick<CheckpointState, 'checkpoints' | 'answers'>,
  step: number,
): ReadonlyMap<number, CheckpointMark> {
  if (!state.checkpoints.has(step) || state.answers.has(step)) return state.answers
  return new Map(state.answers).set(step, 'skipped')
}

/** Whether `choice` is one of the choices of the checkpoint at `step`. */
export function isChoice(
  state: Pick<CheckpointState, 'checkpoints'>,
  step: number,
  choice: number,
): boolean {
  const choices = state.checkpoints.get(step) ?? 0
  return Number.isInteger(choice) && choice >= 0 && choice < choices
}
