import { userEvent } from 'vitest/browser'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { GraphView, legendItems, nodeShapePath, renderLegend } from '../../src/graph/index.ts'
import { arn, call, edge, frame, htmlLabel, kinds, layout } from './fixtures.ts'

const NS = 'http://www.w3.org/2000/svg'

let svg: SVGSVGElement
let group: SVGGElement
let view: GraphView
let onSelect: ReturnType<typeof vi.fn<(id: string) => void>>
let onHover: ReturnType<typeof vi.fn<(id: string | null) => void>>

const node = (id: string): SVGGElement => {
  const found = [...group.querySelectorAll<SVGGElement>('g.node')].find(
    (g) => g.dataset['id'] === id,
  )
  if (found === undefined) throw new Error(`no node ${id}`)
  return found
}
const edgeEl = (id: string): SVGGElement | undefined =>
  [...group.querySelectorAll<SVGGElement>('g.edge')].find((g) => g.dataset['id'] === id)
const glyph = (): SVGGElement => group.querySelector<SVGGElement>('.call-glyph')!

beforeEach(() => {
  svg = document.createElementNS(NS, 'svg')
  svg.setAttribute('width', '900')
  svg.setAttribute('height', '400')
  group = document.createElementNS(NS, 'g')
  svg.append(group)
  document.body.append(svg)
  onSelect = vi.fn<(id: string) => void>()
  onHover = vi.fn<(id: string | null) => void>()
  view = new GraphView(group, { onSelect, onHover })
  view.setLayout(layout)
})

afterEach(() => {
  view.destroy()
  svg.remove()
})

describe('GraphView.setLayout', () => {
  it('draws every node once, with its kind class, shape and label as text', () => {
    const drawn = group.querySelectorAll('g.node')
    expect(drawn).toHaveLength(layout.nodes.length)
    for (const kind of kinds) {
      const g = node(`kind:${kind}`)
      expect(g.classList.contains(`node--${kind}`)).toBe(true)
      expect(g.querySelector('.node-shape')?.getAttribute('d')).toBe(nodeShapePath(kind, 18))
      expect(g.querySelector('.node-label')?.textContent).toBe(`a ${kind}`)
    }
  })

  it('keeps an HTML label as text: no element is created from it', () => {
    const label = node(arn.evil).querySelector('.node-label')
    expect(label?.textContent).toBe(htmlLabel)
    expect(label?.children).toHaveLength(0)
    expect(document.querySelector('img')).toBeNull()
    expect(group.querySelector('img, foreignObject')).toBeNull()
  })

  it('gives nodes distinct shapes by kind', () => {
    const paths = new Set(kinds.filter((k) => k !== 'anonymous').map((k) => nodeShapePath(k, 18)))
    expect(paths.size).toBe(kinds.length - 1)
  })

  it('draws a lane band with its label per lane', () => {
    const labels = [...group.querySelectorAll('.lane-label')].map((t) => t.textContent)
    expect(labels).toEqual(['main (123456789012)', 'outside AWS accounts'])
  })

  it('makes each node a labelled button, hidden until a frame shows it', () => {
    const g = node(arn.rds)
    expect(g.getAttribute('role')).toBe('button')
    expect(g.getAttribute('part')).toContain('node')
    expect(g.getAttribute('aria-label')).toBe(`AWSIAMRoleForRDS, role, ${arn.rds}`)
    expect(g.getAttribute('aria-hidden')).toBe('true')
    expect(g.style.opacity).toBe('0')
  })
})

describe('GraphView.show', () => {
  it('applies node presence between frames', async () => {
    await view.show(frame([arn.omkar, arn.rds]), { animate: false, duration: 0 })
    expect(node(arn.omkar).style.opacity).toBe('1')
    expect(node(arn.omkar).getAttribute('tabindex')).toBe('0')
    expect(node(arn.omkar).hasAttribute('aria-hidden')).toBe(false)
    expect(node(arn.bucket).classList.contains('is-absent')).toBe(true)
    await view.show(frame([arn.bucket]), { animate: true, duration: 30 })
    expect(node(arn.omkar).style.opacity).toBe('0')
    expect(node(arn.omkar).getAttribute('tabindex')).toBe('-1')
    expect(node(arn.bucket).style.opacity).toBe('1')
    expect(node(arn.bucket).classList.contains('is-absent')).toBe(false)
  })

  it('neither lays out nor paints an absent node, except while it fades out', async () => {
    const display = (id: string) => getComputedStyle(node(id)).display
    expect(display(arn.omkar)).toBe('none')
    await view.show(frame([arn.omkar]), { animate: false, duration: 0 })
    expect(display(arn.omkar)).not.toBe('none')
    const leaving = view.show(frame([arn.bucket]), { animate: true, duration: 60 })
    expect(node(arn.omkar).classList.contains('is-absent')).toBe(true)
    expect(display(arn.omkar)).not.toBe('none')
    expect(display(arn.bucket)).not.toBe('none')
    await leaving
    expect(display(arn.omkar)).toBe('none')
    // A seek in the middle of a fade settles it: the node leaves the layout at once.
    void view.show(frame([]), { animate: true, duration: 10_000 })
    await view.show(frame([arn.rds]), { animate: false, duration: 0 })
    expect(display(arn.bucket)).toBe('none')
    expect(display(arn.rds)).not.toBe('none')
  })

  it('draws a second layout anew, even where it has the nodes of the first', async () => {
    await view.show(frame([arn.omkar, arn.rds]), { animate: false, duration: 0 })
    const moved = layout.nodes.map((box) =>
      box.id === arn.omkar ? { ...box, x: box.x + 100, label: 'omkar (moved)' } : box,
    )
    view.setLayout({ ...layout, nodes: moved })
    const g = node(arn.omkar)
    const box = moved.find((b) => b.id === arn.omkar)!
    expect(g.getAttribute('transform')).toBe(`translate(${box.x},${box.y})`)
    expect(g.querySelector('.node-label')?.textContent).toBe('omkar (moved)')
    expect(g.classList.contains('is-absent')).toBe(true)
    expect(g.getAttribute('tabindex')).toBe('-1')
    expect(g.getAttribute('aria-hidden')).toBe('true')
    expect(group.querySelectorAll('g.node')).toHaveLength(layout.nodes.length)
    await view.show(frame([arn.omkar]), { animate: false, duration: 0 })
    onHover.mockClear()
    view.focusNode(arn.omkar)
    expect(onHover.mock.calls).toEqual([[arn.omkar]])
  })

  it('gives the focus to the stage around the graph when the focused node leaves the frame', async () => {
    const stage = document.createElement('div')
    stage.tabIndex = 0
    document.body.append(stage)
    stage.append(svg)
    await view.show(frame([arn.omkar, arn.rds]), { animate: false, duration: 0 })
    view.focusNode(arn.omkar)
    expect(document.activeElement).toBe(node(arn.omkar))
    await view.show(frame([arn.rds]), { animate: true, duration: 30 })
    expect(document.activeElement).toBe(stage)
    // Asked to focus a node absent at this step, the graph focuses the stage instead.
    view.focusNode(arn.rds)
    view.focusNode(arn.omkar)
    expect(document.activeElement).toBe(stage)
    stage.remove()
  })

  it("shows a session's time to live, and an expired session struck through and in words", async () => {
    const live = {
      id: arn.session,
      present: true,
      changed: false,
      status: 'active',
      ttl: '59m 30s left',
    } as const
    await view.show(frame([], [], undefined, { [arn.session]: live }), {
      animate: false,
      duration: 0,
    })
    const g = node(arn.session)
    expect(g.querySelector('.node-ttl')?.textContent?.trim()).toBe('59m 30s left')
    // On a line of its own under the label, centred under the shape: the side of the shape
    // stays free for the calls the session makes.
    const ttlBox = g.querySelector<SVGTSpanElement>('.node-ttl')!.getBBox()
    const shapeBox = g.querySelector<SVGPathElement>('.node-shape')!.getBBox()
    expect(ttlBox.y).toBeGreaterThan(shapeBox.y + shapeBox.height)
    expect(Math.abs(ttlBox.x + ttlBox.width / 2)).toBeLessThan(2)
    // In the label's family, with digits of one width: no second family for the first frame to
    // look up (a monospace stack costs a page one font lookup per name it tries).
    const ttlStyle = getComputedStyle(g.querySelector('.node-ttl')!)
    expect(ttlStyle.fontFamily).toBe(getComputedStyle(g.querySelector('.node-label')!).fontFamily)
    expect(ttlStyle.fontVariantNumeric).toBe('tabular-nums')
    expect(g.classList.contains('is-expired')).toBe(false)
    const dead = { ...live, status: 'expired', ttl: 'expired' } as const
    await view.show(frame([], [], undefined, { [arn.session]: dead }), {
      animate: false,
      duration: 0,
    })
    expect(g.querySelector('.node-ttl')?.textContent?.trim()).toBe('expired')
    expect(g.classList.contains('is-expired')).toBe(true)
    expect(getComputedStyle(g.querySelector('.node-strike')!).display).not.toBe('none')
    expect(g.getAttribute('aria-label')).toContain('expired')
  })

  it('joins edges by id, each kind drawn with its own class and head', async () => {
    const trust = edge('trust', arn.omkar, arn.rds, { conditional: true, requires: ['MFA'] })
    const assume = edge('assume', arn.omkar, arn.rds)
    const denial = edge('denial', arn.omkar, arn.bucket)
    const on = [arn.omkar, arn.rds, arn.bucket]
    await view.show(frame(on, [trust, assume, denial]), { animate: false, duration: 0 })
    const t = edgeEl(trust.id)!
    expect(t.classList.contains('edge--trust')).toBe(true)
    expect(t.classList.contains('is-conditional')).toBe(true)
    expect(t.querySelector('.edge-badge-text')?.textContent).toBe('MFA')
    expect(t.querySelector('path')?.getAttribute('marker-end')).toMatch(/-trust\)$/)
    expect(edgeEl(assume.id)?.querySelector('path')?.getAttribute('marker-end')).toMatch(
      /-assume\)$/,
    )
    expect(edgeEl(denial.id)?.querySelector('path')?.getAttribute('marker-end')).toMatch(
      /-denial\)$/,
    )
    expect(getComputedStyle(t.querySelector('path')!).strokeDasharray).not.toBe('none')
    expect(getComputedStyle(edgeEl(assume.id)!.querySelector('path')!).strokeDasharray).toBe('none')
    expect(t.querySelector('path')?.getAttribute('d')).not.toBe(
      edgeEl(assume.id)?.querySelector('path')?.getAttribute('d'),
    )
    expect(edgeEl(assume.id)?.querySelector('.edge-badge-text')).toBeNull()
    const same = edgeEl(trust.id)
    await view.show(frame(on, [trust]), { animate: true, duration: 20 })
    expect(edgeEl(trust.id)).toBe(same)
    // The same edge, no longer conditional, loses its badge; conditional again, it has it back.
    await view.show(frame(on, [{ ...trust, conditional: false, requires: [] }]), {
      animate: false,
      duration: 0,
    })
    expect(edgeEl(trust.id)?.querySelector('.edge-badge-text')).toBeNull()
    await view.show(frame(on, [trust]), { animate: false, duration: 0 })
    const badge = edgeEl(trust.id)?.querySelector('.edge-badge-text')
    expect(badge?.textContent).toBe('MFA')
    expect(Number(badge?.getAttribute('x'))).toBeGreaterThan(0)
    expect(badge?.nextElementSibling?.tagName).toBe('title')
    expect(edgeEl(assume.id)).toBeUndefined()
    expect(edgeEl(denial.id)).toBeUndefined()
  })

  it("keeps a call's glyph and label off the name of the node it reaches", async () => {
    // A session one row under the role it assumes (role chaining): the call arrives from below,
    // where the role's name is written.
    const chain = edge('assume', arn.session, arn.rds, { current: true })
    const reach = call({
      edge: chain.id,
      from: arn.session,
      to: arn.rds,
      status: 'allowed',
      decision: 'allowed',
      gate: 'trust',
      glyph: '✓',
      label: 'allowed · trust',
    })
    await view.show(frame([arn.session, arn.rds], [chain], reach), {
      animate: false,
      duration: 0,
    })
    const name = node(arn.rds).querySelector<SVGTextElement>('.node-label')!.getBoundingClientRect()
    const disc = glyph().querySelector('.call-glyph-disc')!.getBoundingClientRect()
    const label = glyph().querySelector('.call-label')!.getBoundingClientRect()
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    expect(glyph().dataset['end']).toBe('target')
    expect(meet(disc, name)).toBe(false)
    expect(meet(label, name)).toBe(false)
  })

  it("ends a call in its glyph and label at the gate's end of the edge", async () => {
    const request = edge('request', arn.omkar, arn.bucket, { current: true })
    const on = [arn.omkar, arn.bucket]
    await view.show(frame(on, [request], call({})), { animate: false, duration: 0 })
    expect(glyph().querySelector('.call-glyph-mark')?.textContent).toBe('✗')
    expect(glyph().querySelector('.call-label')?.textContent).toBe('explicit deny · SCP')
    expect(glyph().dataset['end']).toBe('caller')
    expect(glyph().classList.contains('is-explicit-deny')).toBe(true)
    const caller = glyph().getAttribute('transform')
    await view.show(
      frame(on, [request], call({ gate: 'resource', label: 'explicit deny · resource' })),
      { animate: false, duration: 0 },
    )
    expect(glyph().dataset['end']).toBe('target')
    expect(glyph().getAttribute('transform')).not.toBe(caller)
    await view.show(
      frame(
        on,
        [request],
        call({
          status: 'allowed',
          decision: 'allowed',
          gate: 'identity',
          glyph: '✓',
          label: 'allowed · identity',
        }),
      ),
      { animate: false, duration: 0 },
    )
    expect(glyph().dataset['end']).toBe('target')
    expect(glyph().querySelector('.call-glyph-mark')?.textContent).toBe('✓')
    await view.show(frame(on, [request]), { animate: false, duration: 0 })
    expect(group.querySelector<SVGGElement>('.call')?.style.display).toBe('none')
  })

  it('animates a call to its end and resolves when done', async () => {
    const request = edge('request', arn.omkar, arn.bucket, { current: true })
    const shown = view.show(frame([arn.omkar, arn.bucket], [request], call({})), {
      animate: true,
      duration: 60,
    })
    expect(group.querySelector<SVGCircleElement>('.call-token')?.style.opacity).toBe('1')
    expect(glyph().style.opacity).toBe('0')
    await shown
    expect(glyph().style.opacity).toBe('1')
    expect(group.querySelector<SVGCircleElement>('.call-token')?.style.opacity).toBe('0')
  })

  it('applies a frame at once on a seek, even in the middle of an animation', async () => {
    const request = edge('request', arn.omkar, arn.bucket)
    const slow = view.show(frame([arn.omkar, arn.bucket], [request], call({})), {
      animate: true,
      duration: 10_000,
    })
    const seek = view.show(frame([arn.rds], [], call({ from: arn.rds, to: arn.bucket })), {
      animate: false,
      duration: 0,
    })
    expect(node(arn.rds).style.opacity).toBe('1')
    expect(node(arn.omkar).style.opacity).toBe('0')
    expect(node(arn.bucket).style.opacity).toBe('0')
    expect(edgeEl(request.id)).toBeUndefined()
    expect(glyph().style.opacity).toBe('1')
    await expect(seek).resolves.toBeUndefined()
    await expect(slow).resolves.toBeUndefined()
  })

  it('pulses changed nodes only when animating', async () => {
    const changed = { id: arn.rds, present: true, changed: true }
    const shown = view.show(frame([], [], undefined, { [arn.rds]: changed }), {
      animate: true,
      duration: 40,
    })
    expect(node(arn.rds).querySelector<SVGPathElement>('.node-pulse')?.style.opacity).toBe('0.9')
    expect(node(arn.omkar).querySelector<SVGPathElement>('.node-pulse')?.style.opacity).toBe('')
    await shown
  })
})

describe('GraphView interaction', () => {
  it('selects a focused node with Enter or Space, and a clicked one', async () => {
    await view.show(frame([arn.omkar, arn.rds]), { animate: false, duration: 0 })
    view.focusNode(arn.rds)
    expect(document.activeElement).toBe(node(arn.rds))
    expect(onHover).toHaveBeenLastCalledWith(arn.rds)
    await userEvent.keyboard('{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith(arn.rds)
    view.focusNode(arn.omkar)
    await userEvent.keyboard(' ')
    expect(onSelect).toHaveBeenLastCalledWith(arn.omkar)
    expect(onSelect).toHaveBeenCalledTimes(2)
    node(arn.rds).dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(onSelect).toHaveBeenLastCalledWith(arn.rds)
  })

  it('reaches nodes with Tab and reports hover', async () => {
    await view.show(frame([arn.omkar]), { animate: false, duration: 0 })
    const before = document.createElement('button')
    document.body.prepend(before)
    before.focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(node(arn.omkar))
    before.remove()
    await userEvent.hover(node(arn.omkar).querySelector('.node-shape')!)
    expect(onHover).toHaveBeenLastCalledWith(arn.omkar)
  })

  it('reports the pointer entering and leaving a node once, not at each part inside it', async () => {
    await view.show(frame([arn.omkar, arn.rds]), { animate: false, duration: 0 })
    onHover.mockClear()
    await userEvent.hover(node(arn.omkar).querySelector('.node-shape')!)
    await userEvent.hover(node(arn.omkar).querySelector('.node-label')!)
    expect(onHover.mock.calls).toEqual([[arn.omkar]])
    await userEvent.hover(node(arn.rds).querySelector('.node-shape')!)
    expect(onHover.mock.calls).toEqual([[arn.omkar], [null], [arn.rds]])
    await userEvent.unhover(node(arn.rds).querySelector('.node-shape')!)
    expect(onHover).toHaveBeenLastCalledWith(null)
    node(arn.rds)
      .querySelector('.node-label')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(onSelect).toHaveBeenLastCalledWith(arn.rds)
  })

  it('leaves the layer itself out of the tab order and unclickable', async () => {
    await view.show(frame([arn.omkar]), { animate: false, duration: 0 })
    const layer = group.querySelector<SVGGElement>('g.nodes')
    layer?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(onSelect).not.toHaveBeenCalled()
    expect(layer?.tabIndex).toBe(-1)
  })

  it('dims what is outside a highlight', async () => {
    const trust = edge('trust', arn.omkar, arn.rds)
    await view.show(frame([arn.omkar, arn.rds, arn.bucket], [trust]), {
      animate: false,
      duration: 0,
    })
    view.highlight({ nodes: new Set([arn.omkar, arn.rds]), edges: new Set([trust.id]) })
    expect(node(arn.bucket).classList.contains('is-dimmed')).toBe(true)
    expect(node(arn.rds).classList.contains('is-highlighted')).toBe(true)
    expect(edgeEl(trust.id)?.classList.contains('is-highlighted')).toBe(true)
    view.highlight(null)
    expect(node(arn.bucket).classList.contains('is-dimmed')).toBe(false)
  })

  it('fits the layout to the viewport', () => {
    svg.setAttribute('width', '450')
    svg.setAttribute('height', '400')
    view.fit()
    expect(group.getAttribute('transform')).toBe('translate(0,100) scale(0.5)')
  })
})

describe('renderLegend', () => {
  it('shows every node shape and edge kind with words', () => {
    const host = document.createElement('div')
    document.body.append(host)
    renderLegend(host)
    const items = host.querySelectorAll('li')
    expect(items).toHaveLength(legendItems.length)
    expect([...items].map((li) => li.textContent?.trim())).toContain('role')
    expect(host.querySelectorAll('.node-shape')).toHaveLength(kinds.length)
    expect(host.querySelectorAll('.edge--denial .edge-line')).toHaveLength(1)
    host.remove()
  })
})

describe('GraphView at scale', () => {
  it('fades 200 nodes in and out, one transition each, and settles every one', async () => {
    const many = {
      width: 2000,
      height: 1000,
      lanes: layout.lanes,
      nodes: Array.from({ length: 200 }, (_, i) => ({
        id: `arn:aws:iam::123456789012:role/r${i}`,
        kind: 'role' as const,
        label: `r${i}`,
        lane: 'main',
        x: 50 + (i % 20) * 95,
        y: 50 + Math.floor(i / 20) * 95,
        r: 18,
      })),
    }
    view.setLayout(many)
    const nodes = Object.fromEntries(
      many.nodes.map((n) => [n.id, { id: n.id, present: true, changed: true }]),
    )
    const edges = many.nodes.slice(1).map((n, i) => edge('trust', many.nodes[i]!.id, n.id))
    await view.show({ nodes, edges }, { animate: true, duration: 40 })
    const drawn = [...group.querySelectorAll<SVGGElement>('g.node')]
    expect(drawn).toHaveLength(200)
    expect(drawn.every((g) => g.style.opacity === '1')).toBe(true)
    expect(group.querySelectorAll('g.edge')).toHaveLength(199)
    await view.show({ nodes: {}, edges: [] }, { animate: true, duration: 40 })
    expect(drawn.every((g) => g.style.opacity === '0')).toBe(true)
    expect(group.querySelectorAll('g.edge')).toHaveLength(0)
  })
})
