/**
 * The order of a player's first frame: the graph is drawn as the scenario loads, the side panels
 * (decision, log) come in the task after that frame is painted, and `updateComplete` waits for
 * them, so what ends up on screen is the same as when everything came at once.
 */
import { afterEach, describe, expect, it } from 'vitest'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { cleanup, inside, mount } from './fixture.ts'

afterEach(cleanup)

/** What the player's shadow root holds at one moment. */
function snapshot(el: HatrackPlayer) {
  const root = el.shadowRoot
  return {
    drawn: root?.querySelectorAll('[part~="node"]:not(.is-absent)').length ?? 0,
    log: root?.querySelector('hatrack-log') !== null,
  }
}

describe('<hatrack-player> first frame', () => {
  it('draws the graph on load, the side panels right after, and updateComplete waits for them', async () => {
    const el = document.createElement('hatrack-player')
    el.setAttribute('loading', 'eager')
    const atLoad = new Promise<ReturnType<typeof snapshot>>((resolve) =>
      el.addEventListener('hatrack-load', () => resolve(snapshot(el)), { once: true }),
    )
    el.scenario = firstRole
    document.body.append(el)
    const loaded = await atLoad
    expect(loaded.drawn).toBeGreaterThan(0)
    expect(loaded.log).toBe(false)
    await el.updateComplete
    expect(snapshot(el).log).toBe(true)
    expect(inside(el, 'aside.side').getAttribute('aria-label')).toBe('Decision and request log')
  })

  it('draws the panels of a second scenario after its graph too', async () => {
    const el = document.createElement('hatrack-player')
    el.setAttribute('loading', 'eager')
    el.scenario = firstRole
    document.body.append(el)
    await new Promise((resolve) => el.addEventListener('hatrack-load', resolve, { once: true }))
    await el.updateComplete
    const again = new Promise<ReturnType<typeof snapshot>>((resolve) =>
      el.addEventListener('hatrack-load', () => resolve(snapshot(el)), { once: true }),
    )
    el.scenario = `${firstRole}\n`
    const loaded = await again
    expect(loaded.drawn).toBeGreaterThan(0)
    expect(loaded.log).toBe(false)
    await el.updateComplete
    expect(snapshot(el).log).toBe(true)
  })

  it('opens a node’s details at once, even before the panels came', async () => {
    const el = document.createElement('hatrack-player')
    el.setAttribute('loading', 'eager')
    const opened = new Promise<boolean>((resolve) =>
      el.addEventListener(
        'hatrack-load',
        () => {
          const node = el.shadowRoot?.querySelector<SVGGElement>('[part~="node"]:not(.is-absent)')
          node?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
          void el.updateComplete.then(() =>
            resolve(el.shadowRoot?.querySelector('[part="details"]') !== null),
          )
        },
        { once: true },
      ),
    )
    el.scenario = firstRole
    document.body.append(el)
    expect(await opened).toBe(true)
  })

  it('draws the panels at once on a hidden page, where no frame is painted', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    try {
      const el = await mount(firstRole)
      expect(snapshot(el).log).toBe(true)
      expect(snapshot(el).drawn).toBeGreaterThan(0)
    } finally {
      delete (document as { visibilityState?: string }).visibilityState
    }
    expect(document.visibilityState).toBe('visible')
  })
})
