/**
 * The player under the system's own settings, emulated in Chromium through the DevTools protocol
 * (not the `data-reduced-motion` test hook): `prefers-reduced-motion: reduce` applies each step
 * at once, and `prefers-color-scheme: dark` makes a player dark on a page with no theme toggle.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cdp } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { GraphView } from '../../src/graph/index.ts'
import { ANIMATING } from '../../src/graph/motion.ts'
import { cleanup, inside, mount } from './fixture.ts'

/** Emulates the media features `features` (name → value) for the page; none resets them. */
async function emulate(features: Readonly<Record<string, string>> = {}): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  })
}

afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  document.documentElement.removeAttribute('data-theme')
  await emulate()
})

/** The graph's elements animating now. */
const animating = (el: HatrackPlayer) => inside(el, 'svg.graph').querySelectorAll(`.${ANIMATING}`)

describe('<hatrack-player> and prefers-reduced-motion', () => {
  it('zeroes the duration token under reduce, and keeps it without', async () => {
    const el = await mount(firstRole)
    expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).toBe('600ms')
    await emulate({ 'prefers-reduced-motion': 'reduce' })
    expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).toBe('0ms')
  })

  it('applies a step at once under reduce: no transition runs', async () => {
    await emulate({ 'prefers-reduced-motion': 'reduce' })
    const show = vi.spyOn(GraphView.prototype, 'show')
    const el = await mount(firstRole)
    el.next()
    expect(show.mock.lastCall?.[1]).toEqual({ animate: false, duration: 0 })
    expect(animating(el)).toHaveLength(0)
  })

  it('animates the same step without it', async () => {
    await emulate({ 'prefers-reduced-motion': 'no-preference' })
    const show = vi.spyOn(GraphView.prototype, 'show')
    const el = await mount(firstRole)
    el.next()
    expect(show.mock.lastCall?.[1]).toEqual({ animate: true, duration: 600 })
    expect(animating(el).length).toBeGreaterThan(0)
  })
})

describe('<hatrack-player> and prefers-color-scheme', () => {
  it('is dark on a page with no theme of its own when the system is', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' })
    const el = await mount(firstRole)
    expect(el.hasAttribute('data-dark')).toBe(true)
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(13, 17, 23)')
  })

  it('follows the system switching while it shows', async () => {
    const el = await mount(firstRole)
    expect(el.hasAttribute('data-dark')).toBe(false)
    await emulate({ 'prefers-color-scheme': 'dark' })
    await expect.poll(() => el.hasAttribute('data-dark')).toBe(true)
    await emulate({ 'prefers-color-scheme': 'light' })
    await expect.poll(() => el.hasAttribute('data-dark')).toBe(false)
  })

  it('lets the site’s own light toggle win over a dark system', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' })
    document.documentElement.setAttribute('data-theme', 'light')
    const el = await mount(firstRole)
    expect(el.hasAttribute('data-dark')).toBe(false)
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 255, 255)')
  })
})
