/**
 * The tutorial part of the lazily loaded core, which the tutorial elements share. Never throws:
 * a failure becomes an {@link ElementError} to show.
 */
import { loadCore } from '../core/lazy.ts'
import type { TutorialCore } from '../core/challenge/types.ts'
import type { ElementError } from '../core/types.ts'
import { reason } from '../load/fetch-text.ts'

/** The tutorial core, or why it could not be loaded. */
export async function tutorialCore(): Promise<
  { ok: true; tutorial: TutorialCore } | { ok: false; error: ElementError }
> {
  try {
    const core = await loadCore()
    if (core.tutorial !== undefined) return { ok: true, tutorial: core.tutorial }
    return {
      ok: false,
      error: { type: 'fetch', message: 'this build of Hatrack has no tutorial core' },
    }
  } catch (e) {
    return {
      ok: false,
      error: {
        type: 'fetch',
        message: `could not load Hatrack's core module: ${reason(e)}`,
        hint: 'the core is a separate file next to the script: check that it is served too',
      },
    }
  }
}
