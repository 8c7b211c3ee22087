import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import type { HatrackLog } from '../../src/panels/index.ts'
import { firstRoleScenario, framesOf, mount, shadow, words } from './fixtures.ts'

async function firstRoleLog(current: number): Promise<HatrackLog> {
  const frames = framesOf(firstRoleScenario())
  return mount('hatrack-log', { entries: frames.log, current })
}

function entries(log: HatrackLog): HTMLElement[] {
  return [...shadow(log).querySelectorAll<HTMLElement>('[part~="entry"]')]
}

describe('<hatrack-log>', () => {
  it('lists every entry oldest first, with its outcome in a glyph and words', async () => {
    const log = await firstRoleLog(4)
    const frames = framesOf(firstRoleScenario())
    const shown = entries(log)
    expect(shown.map((entry) => Number(entry.dataset['step']))).toEqual(
      frames.log.map((entry) => entry.step),
    )
    expect(shadow(log).querySelector('ol[part="log"]')).toBeTruthy()
    const listRoles = shown.find(
      (entry) => words(entry).includes('iam:ListRoles') && entry.dataset['status'] === 'denied',
    )
    expect(words(listRoles)).toContain('⊘ Implicit deny · Identity-based policies')
  })

  it('marks the current step with aria-current="step"', async () => {
    const log = await firstRoleLog(4)
    const current = shadow(log).querySelectorAll('[aria-current="step"]')
    expect(current).toHaveLength(1)
    expect((current[0] as HTMLElement).dataset['step']).toBe('4')
  })

  it('expands an entry into its message', async () => {
    const log = await firstRoleLog(4)
    const entry = shadow(log).querySelector<HTMLElement>('[data-step="4"]')
    const details = entry?.querySelector('details')
    expect(details?.open).toBe(false)
    await userEvent.click(entry?.querySelector('summary') as HTMLElement)
    expect(details?.open).toBe(true)
    expect(words(details?.querySelector('.message'))).toContain(
      'because no identity-based policy allows the iam:ListRoles action',
    )
  })

  it('filters by outcome with native radio buttons', async () => {
    const log = await firstRoleLog(0)
    const root = shadow(log)
    const all = entries(log).length
    const radio = (value: string) => root.querySelector<HTMLInputElement>(`input[value="${value}"]`)
    await userEvent.click(radio('denied') as HTMLInputElement)
    await log.updateComplete
    const denied = entries(log)
    expect(denied.length).toBeGreaterThan(0)
    expect(denied.length).toBeLessThan(all)
    expect(denied.every((entry) => entry.dataset['status'] === 'denied')).toBe(true)
    await userEvent.click(radio('allowed') as HTMLInputElement)
    await log.updateComplete
    expect(entries(log).every((entry) => entry.dataset['status'] === 'allowed')).toBe(true)
    expect(log.filter).toBe('allowed')
    await userEvent.click(radio('errors') as HTMLInputElement)
    await log.updateComplete
    expect(entries(log)).toHaveLength(0)
    expect(words(root.querySelector('.empty'))).toBe('No entries match this filter.')
    await userEvent.click(radio('all') as HTMLInputElement)
    await log.updateComplete
    expect(entries(log)).toHaveLength(all)
  })

  it('dispatches a bubbling, composed hatrack-seek when an entry is chosen', async () => {
    const log = await firstRoleLog(0)
    const seen: number[] = []
    document.body.addEventListener('hatrack-seek', (event) => seen.push(event.detail.step), {
      once: true,
    })
    const button = shadow(log).querySelector<HTMLButtonElement>('[data-step="6"] button')
    expect(button?.textContent?.trim()).toBe('Step 7')
    await userEvent.click(button as HTMLButtonElement)
    expect(seen).toEqual([6])
  })
})
