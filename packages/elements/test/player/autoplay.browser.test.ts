/**
 * `autoplay`, as the docs site's front page uses it: a player with the attribute starts playing
 * once its scenario is loaded (not before) and moves on by itself; a player without it stays
 * paused at the first step however long it waits.
 */
import { afterEach, describe, expect, it } from 'vitest'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import { cleanup, mount, record } from './fixture.ts'

afterEach(cleanup)

/** No reading pause and no animation: playback moves on as fast as it can. */
const FAST = { attributes: { 'data-reduced-motion': '' }, style: '--hatrack-pause: 0ms' }

const names = (seen: readonly { name: string }[]) => seen.map((e) => e.name)

describe('<hatrack-player autoplay>', () => {
  it('starts playing once loaded, at the first step, and moves on by itself', async () => {
    const seen = record(document, ['hatrack-load', 'hatrack-play', 'hatrack-stepchange'])
    const el = await mount(firstRole, { ...FAST, attributes: { ...FAST.attributes, autoplay: '' } })
    expect(el.autoplay).toBe(true)
    expect(names(seen).slice(0, 2)).toEqual(['hatrack-load', 'hatrack-play'])
    expect(seen[1]?.detail).toEqual({ step: 0 })
    await expect.poll(() => el.step).toBeGreaterThanOrEqual(1)
    expect(seen[2]).toMatchObject({
      name: 'hatrack-stepchange',
      detail: { step: 1, previousStep: 0, source: 'playback' },
    })
    // Step 2 asks its question first: playback waits there, as a reader would.
    await expect.poll(() => el.state).toBe('asking')
    expect(el.step).toBe(1)
  })

  it('stays paused at the first step without it', async () => {
    const seen = record(document, ['hatrack-play', 'hatrack-stepchange'])
    const el = await mount(firstRole, FAST)
    expect(el.autoplay).toBe(false)
    // Long enough for a playing player to be several steps on (the test above takes a few ms).
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect([el.state, el.paused, el.step]).toEqual(['ready', true, 0])
    expect(seen).toEqual([])
  })
})
