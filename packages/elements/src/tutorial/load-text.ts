/**
 * What the tutorial elements share to start: fetching a `src` URL's text, and the tutorial part
 * of the lazily loaded core. Never throws: failures become an {@link ElementError} to show.
 */
import { loadCore } from '../core/lazy.ts'
import type { TutorialCore } from '../core/challenge/types.ts'
import type { ElementError } from '../core/types.ts'

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** The text at `url` (resolved against `base`), or why it could not be fetched. */
export async function fetchText(
  url: string,
  base: string,
): Promise<{ ok: true; text: string } | { ok: false; error: ElementError }> {
  try {
    const response = await fetch(new URL(url, base))
    if (response.ok) return { ok: true, text: await response.text() }
    return {
      ok: false,
      error: {
        type: 'fetch',
        message: `\`${url}\` answered ${response.status} ${response.statusText}`.trim(),
        hint: 'check the `src` URL: it is resolved against the page',
      },
    }
  } catch (e) {
    return {
      ok: false,
      error: { type: 'fetch', message: `could not fetch \`${url}\`: ${reason(e)}` },
    }
  }
}

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

/** The file name at the end of a URL, for positions in error messages. */
export function fileNameOf(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0] ?? ''
  const name = path.slice(path.lastIndexOf('/') + 1)
  return name === '' ? undefined : name
}
