/**
 * The player's transport in a real browser: the buttons, the keys while the focus is inside (and
 * not outside), the timeline and chapters, playback to the end and around a loop.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { cleanup, inside, mount, record } from './fixture.ts'

afterEach(cleanup)

const caption = (el: HatrackPlayer) => inside(el, '[part="caption"]').textContent ?? ''
const counter = (el: HatrackPlayer) => inside(el, '.counter').textContent ?? ''
const button = (name: string) => page.getByRole('button', { name, exact: true })

describe('<hatrack-player> transport', () => {
  it('loads paused at the first step: no autoplay by default', async () => {
    const el = await mount(firstRole)
    const events = record(el, ['hatrack-play'])
    expect(el.state).toBe('ready')
    expect([el.paused, el.playing, el.ended]).toEqual([true, false, false])
    expect([el.step, el.stepCount]).toEqual([0, 13])
    expect(counter(el)).toContain('Step 1 of 13')
    expect(caption(el)).toContain('A role has two parts.')
    await expect.element(button('Play')).toBeVisible()
    expect(events).toEqual([])
  })

  it('moves with next, previous, last and first, and the caption follows', async () => {
    const el = await mount(firstRole)
    await button('Next step').click()
    expect(el.step).toBe(1)
    expect(counter(el)).toContain('Step 2 of 13')
    expect(caption(el)).toContain('He cannot create a database himself')
    await button('Previous step').click()
    expect(el.step).toBe(0)
    await button('Last step').click()
    expect(el.step).toBe(12)
    expect(caption(el)).toContain('he switches again and gets a fresh session')
    await expect.element(button('Next step')).toBeDisabled()
    await button('First step').click()
    expect(el.step).toBe(0)
    await expect.element(button('Previous step')).toBeDisabled()
  })

  it('plays and pauses from the one button, which always shows', async () => {
    const el = await mount(firstRole)
    await button('Play').click()
    expect(el.state).toBe('playing')
    await expect.element(button('Pause')).toBeVisible()
    await button('Pause').click()
    expect(el.state).toBe('ready')
    await expect.element(button('Play')).toBeVisible()
  })

  it('answers the keys while the focus is inside', async () => {
    // Questions off: the keys' own behaviour (checkpoint.browser.test.ts has the questions').
    const el = await mount(firstRole, { attributes: { nocheckpoints: '' } })
    inside(el, '.stage').focus()
    await userEvent.keyboard('.')
    expect(el.step).toBe(1)
    await userEvent.keyboard('{ArrowRight}')
    expect(el.step).toBe(2)
    await userEvent.keyboard(',')
    expect(el.step).toBe(1)
    await userEvent.keyboard('{End}')
    expect(el.step).toBe(12)
    await userEvent.keyboard('{Home}')
    expect(el.step).toBe(0)
    await userEvent.keyboard('{PageDown}')
    expect(el.step).toBe(1)
    await userEvent.keyboard(']')
    expect(el.step).toBe(2)
    await userEvent.keyboard(']')
    expect(el.step).toBe(7)
    await userEvent.keyboard('[[')
    expect(el.step).toBe(2)
    await userEvent.keyboard(' ')
    expect(el.state).toBe('playing')
    await userEvent.keyboard(' ')
    expect(el.state).toBe('ready')
  })

  it('ignores the keys while the focus is outside the player', async () => {
    const el = await mount(firstRole)
    const outside = document.createElement('button')
    outside.textContent = 'outside'
    document.body.prepend(outside)
    outside.focus()
    await userEvent.keyboard('.{ArrowRight}{End}')
    expect(el.step).toBe(0)
    outside.remove()
  })

  it('ignores the keys with nohotkeys, but not the buttons', async () => {
    const el = await mount(firstRole, { attributes: { nohotkeys: '' } })
    inside(el, '.stage').focus()
    await userEvent.keyboard('.')
    expect(el.step).toBe(0)
    await button('Next step').click()
    expect(el.step).toBe(1)
  })

  it('lets a focused button keep Space, and the range input keep its arrows', async () => {
    const el = await mount(firstRole)
    inside(el, 'button.next').focus()
    await userEvent.keyboard(' ')
    expect([el.step, el.state]).toEqual([1, 'ready'])
    inside(el, 'input[type="range"]').focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(el.step).toBe(2)
  })

  it('seeks with the timeline, pausing playback, and steps back from there', async () => {
    const el = await mount(firstRole)
    el.play()
    const range = inside<HTMLInputElement>(el, 'input[part="timeline"]')
    range.value = '7'
    range.dispatchEvent(new Event('input', { bubbles: true }))
    await el.updateComplete
    expect([el.step, el.state]).toEqual([7, 'ready'])
    expect(counter(el)).toContain('Step 8 of 13')
    expect(counter(el)).toContain('Switching back')
    expect(caption(el)).toContain('Switch back returns to the user')
    await button('Previous step').click()
    expect(el.step).toBe(6)
    expect(range.value).toBe('6')
    expect(caption(el)).toContain('Enhanced monitoring')
  })

  it('jumps to a chapter from its button', async () => {
    const el = await mount(firstRole)
    await page.getByRole('button', { name: 'Only the named user' }).click()
    expect(el.step).toBe(10)
    expect(caption(el)).toContain("Maria's own policy")
  })

  it('plays to the end: play, one step change per step, pause, ended', async () => {
    const el = await mount(firstRole, {
      attributes: { 'data-reduced-motion': '', speed: '2', nocheckpoints: '' },
      style: '--hatrack-pause: 0ms',
    })
    el.seek(9)
    const events = record(el, [
      'hatrack-play',
      'hatrack-stepchange',
      'hatrack-pause',
      'hatrack-ended',
    ])
    el.play()
    await expect.poll(() => el.state).toBe('ended')
    expect(el.step).toBe(12)
    expect(el.ended).toBe(true)
    expect(events.map((e) => e.name)).toEqual([
      'hatrack-play',
      'hatrack-stepchange',
      'hatrack-stepchange',
      'hatrack-stepchange',
      'hatrack-pause',
      'hatrack-ended',
    ])
    expect(events[1]?.detail).toEqual({ step: 10, previousStep: 9, source: 'playback' })
    el.play()
    expect([el.step, el.state]).toEqual([0, 'playing'])
    el.pause()
  })

  it('goes around with loop, and the loop button toggles it', async () => {
    // Questions off: playback would stop before step 3 (checkpoint.browser.test.ts).
    const el = await mount(firstRole, {
      attributes: { 'data-reduced-motion': '', nocheckpoints: '' },
      style: '--hatrack-pause: 0ms',
    })
    await page.getByRole('button', { name: 'Loop' }).click()
    expect(el.loop).toBe(true)
    el.seek(11)
    const steps = record(el, ['hatrack-stepchange'])
    el.play()
    await expect.poll(() => steps.length).toBeGreaterThanOrEqual(3)
    el.pause()
    expect(steps.slice(0, 2).map((e) => (e.detail as { step: number }).step)).toEqual([12, 0])
    expect(el.state).toBe('ready')
  })

  it('changes the speed from the select', async () => {
    const el = await mount(firstRole)
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Speed' }), '2')
    expect(el.speed).toBe(2)
    expect(el.getAttribute('speed')).toBe('2')
  })

  it('switches to the table view with t and back', async () => {
    const el = await mount(firstRole)
    inside(el, '.stage').focus()
    await userEvent.keyboard('t')
    expect(el.view).toBe('table')
    await el.updateComplete
    expect(inside(el, 'svg.graph').hasAttribute('hidden')).toBe(true)
    expect(inside(el, '[part="table"]')).toBeTruthy()
    await userEvent.keyboard('t')
    expect(el.view).toBe('graph')
    await button('Both').click()
    expect(el.getAttribute('view')).toBe('split')
    expect(inside(el, 'svg.graph').hasAttribute('hidden')).toBe(false)
    expect(inside(el, '[part="table"]')).toBeTruthy()
  })

  it('shows the help overlay with ? and closes it with Escape', async () => {
    const el = await mount(firstRole)
    inside(el, '.stage').focus()
    await userEvent.keyboard('?')
    await expect.element(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await userEvent.keyboard('{Escape}')
    await el.updateComplete
    expect(el.shadowRoot?.querySelector('.help')).toBeNull()
  })
})
