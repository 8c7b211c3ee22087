/**
 * What the player shows: frames at once under reduced motion, the dark theme, scenario strings
 * as text (never HTML), errors with line and column, the deep link, the text alternative, the
 * status region, and a stage that keeps its size while loading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { GraphView } from '../../src/graph/index.ts'
import { cleanup, inside, mount, record } from './fixture.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  document.documentElement.classList.remove('dark')
  history.replaceState(null, '', location.pathname + location.search)
})

/** Every element under `root`, through nested shadow roots. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)]
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot !== null) found.push(...deepAll(el.shadowRoot, selector))
  return found
}

describe('<hatrack-player> display', () => {
  it('animates one step forward, and applies seeks and steps back at once', async () => {
    const show = vi.spyOn(GraphView.prototype, 'show')
    const el = await mount(firstRole)
    el.next()
    expect(show.mock.lastCall?.[1]).toEqual({ animate: true, duration: 600 })
    el.seek(6)
    expect(show.mock.lastCall?.[1]).toEqual({ animate: false, duration: 0 })
    el.prev()
    expect(show.mock.lastCall?.[1]).toEqual({ animate: false, duration: 0 })
    el.speed = 2
    await el.updateComplete
    el.next()
    expect(show.mock.lastCall?.[1]).toEqual({ animate: true, duration: 300 })
  })

  it('applies every frame at once under reduced motion', async () => {
    const show = vi.spyOn(GraphView.prototype, 'show')
    const el = await mount(firstRole, { attributes: { 'data-reduced-motion': '' } })
    expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).toBe('0ms')
    el.next()
    expect(show.mock.lastCall?.[0]).toMatchObject({ index: 1 })
    expect(show.mock.lastCall?.[1]).toEqual({ animate: false, duration: 0 })
    const done = show.mock.results.at(-1)?.value as Promise<void>
    let settled = false
    void done.then(() => (settled = true))
    await Promise.resolve()
    await Promise.resolve()
    expect(settled).toBe(true)
  })

  it('follows the site into the dark theme, and tells its panels', async () => {
    const el = await mount(firstRole)
    const light = getComputedStyle(el).backgroundColor
    document.documentElement.classList.add('dark')
    await expect.poll(() => el.hasAttribute('data-dark')).toBe(true)
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(13, 17, 23)')
    expect(getComputedStyle(el).backgroundColor).not.toBe(light)
    await el.updateComplete
    expect(inside(el, 'hatrack-log').getAttribute('theme')).toBe('dark')
    document.documentElement.classList.remove('dark')
    await expect.poll(() => el.hasAttribute('data-dark')).toBe(false)
  })

  it('stays light with theme="light" on a dark site', async () => {
    document.documentElement.classList.add('dark')
    const el = await mount(firstRole, { attributes: { theme: 'light' } })
    expect(el.hasAttribute('data-dark')).toBe(false)
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 255, 255)')
  })

  it('renders names and narration from the scenario as text, never as HTML', async () => {
    const w = window as unknown as { __pwned?: number }
    const evil = firstRole
      .replace('title: Your first role', `title: '<img src=x onerror="window.__pwned=1"> role'`)
      .replace(
        '      A role has two parts.',
        '      <script>window.__pwned=2</script><img src=x onerror="window.__pwned=3"> A role has two parts.',
      )
      .replace('chapter: Before the switch', `chapter: '<b onmouseover="window.__pwned=4">B</b>'`)
      .replace(
        "description: Lets Omkar manage the company's RDS databases.",
        'description: \'<iframe src="javascript:window.__pwned=5"></iframe>\'',
      )
    const el = await mount(evil)
    expect(el.state).toBe('ready')
    expect(inside(el, '.title').textContent).toContain('<img src=x onerror="window.__pwned=1">')
    expect(inside(el, '[part="caption"]').textContent).toContain(
      '<script>window.__pwned=2</script>',
    )
    expect(inside(el, '.chapters').textContent).toContain('<b onmouseover')
    await el.updateComplete
    expect(deepAll(el.shadowRoot as ShadowRoot, 'img, script, iframe, b')).toEqual([])
    expect(w.__pwned).toBeUndefined()
  })

  it('shows a broken scenario with line and column, path, hint and every issue', async () => {
    const broken = firstRole.replace(
      "request: { action: iam:ListRoles, resource: 'arn:aws:iam::123456789012:role/' }",
      "request: { acton: iam:ListRoles, resource: 'arn:aws:iam::123456789012:role/' }",
    )
    const errors = record(document, ['hatrack-error'])
    const el = await mount(broken)
    expect(el.state).toBe('error')
    const box = inside(el, '[part="error"]')
    expect(box.getAttribute('role')).toBe('alert')
    const text = box.textContent?.replace(/\s+/g, ' ') ?? ''
    expect(text).toContain('The scenario is not valid')
    expect(text).toContain('line 45:16')
    expect(text).toContain('unknown key acton in request')
    expect(text).toContain('$.steps[0].request.acton')
    expect(text).toContain('did you mean action?')
    expect(box.querySelectorAll('.issues li')).toHaveLength(2)
    expect(errors[0]?.detail).toMatchObject({ type: 'validate', line: 45, column: 16 })
    await expect.element(page.getByRole('button', { name: 'Play' })).toBeDisabled()
  })

  it('shows a YAML syntax error and the fallback slot', async () => {
    const el = document.createElement('hatrack-player')
    el.innerHTML = '<p slot="fallback">See the scenario on GitHub.</p>'
    document.body.append(el)
    el.setAttribute('loading', 'eager')
    const failed = new Promise((resolve) => el.addEventListener('hatrack-error', resolve))
    el.scenario = 'hatrack: 1\ntitle: Broken\nsteps:\n  - id: a\n    say: [oops\n'
    await failed
    await el.updateComplete
    expect(inside(el, '[part="error"]').textContent).toContain('line 6:1')
    const slot = inside<HTMLSlotElement>(el, 'slot[name="fallback"]')
    expect(slot.assignedElements()[0]?.textContent).toBe('See the scenario on GitHub.')
  })

  it('reports a src that cannot be fetched', async () => {
    const el = document.createElement('hatrack-player')
    const failed = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('hatrack-error', resolve as EventListener),
    )
    el.setAttribute('loading', 'eager')
    el.setAttribute('src', 'https://invalid.invalid/nothing.yaml')
    document.body.append(el)
    const event = await failed
    expect(event.detail).toMatchObject({ type: 'fetch' })
    await el.updateComplete
    expect(inside(el, '[part="error"]').textContent).toContain('could not be fetched')
  })

  it('opens at the step of the deep link and keeps the link in step', async () => {
    history.replaceState(null, '', '#fr-step-4')
    // Questions off: step 5 asks one first (checkpoint.browser.test.ts covers that).
    const el = await mount(firstRole, { attributes: { id: 'fr', deeplink: '', nocheckpoints: '' } })
    expect(el.step).toBe(3)
    await page.getByRole('button', { name: 'Next step', exact: true }).click()
    expect(location.hash).toBe('#fr-step-5')
    el.seek(0)
    expect(location.hash).toBe('#fr-step-5')
    location.hash = '#fr-step-9'
    await expect.poll(() => el.step).toBe(8)
  })

  it('ignores the fragment without deeplink, and reads #step-N without an id', async () => {
    history.replaceState(null, '', '#step-3')
    const plain = await mount(firstRole)
    expect(plain.step).toBe(0)
    const linked = await mount(firstRole, { attributes: { deeplink: '' } })
    expect(linked.step).toBe(2)
  })

  it('takes a scenario set before the element upgraded, as the fence upgrader does', async () => {
    const other = document.implementation.createHTMLDocument('')
    const el = other.createElement('hatrack-player') as HTMLElement & { scenario?: string }
    el.setAttribute('loading', 'eager')
    el.setAttribute('step', '2')
    el.scenario = firstRole
    const loaded = new Promise((resolve) =>
      document.addEventListener('hatrack-load', resolve, { once: true }),
    )
    document.body.append(document.adoptNode(el))
    await loaded
    const player = el as unknown as HatrackPlayer
    expect([player.stepCount, player.step, player.scenario]).toEqual([13, 2, firstRole])
  })

  it('starts at the step attribute', async () => {
    const el = await mount(firstRole, { attributes: { step: '5' } })
    expect(el.step).toBe(5)
  })

  it('gives the picture its alt text and announces each step once', async () => {
    const el = await mount(firstRole, { attributes: { alt: 'Omkar switches to a role' } })
    expect(inside(el, 'svg[part="graph"]').getAttribute('aria-label')).toBe(
      'Omkar switches to a role',
    )
    el.next()
    await el.updateComplete
    const status = inside(el, '[role="status"]').textContent ?? ''
    expect(status).toContain('Step 2 of 13.')
    expect(status).toContain('He cannot create a database himself')
  })

  it('reserves the stage before loading: no layout shift', async () => {
    const el = document.createElement('hatrack-player') as HatrackPlayer
    el.style.width = '900px'
    el.setAttribute('loading', 'eager')
    document.body.append(el)
    await el.updateComplete
    const before = inside(el, '.stage').getBoundingClientRect()
    const loaded = new Promise((resolve) => el.addEventListener('hatrack-load', resolve))
    el.scenario = firstRole
    await loaded
    await el.updateComplete
    const after = inside(el, '.stage').getBoundingClientRect()
    expect(before.height).toBeGreaterThan(200)
    expect([after.top, after.height]).toEqual([before.top, before.height])
  })

  it('waits for the viewport before loading when lazy', async () => {
    const spacer = document.createElement('div')
    spacer.style.height = '5000px'
    document.body.append(spacer)
    const el = document.createElement('hatrack-player') as HatrackPlayer
    el.scenario = firstRole
    document.body.append(el)
    await el.updateComplete
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(el.state).toBe('idle')
    const loaded = new Promise((resolve) => el.addEventListener('hatrack-load', resolve))
    el.scrollIntoView()
    await loaded
    expect(el.state).toBe('ready')
    spacer.remove()
  })
})
