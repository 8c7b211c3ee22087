/**
 * A lazy player a few screens down the page has the core warmed for it, and still waits for
 * the viewport to load. In a file of its own: each browser test file gets a fresh page, so no
 * earlier test has loaded a scenario (which makes the warm-up pointless) or warmed the core.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadCore } from '../../src/core/lazy.ts'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import { cleanup } from './fixture.ts'

afterEach(cleanup)

describe('a lazy player a few screens away', () => {
  it('has the core warmed once, while idle, and loads only near the viewport', async () => {
    const core = await loadCore()
    const warmUp = vi.spyOn(core, 'warmUp')
    const spacer = document.createElement('div')
    spacer.style.height = `${innerHeight + 800}px`
    document.body.prepend(spacer)
    scrollTo(0, 0)
    const el = document.createElement('hatrack-player') as HatrackPlayer
    el.scenario = firstRole
    document.body.append(el)
    await vi.waitFor(() => expect(warmUp).toHaveBeenCalled(), { timeout: 5000, interval: 50 })
    expect(warmUp).toHaveBeenCalledTimes(1)
    expect(warmUp.mock.results[0]?.value).toBe(true)
    expect(el.state).toBe('idle')
    const loaded = new Promise((resolve) => el.addEventListener('hatrack-load', resolve))
    el.scrollIntoView()
    await loaded
    expect(el.state).toBe('ready')
    expect(warmUp).toHaveBeenCalledTimes(1)
    spacer.remove()
  })
})
