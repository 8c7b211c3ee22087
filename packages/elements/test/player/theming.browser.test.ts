/**
 * Theming the player from the page (player.md, docs/embedding/theming.md): its `title` and
 * `actions` slots show the page's own content, and `--hatrack-*` properties set on the host
 * reach the pieces they document.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { cleanup, inside, mount } from './fixture.ts'

afterEach(cleanup)

/** Appends `child` to the player under `slot`, once the player rendered it. */
async function slotted<E extends HTMLElement>(el: HatrackPlayer, slot: string, child: E) {
  child.slot = slot
  el.append(child)
  await el.updateComplete
  return child
}

/** Whether `inner` lies wholly inside `outer` on the page. */
function within(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect()
  const b = outer.getBoundingClientRect()
  return (
    a.width > 0 && a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom
  )
}

describe('<hatrack-player> slots', () => {
  it('shows the title slot in place of the scenario’s title', async () => {
    const el = await mount(firstRole)
    expect(inside(el, '.title').getClientRects()).toHaveLength(1)
    const title = document.createElement('span')
    title.textContent = 'Omkar’s first day'
    await slotted(el, 'title', title)
    await expect.element(page.getByText('Omkar’s first day')).toBeVisible()
    expect(within(title, inside(el, 'header'))).toBe(true)
    expect(inside(el, '.title').getClientRects()).toHaveLength(0)
  })

  it('shows the actions slot inside the controls', async () => {
    const el = await mount(firstRole)
    const share = document.createElement('button')
    share.textContent = 'Share'
    await slotted(el, 'actions', share)
    await expect.element(page.getByRole('button', { name: 'Share' })).toBeVisible()
    expect(within(share, inside(el, '[part="controls"]'))).toBe(true)
  })
})

describe('<hatrack-player> custom properties', () => {
  it('--hatrack-aspect sets the stage’s aspect ratio', async () => {
    const ratio = (el: HatrackPlayer) => {
      const box = inside(el, '.stage').getBoundingClientRect()
      return box.width / box.height
    }
    expect(ratio(await mount(firstRole))).toBeCloseTo(16 / 10, 1)
    cleanup()
    expect(ratio(await mount(firstRole, { style: '--hatrack-aspect: 2 / 1' }))).toBeCloseTo(2, 1)
  })

  it('--hatrack-node-role colours the role nodes (part node-role)', async () => {
    const el = await mount(firstRole, { style: '--hatrack-node-role: rgb(1, 2, 3)' })
    const role = inside(el, 'svg[part="graph"] [part~="node-role"] [part="node-shape"]')
    expect(getComputedStyle(role).stroke).toBe('rgb(1, 2, 3)')
    const user = inside(el, 'svg[part="graph"] [part~="node-user"] [part="node-shape"]')
    expect(getComputedStyle(user).stroke).not.toBe('rgb(1, 2, 3)')
  })
})
