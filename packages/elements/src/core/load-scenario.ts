/**
 * `loadScenario`: scenario text (YAML or JSON) to frames, never an exception. The loader's
 * issues become a `parse` error (the text itself) or a `validate` error (keys, names, policies),
 * with the first issue's line, column, path and hint on top and every issue below; declarations
 * the model refused become an `evaluate` error, and nothing is played, since the world would be
 * incomplete. Warnings come apart. Vocabulary is not checked against AWS's lists here: that
 * check is asynchronous and online, and loading stays synchronous and offline.
 */
import { load, replayWithWorld } from '@hatrack/scenario'
import { internalError, loadError, setupError, warningOf } from './errors.ts'
import { noteLoad } from './first-load.ts'
import { createLoaded } from './loaded.ts'
import type { Core } from './types.ts'

/** Loads and replays scenario text. */
export const loadScenario: Core['loadScenario'] = (source, options = {}) => {
  noteLoad()
  try {
    const fileName = options.fileName
    const loaded = load(source, fileName === undefined ? {} : { fileName })
    if (!loaded.ok) return { ok: false, error: loadError(loaded.issues) }
    const { trace, world } = replayWithWorld(loaded.scenario)
    if (trace.setup.errors.length > 0) return { ok: false, error: setupError(trace.setup.errors) }
    return {
      ok: true,
      loaded: createLoaded({
        source,
        ...(fileName === undefined ? {} : { fileName }),
        scenario: loaded.scenario,
        trace,
        world,
      }),
      warnings: loaded.warnings.map(warningOf),
    }
  } catch (error) {
    return { ok: false, error: internalError(error) }
  }
}
