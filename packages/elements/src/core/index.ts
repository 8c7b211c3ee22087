/**
 * The elements' core: scenario text or a trace in, frames out, and details on demand. This is the
 * heavy module (YAML, the scenario loader, the model, the engine): components never import it
 * statically, they get it through `loadCore()` of `./lazy.ts`.
 */
import { loadScenario } from './load-scenario.ts'
import { loadTrace } from './load-trace.ts'
import type { Core } from './types.ts'
import { tutorial } from './challenge/index.ts'
import { createWarmUp } from './warm-up.ts'

export { loadScenario } from './load-scenario.ts'
export { loadTrace } from './load-trace.ts'
export { buildFrames } from './frames/build-frames.ts'
export type { FrameOptions } from './frames/build-frames.ts'
export { computeLayout, metrics, OUTSIDE_LANE } from './layout/layout.ts'
export { nodeRadius } from '../graph/shapes.ts'
export { traceNodes } from './layout/trace-nodes.ts'
export type { NodeInput } from './layout/node-input.ts'
export { durationWords, sessionClock } from './frames/session-clock.ts'
export { callGlyph, callLabel, gateWords } from './frames/call-words.ts'
export { pathText } from './errors.ts'

const warmUp = createWarmUp(loadScenario)

/** The core the components load lazily. */
export const core: Core = { loadScenario, loadTrace, tutorial, warmUp: () => warmUp.warm() }
