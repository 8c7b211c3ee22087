/** Replaying a loaded scenario into a Trace. */
export { INTERNAL_ERROR, replay, replayWithWorld } from './replay.ts'
export type { ReplayOptions, ReplayResult } from './replay.ts'
export { NO_CREDENTIALS } from './callers.ts'
