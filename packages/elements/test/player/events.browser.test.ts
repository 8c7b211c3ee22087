/**
 * The player's events, seen from the page: they bubble out of the shadow root with their
 * details; the decision of a step; node selection and details on demand; presenter mode.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import { cleanup, inside, mount, record } from './fixture.ts'

afterEach(cleanup)

describe('<hatrack-player> events', () => {
  it('announces the load with the title and the step count', async () => {
    const seen = record(document, ['hatrack-load'])
    await mount(firstRole)
    expect(seen).toEqual([
      { name: 'hatrack-load', detail: { title: 'Your first role', stepCount: 13 }, composed: true },
    ])
  })

  it('dispatches step changes that reach the document, with their source', async () => {
    const el = await mount(firstRole)
    const seen = record(document, ['hatrack-stepchange'])
    await page.getByRole('button', { name: 'Next step', exact: true }).click()
    el.seek(5)
    el.next()
    expect(seen.map((e) => e.detail)).toEqual([
      { step: 1, previousStep: 0, source: 'user' },
      { step: 5, previousStep: 1, source: 'api' },
      { step: 6, previousStep: 5, source: 'api' },
    ])
    expect(seen.every((e) => e.composed)).toBe(true)
  })

  it('dispatches play and pause out of the shadow root', async () => {
    const el = await mount(firstRole)
    const seen = record(document, ['hatrack-play', 'hatrack-pause'])
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    expect(seen.map((e) => [e.name, e.detail])).toEqual([
      ['hatrack-play', { step: 0 }],
      ['hatrack-pause', { step: 0 }],
    ])
    expect(el.paused).toBe(true)
  })

  it('dispatches the decision of a step with a call', async () => {
    const el = await mount(firstRole)
    const seen = record(document, ['hatrack-decision'])
    el.next()
    expect(seen).toHaveLength(1)
    const detail = seen[0]?.detail as {
      step: number
      call: { glyph: string; action: string; status: string }
      decision?: { decision: string; gate?: string }
    }
    expect(detail.step).toBe(1)
    expect(detail.call.action).toBe('rds:CreateDBInstance')
    expect([detail.call.status, detail.call.glyph]).toEqual(['denied', '✗'])
    expect(detail.decision?.decision).toBe('implicitDeny')
  })

  it('shows the decision panel for a denied step', async () => {
    const el = await mount(firstRole)
    el.seek(4)
    await el.updateComplete
    const panel = inside(el, 'hatrack-decision[part="decision"]')
    expect(panel.shadowRoot?.textContent).toContain('no identity-based policy allows')
  })

  it('opens details when a node is chosen, and Escape closes them', async () => {
    const el = await mount(firstRole)
    el.seek(2)
    await el.updateComplete
    const seen = record(document, ['hatrack-nodeselect'])
    const role = el.shadowRoot?.querySelector<SVGGElement>('.node[data-kind="role"]')
    expect(role).toBeTruthy()
    await page.elementLocator(role as Element).click()
    expect(seen).toHaveLength(1)
    const detail = seen[0]?.detail as { id: string; step: number }
    expect(detail.step).toBe(2)
    expect(detail.id).toBe(role?.getAttribute('data-id'))
    await el.updateComplete
    const details = inside(el, '[part="details"] hatrack-details')
    await expect.poll(() => details.shadowRoot?.textContent ?? '').toContain('AWSIAMRoleForRDS')
    await userEvent.keyboard('{Escape}')
    await el.updateComplete
    expect(el.shadowRoot?.querySelector('[part="details"]')).toBeNull()
  })

  it('seeks when an entry of the request log is chosen, without leaking its event', async () => {
    const el = await mount(firstRole)
    el.seek(6)
    await el.updateComplete
    const leaked = record(document, ['hatrack-stepchange'])
    let seekEvents = 0
    document.addEventListener('hatrack-seek', () => (seekEvents += 1))
    const log = inside(el, 'hatrack-log')
    await (log as unknown as { updateComplete: Promise<unknown> }).updateComplete
    const entryButton = log.shadowRoot?.querySelector<HTMLButtonElement>('button.seek')
    expect(entryButton).toBeTruthy()
    entryButton?.click()
    await el.updateComplete
    expect(leaked[0]?.detail).toMatchObject({ previousStep: 6, source: 'user' })
    expect(el.step).toBe((leaked[0]?.detail as { step: number }).step)
    expect(seekEvents).toBe(0)
  })

  it('enters presenter mode with p and leaves it with Escape', async () => {
    const el = await mount(firstRole)
    inside(el, '.stage').focus()
    await userEvent.keyboard('p')
    await expect.poll(() => el.hasAttribute('presenter')).toBe(true)
    await userEvent.keyboard('{PageDown}')
    expect(el.step).toBe(1)
    if (document.fullscreenElement !== el) inside(el, '.stage').focus()
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => el.hasAttribute('presenter')).toBe(false)
  })
})
