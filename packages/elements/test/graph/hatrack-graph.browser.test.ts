import { userEvent } from 'vitest/browser'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import cli from '../../../../scenarios/03-cli.yaml?raw'
import chaining from '../../../../scenarios/10-role-chaining.yaml?raw'
import crossAccount from '../../../../scenarios/11-cross-account.yaml?raw'
import mfa from '../../../../scenarios/19-mfa-protected-role.yaml?raw'
import { HatrackGraph } from '../../src/components/hatrack-graph.ts'
import { loadCore } from '../../src/core/lazy.ts'
import type { ElementError } from '../../src/core/types.ts'

if (customElements.get('hatrack-graph') === undefined) {
  customElements.define('hatrack-graph', HatrackGraph)
}

const omkar = 'arn:aws:iam::123456789012:user/omkar'
const rds = 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS'

let element: HatrackGraph | undefined

// The first import of the core compiles YAML, the model and the engine in the dev server: slow
// on a cold cache, so it happens here, with room, rather than inside the first test.
beforeAll(async () => {
  await loadCore()
}, 120_000)

afterEach(() => {
  element?.remove()
  element = undefined
})

/** Mounts a graph with `text` and waits for its load or error event. */
async function mount(text: string, step?: number): Promise<{ el: HatrackGraph; event: Event }> {
  const el = document.createElement('hatrack-graph')
  element = el
  if (step !== undefined) el.step = step
  const settled = new Promise<Event>((resolve) => {
    el.addEventListener('hatrack-load', resolve, { once: true })
    el.addEventListener('hatrack-error', resolve, { once: true })
  })
  el.scenario = text
  document.body.append(el)
  const event = await settled
  await el.updateComplete
  return { el, event }
}

const root = (el: HatrackGraph): ShadowRoot => el.shadowRoot!
const nodeOf = (el: HatrackGraph, id: string): SVGGElement => {
  const found = [...root(el).querySelectorAll<SVGGElement>('svg.canvas g.node')].find(
    (g) => g.dataset['id'] === id,
  )
  if (found === undefined) throw new Error(`no node ${id}`)
  return found
}
const edgesOf = (el: HatrackGraph): SVGGElement[] => [
  ...root(el).querySelectorAll<SVGGElement>('svg.canvas g.edge'),
]

describe('<hatrack-graph>', () => {
  it('draws who can assume what, with a sentence per trust edge', async () => {
    const { el, event } = await mount(cli)
    expect(event.type).toBe('hatrack-load')
    expect((event as CustomEvent<{ title: string }>).detail.title).toBe(
      'Assuming a role from the CLI',
    )
    const trust = edgesOf(el).filter((g) => g.classList.contains('edge--trust'))
    expect(trust.map((g) => g.dataset['id'])).toContain(`trust:${omkar}->${rds}`)
    expect(nodeOf(el, rds).style.opacity).toBe('1')
    const sentences = [...root(el).querySelectorAll('ul.visually-hidden li')].map(
      (li) => li.textContent,
    )
    expect(sentences).toContain('omkar can assume AWSIAMRoleForRDS')
    expect(root(el).querySelector('.legend')?.textContent).toContain('role')
  })

  it('marks a conditional edge with what it requires', async () => {
    const { el } = await mount(mfa)
    const conditional = edgesOf(el).filter((g) => g.classList.contains('is-conditional'))
    expect(conditional.length).toBeGreaterThan(0)
    expect(conditional[0]?.querySelector('.edge-badge-text')?.textContent).toContain('MFA')
    const sentences = [...root(el).querySelectorAll('ul.visually-hidden li')].map(
      (li) => li.textContent,
    )
    expect(sentences).toContain('omkar can assume BreakGlassAdmin (MFA required)')
  })

  it('highlights the paths through a node on focus and on hover', async () => {
    const { el } = await mount(crossAccount)
    const lambda = 'lambda.amazonaws.com'
    const anonymizer = 'arn:aws:iam::111111111111:role/AnonymizerRole'
    const reporter = 'arn:aws:iam::111111111111:role/ReporterRole'
    const writer = 'arn:aws:iam::222222222222:role/UatStreamWriter'
    const edge = (id: string): SVGGElement => edgesOf(el).find((g) => g.dataset['id'] === id)!
    nodeOf(el, anonymizer).focus()
    expect(nodeOf(el, lambda).classList.contains('is-highlighted')).toBe(true)
    expect(nodeOf(el, writer).classList.contains('is-highlighted')).toBe(true)
    expect(edge(`trust:${anonymizer}->${writer}`).classList.contains('is-highlighted')).toBe(true)
    expect(edge(`trust:${lambda}->${anonymizer}`).classList.contains('is-highlighted')).toBe(true)
    expect(nodeOf(el, reporter).classList.contains('is-dimmed')).toBe(true)
    expect(edge(`trust:${lambda}->${reporter}`).classList.contains('is-dimmed')).toBe(true)
    nodeOf(el, anonymizer).blur()
    expect(nodeOf(el, reporter).classList.contains('is-dimmed')).toBe(false)
    await userEvent.hover(nodeOf(el, reporter).querySelector('.node-shape')!)
    expect(nodeOf(el, lambda).classList.contains('is-highlighted')).toBe(true)
    expect(nodeOf(el, writer).classList.contains('is-dimmed')).toBe(true)
  })

  it('follows role chains when highlighting', async () => {
    const { el } = await mount(chaining)
    const deploy = 'arn:aws:iam::123456789012:role/DeployRole'
    const devops = 'arn:aws:iam::123456789012:role/DevOpsRole'
    nodeOf(el, deploy).focus()
    expect(nodeOf(el, devops).classList.contains('is-highlighted')).toBe(true)
    expect(nodeOf(el, omkar).classList.contains('is-highlighted')).toBe(true)
    expect(edgesOf(el)).toHaveLength(3)
    expect(edgesOf(el).every((g) => g.classList.contains('is-highlighted'))).toBe(true)
  })

  it('fires hatrack-nodeselect when a focused node gets Enter', async () => {
    const { el } = await mount(cli, 2)
    const selected = new Promise<CustomEvent<{ id: string; step: number }>>((resolve) =>
      el.addEventListener('hatrack-nodeselect', resolve, { once: true }),
    )
    nodeOf(el, rds).focus()
    await userEvent.keyboard('{Enter}')
    const { detail } = await selected
    expect(detail).toEqual({ id: rds, step: 2 })
  })

  it('shows a broken scenario’s error with its line and column', async () => {
    const broken = 'hatrack: 1\ntitle: Broken\naccounts:\n  main: { id: "123456789012"\nusers: [\n'
    const { el, event } = await mount(broken)
    expect(event.type).toBe('hatrack-error')
    const detail = (event as CustomEvent<ElementError>).detail
    expect(detail.line).toBeTypeOf('number')
    expect(detail.column).toBeTypeOf('number')
    const box = root(el).querySelector('[part="error"]')
    expect(box).not.toBeNull()
    expect(box?.textContent).toContain(`${detail.line}:${detail.column}`)
    expect(box?.textContent).toContain(detail.message)
    expect(root(el).querySelector<HTMLElement>('figure')?.hidden).toBe(true)
  })

  it('clamps `step` to the scenario and follows the `theme` attribute', async () => {
    const { el } = await mount(cli, 99)
    expect(el.currentStep).toBe(el.loaded!.frames.frames.length - 1)
    el.step = -5
    await el.updateComplete
    expect(el.currentStep).toBe(-1)
    el.setAttribute('theme', 'dark')
    await el.updateComplete
    expect(el.hasAttribute('data-dark')).toBe(true)
    el.setAttribute('theme', 'light')
    await el.updateComplete
    expect(el.hasAttribute('data-dark')).toBe(false)
  })

  it('shows a fetch error when `src` cannot be loaded', async () => {
    const el = document.createElement('hatrack-graph')
    element = el
    const failed = new Promise<CustomEvent<ElementError>>((resolve) =>
      el.addEventListener('hatrack-error', resolve, { once: true }),
    )
    el.src = '/no-such-scenario.yaml'
    document.body.append(el)
    const { detail } = await failed
    await el.updateComplete
    expect(detail.type).toBe('fetch')
    expect(root(el).querySelector('[part="error"]')?.textContent).toContain('no-such-scenario.yaml')
  })
})
