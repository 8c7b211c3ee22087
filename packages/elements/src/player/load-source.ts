/**
 * Loading a player's scenario: fetch the `src` URL (or take the `scenario` text), then hand it
 * to the lazily imported core, which parses, validates and replays it. Never throws: a failed
 * fetch, a core that cannot be imported or a bad scenario all become an {@link ElementError}.
 */
import type { ElementError, Loaded } from '../core/types.ts'
import { loadCore } from '../core/lazy.ts'
import { fetchText, fileNameOf, reason } from '../load/fetch-text.ts'

/** Where a scenario comes from. */
export type ScenarioSource =
  | { readonly kind: 'text'; readonly text: string; readonly fileName?: string }
  | { readonly kind: 'url'; readonly url: string }

/** A loaded scenario, or why it is not. */
export type LoadOutcome =
  | { readonly ok: true; readonly loaded: Loaded }
  | { readonly ok: false; readonly error: ElementError }

/** Loads and replays `source`; `base` resolves a relative URL (the document's base URI). */
export async function loadSource(
  source: ScenarioSource,
  base: string,
  signal: AbortSignal,
): Promise<LoadOutcome> {
  // The core comes while the text is fetched (a failure is met below, or by the next load).
  const coming = loadCore()
  coming.catch(() => undefined)
  let text: string
  let fileName: string | undefined
  if (source.kind === 'url') {
    const fetched = await fetchText(source.url, base, signal)
    if (!fetched.ok) return fetched
    text = fetched.text
    fileName = fileNameOf(source.url)
  } else {
    text = source.text
    fileName = source.fileName
  }
  let core: Awaited<ReturnType<typeof loadCore>>
  try {
    core = await coming
  } catch (e) {
    return {
      ok: false,
      error: {
        type: 'fetch',
        message: `could not load the player's core module: ${reason(e)}`,
        hint: 'the core is a separate file next to the player script: check that it is served too',
      },
    }
  }
  try {
    const result = core.loadScenario(text, fileName === undefined ? {} : { fileName })
    return result.ok ? { ok: true, loaded: result.loaded } : { ok: false, error: result.error }
  } catch (e) {
    return {
      ok: false,
      error: {
        type: 'evaluate',
        message: `the player's core failed: ${reason(e)}`,
        hint: 'this is a bug in Hatrack, not in the scenario: please report it with the scenario',
      },
    }
  }
}
