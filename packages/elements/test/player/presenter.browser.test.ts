/**
 * Presenter mode and full screen: `p` (focus inside the player) asks for full screen on the
 * player itself, `p` again or Escape leaves it, leaving full screen ends presenter mode, and a
 * refused request (a page without the permission) still gives large type and working keys.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { cleanup, inside, mount } from './fixture.ts'

afterEach(async () => {
  vi.restoreAllMocks()
  if (document.fullscreenElement !== null) await document.exitFullscreen()
  cleanup()
})

/** Presses `keys` with the focus on the player's stage. */
async function press(el: HatrackPlayer, keys: string): Promise<void> {
  inside(el, '.stage').focus()
  await userEvent.keyboard(keys)
}

/** A player in presenter mode, shown full screen. */
async function presenting(): Promise<HatrackPlayer> {
  const el = await mount(firstRole)
  await press(el, 'p')
  await expect.poll(() => document.fullscreenElement).toBe(el)
  expect(el.presenter).toBe(true)
  return el
}

describe('<hatrack-player> presenter mode', () => {
  it('asks for full screen on the player when p is pressed inside it', async () => {
    const el = await mount(firstRole)
    const request = vi.spyOn(el, 'requestFullscreen')
    await press(el, 'p')
    expect(request).toHaveBeenCalledTimes(1)
    await expect.poll(() => document.fullscreenElement).toBe(el)
    expect(el.hasAttribute('presenter')).toBe(true)
  })

  it('leaves full screen with p again', async () => {
    const el = await presenting()
    const exit = vi.spyOn(document, 'exitFullscreen')
    await press(el, 'p')
    expect(exit).toHaveBeenCalledTimes(1)
    await expect.poll(() => document.fullscreenElement).toBeNull()
    expect(el.presenter).toBe(false)
  })

  it('leaves full screen with Escape', async () => {
    const el = await presenting()
    const exit = vi.spyOn(document, 'exitFullscreen')
    await press(el, '{Escape}')
    expect(exit).toHaveBeenCalledTimes(1)
    await expect.poll(() => document.fullscreenElement).toBeNull()
    expect(el.presenter).toBe(false)
  })

  it('ends presenter mode when the reader leaves full screen another way', async () => {
    const el = await presenting()
    await document.exitFullscreen()
    await expect.poll(() => el.presenter).toBe(false)
  })

  it('keeps large type and the keys when full screen is refused, rejecting nothing', async () => {
    const el = await mount(firstRole)
    const normal = parseFloat(getComputedStyle(el).fontSize)
    const rejections: unknown[] = []
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason)
    window.addEventListener('unhandledrejection', onRejection)
    const refusal = new TypeError('Permissions check failed')
    const request = vi.spyOn(el, 'requestFullscreen').mockRejectedValue(refusal)
    await press(el, 'p')
    await new Promise((resolve) => setTimeout(resolve, 50))
    window.removeEventListener('unhandledrejection', onRejection)
    expect(request).toHaveBeenCalledTimes(1)
    expect(rejections).toEqual([])
    expect(document.fullscreenElement).toBeNull()
    expect(el.presenter).toBe(true)
    expect(parseFloat(getComputedStyle(el).fontSize)).toBe(normal * 1.5)
    await press(el, '.')
    expect(el.step).toBe(1)
    const exit = vi.spyOn(document, 'exitFullscreen')
    await press(el, 'p')
    expect(el.presenter).toBe(false)
    expect(exit).not.toHaveBeenCalled()
  })
})
