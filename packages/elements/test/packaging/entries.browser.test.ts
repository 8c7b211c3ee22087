/**
 * The package's two entries in a page: the main one (`src/index.ts`) exports the classes and
 * defines no tag; `src/define.ts` defines every tag with its class. Vitest runs each browser test
 * file in an iframe of its own (`isolate`), so nothing but this file has touched this window's
 * registry: it imports neither entry statically, and nothing else here defines a tag.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from 'vitest/browser'

/** Every tag of the package, in `define.ts`'s order. */
const TAGS = [
  'hatrack-player',
  'hatrack-graph',
  'hatrack-policy',
  'hatrack-decision',
  'hatrack-log',
  'hatrack-table',
  'hatrack-details',
  'hatrack-challenge',
  'hatrack-sandbox',
  'hatrack-progress',
  'hatrack-editor',
]

afterEach(() => vi.restoreAllMocks())

describe('the package entries', () => {
  it('runs in a window of its own', () => {
    expect(server.config.browser.isolate).toBe(true)
    expect(window.parent).not.toBe(window)
  })

  it('the main entry exports the classes and defines no tag', async () => {
    const define = vi.spyOn(customElements, 'define')
    const entry = await import('../../src/index.ts')
    expect(typeof entry.HatrackPlayer).toBe('function')
    expect(define).not.toHaveBeenCalled()
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeUndefined()
  })

  it('define.ts defines every tag, each with the class the main entry exports', async () => {
    const entry = await import('../../src/index.ts')
    await import('../../src/define.ts')
    expect(TAGS.map((tag) => customElements.get(tag))).toEqual([
      entry.HatrackPlayer,
      entry.HatrackGraph,
      entry.HatrackPolicy,
      entry.HatrackDecision,
      entry.HatrackLog,
      entry.HatrackTable,
      entry.HatrackDetails,
      entry.HatrackChallenge,
      entry.HatrackSandbox,
      entry.HatrackProgress,
      entry.HatrackEditor,
    ])
  })
})
