/**
 * How large the player draws a layout: fitted to its picture, but never past FIT_MOST times its
 * size at the text's size, so a small scenario is not drawn in giant type. The SVG is held to
 * that size and centred; a large scenario still fills the picture.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { HatrackGraph } from '../../src/components/hatrack-graph.ts'
import { WARM_UP_SCENARIO } from '../../src/core/warm-up.ts'
import { FIT_MOST } from '../../src/graph/fit-scale.ts'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import crossAccount from '../../../../scenarios/11-cross-account.yaml?raw'
import { cleanup, mount } from '../player/fixture.ts'

if (customElements.get('hatrack-graph') === undefined) {
  customElements.define('hatrack-graph', HatrackGraph)
}

afterEach(() => {
  cleanup()
  for (const el of document.querySelectorAll('hatrack-graph')) el.remove()
})

/** The player's picture: its SVG, the layout's size (the viewBox) and the box it sits in. */
function picture(el: HatrackPlayer) {
  const svg = el.shadowRoot?.querySelector<SVGSVGElement>('svg.graph')
  const panes = el.shadowRoot?.querySelector<HTMLElement>('.panes')
  if (svg === null || svg === undefined || panes === null || panes === undefined)
    throw new Error('the player has no picture')
  const box = svg.viewBox.baseVal
  return { svg: svg.getBoundingClientRect(), panes: panes.getBoundingClientRect(), box }
}

describe('fitting the layout to the picture', () => {
  it('draws a small scenario at most FIT_MOST times its size, centred', async () => {
    const el = await mount(WARM_UP_SCENARIO, {
      attributes: { nopanels: '' },
      style: 'width: 1000px',
    })
    const { svg, panes, box } = picture(el)
    // The picture could take it twice as large: the limit is what holds it.
    expect(panes.width / box.width).toBeGreaterThan(FIT_MOST * 1.2)
    const scale = Math.min(svg.width / box.width, svg.height / box.height)
    expect(scale).toBeLessThanOrEqual(FIT_MOST + 0.01)
    expect(scale).toBeGreaterThan(FIT_MOST - 0.05)
    expect(Math.abs(svg.left + svg.width / 2 - (panes.left + panes.width / 2))).toBeLessThan(1)
    expect(Math.abs(svg.top + svg.height / 2 - (panes.top + panes.height / 2))).toBeLessThan(1)
  })

  it('lets presenter mode, with its larger text, draw it larger too', async () => {
    const plain = picture(
      await mount(WARM_UP_SCENARIO, { attributes: { nopanels: '' }, style: 'width: 1600px' }),
    )
    cleanup()
    const el = await mount(WARM_UP_SCENARIO, {
      attributes: { nopanels: '', presenter: '' },
      style: 'width: 1600px',
    })
    const presented = picture(el)
    expect(presented.svg.width).toBeGreaterThan(plain.svg.width * 1.3)
  })

  it('fills the picture with a scenario too large for the limit', async () => {
    const el = await mount(crossAccount, { style: 'width: 1000px' })
    const { svg, panes } = picture(el)
    expect(Math.abs(svg.width - panes.width)).toBeLessThan(1)
    expect(Math.abs(svg.height - panes.height)).toBeLessThan(1)
  })

  it('holds <hatrack-graph> to the same largest width, centred in its figure', async () => {
    const el = document.createElement('hatrack-graph')
    el.style.setProperty('display', 'block')
    el.style.setProperty('width', '1200px')
    const loaded = new Promise((resolve) => el.addEventListener('hatrack-load', resolve))
    el.scenario = WARM_UP_SCENARIO
    document.body.append(el)
    await loaded
    await el.updateComplete
    const svg = el.shadowRoot?.querySelector<SVGSVGElement>('svg.canvas')
    if (svg === null || svg === undefined) throw new Error('no canvas')
    const { width } = svg.getBoundingClientRect()
    const box = svg.viewBox.baseVal
    expect(width / box.width).toBeLessThanOrEqual(FIT_MOST + 0.01)
    expect(width / box.width).toBeGreaterThan(FIT_MOST - 0.05)
    const figure = svg.parentElement?.getBoundingClientRect()
    const rect = svg.getBoundingClientRect()
    expect(
      Math.abs(rect.left + rect.width / 2 - ((figure?.left ?? 0) + (figure?.width ?? 0) / 2)),
    ).toBeLessThan(1)
  })
})
