/**
 * `loadTrace`: frames from a trace computed elsewhere (`hatrack replay --json`). Without the
 * scenario there is no world to read: no details, no decision policies, no `trust` edges.
 */
import { buildFrames } from './frames/build-frames.ts'
import { internalError } from './errors.ts'
import { traceProblem } from './trace-shape.ts'
import type { Core } from './types.ts'
import { noteLoad } from './first-load.ts'

/** Frames of a trace; an `ElementError` when it is not one. Never throws. */
export const loadTrace: Core['loadTrace'] = (trace) => {
  noteLoad()
  try {
    const found = traceProblem(trace)
    if (found !== undefined) return { ok: false, error: found }
    return { ok: true, frames: buildFrames(trace) }
  } catch (error) {
    return { ok: false, error: internalError(error) }
  }
}
