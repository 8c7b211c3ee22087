/**
 * Screenshots of the player's key states, compared with committed references (written on the
 * first run): the first frame, a denial with its decision panel, the error box, a prediction
 * checkpoint asked and revealed, the dark theme.
 * Reduced motion and a fixed width keep them stable.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { cleanup, mount } from './fixture.ts'

afterEach(() => {
  cleanup()
  document.documentElement.classList.remove('dark')
})

const still = { 'data-reduced-motion': '', theme: 'light' }

/** Waits until the player and the panels inside it have rendered. */
async function settled(el: HatrackPlayer): Promise<void> {
  await el.updateComplete
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? [])
    await (child as Partial<HatrackPlayer>).updateComplete
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
}

describe('<hatrack-player> screenshots', () => {
  it('the first frame', async () => {
    const el = await mount(firstRole, { attributes: still, style: 'width: 960px' })
    await settled(el)
    await expect.element(page.elementLocator(el)).toMatchScreenshot('player-first-frame')
  })

  it('a denial with the decision panel', async () => {
    const el = await mount(firstRole, { attributes: still, style: 'width: 960px' })
    el.seek(4)
    await settled(el)
    await expect.element(page.elementLocator(el)).toMatchScreenshot('player-denial')
  })

  it('the error state', async () => {
    const broken = firstRole.replace('action: iam:ListRoles', 'acton: iam:ListRoles')
    const el = await mount(broken, { attributes: still, style: 'width: 960px' })
    expect(el.state).toBe('error')
    await settled(el)
    await expect.element(page.elementLocator(el)).toMatchScreenshot('player-error')
  })

  it('a prediction checkpoint asking before its step', async () => {
    const el = await mount(firstRole, { attributes: still, style: 'width: 960px' })
    el.seek(1)
    el.next()
    expect(el.state).toBe('asking')
    await settled(el)
    await expect.element(page.elementLocator(el)).toMatchScreenshot('player-checkpoint-asking')
  })

  it('a prediction checkpoint revealed', async () => {
    const el = await mount(firstRole, { attributes: still, style: 'width: 960px' })
    el.seek(1)
    el.next()
    el.answer(1)
    expect(el.state).toBe('revealed')
    await settled(el)
    await expect.element(page.elementLocator(el)).toMatchScreenshot('player-checkpoint-revealed')
  })

  it('the dark theme', async () => {
    document.documentElement.classList.add('dark')
    const el = await mount(firstRole, {
      attributes: { 'data-reduced-motion': '' },
      style: 'width: 960px',
    })
    el.seek(2)
    await settled(el)
    expect(el.hasAttribute('data-dark')).toBe(true)
    await expect.element(page.elementLocator(el)).toMatchScreenshot('player-dark')
  })
})
