/**
 * The arithmetic of stepping, shared by the player's machine and its tests: clamping a step into
 * the trace and finding the chapter before or after a step. Pure functions of plain numbers.
 */

/** `step` brought into `[0, stepCount - 1]` (0 when there are no steps); NaN becomes 0. */
export function clampStep(step: number, stepCount: number): number {
  const last = Math.max(0, stepCount - 1)
  if (!Number.isFinite(step)) return step === Infinity ? last : 0
  return Math.min(last, Math.max(0, Math.trunc(step)))
}

/** Chapter starts cleaned up: whole steps inside the trace, sorted, without duplicates. */
export function normalizeChapters(chapters: readonly number[], stepCount: number): number[] {
  const inside = chapters.filter((s) => Number.isInteger(s) && s >= 0 && s < stepCount)
  return [...new Set(inside)].sort((a, b) => a - b)
}

/** The first chapter that starts after `step`, or `step` itself when none does. */
export function nextChapter(chapters: readonly number[], step: number): number {
  return chapters.find((start) => start > step) ?? step
}

/**
 * The latest chapter that starts before `step`, or 0 when none does (like a media player's
 * "previous": from inside a chapter it goes back to that chapter's start).
 */
export function previousChapter(chapters: readonly number[], step: number): number {
  let target = 0
  for (const start of chapters) if (start < step) target = start
  return target
}
