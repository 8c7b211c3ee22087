/**
 * `<hatrack-sandbox>` in a real browser: a malformed edit shows its error at line and column
 * while the last good run stays (marked stale) and nothing breaks; edits re-run once typing
 * stops; fork keeps the steps up to the current one; undo and reset; one policy edited in
 * policy mode; the share link round trip.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import { cleanup, create, inside, mountSandbox } from './fixture.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  history.replaceState(null, '', location.pathname + location.search)
})

const stepLines = (text: string) =>
  text.split('\n').filter((line) => /^ {2}- id:/.test(line)).length

describe('<hatrack-sandbox>', () => {
  it('keeps the last good run on a malformed edit, shows the error at its line and column, and recovers', async () => {
    const bystander = create('hatrack-player', { loading: 'eager' })
    bystander.scenario = firstRole
    const el = await mountSandbox(firstRole)
    const player = el.player
    const before = player?.loaded
    expect(before?.frames.frames.length).toBe(stepLines(firstRole))

    const broken = firstRole.replace('title: Your first role', 'title: [Your first role')
    await page.elementLocator(el).getByRole('textbox').fill(broken)
    await expect.poll(() => el.stale, { timeout: 3000 }).toBe(true)
    const issues = inside(el, 'hatrack-editor >>> .issues')
    expect(issues.textContent).toMatch(/line \d+, column \d+/)
    expect(inside(el, 'hatrack-editor >>> textarea').getAttribute('aria-invalid')).toBe('true')
    expect(inside(el, '.stale-note').textContent).toContain('last run')
    expect(el.player).toBe(player)
    expect(player?.loaded).toBe(before)
    expect(player?.state).not.toBe('error')
    await expect.poll(() => bystander.loaded !== undefined, { timeout: 20_000 }).toBe(true)

    const renamed = firstRole.replace('title: Your first role', 'title: Renamed role')
    await page.elementLocator(el).getByRole('textbox').fill(renamed)
    await expect
      .poll(() => el.player?.loaded?.frames.trace.scenario.title, { timeout: 5000 })
      .toBe('Renamed role')
    expect(el.stale).toBe(false)
    expect(el.shadowRoot?.querySelector('.stale-note')).toBeNull()
  })

  it('forks at the current step, and undo and reset bring the steps back', async () => {
    const el = await mountSandbox(firstRole)
    el.player?.seek(2)
    await page.getByRole('button', { name: 'Fork at this step' }).click()
    expect(stepLines(el.value)).toBe(3)
    expect(el.value).toContain('# yaml-language-server')
    await expect.poll(() => el.player?.stepCount, { timeout: 5000 }).toBe(3)
    await expect.poll(() => el.player?.step).toBe(2)
    expect(inside(el, '.message').getAttribute('role')).toBe('status')
    await expect.poll(() => inside(el, '.message').textContent).toMatch(/Forked at step 3/)

    await page.getByRole('button', { name: 'Undo' }).click()
    expect(el.value).toBe(firstRole)
    await page.getByRole('button', { name: 'Redo' }).click()
    expect(stepLines(el.value)).toBe(3)
    await page.getByRole('button', { name: 'Reset' }).click()
    expect(el.value).toBe(firstRole)
    await expect.poll(() => el.player?.stepCount, { timeout: 5000 }).toBe(stepLines(firstRole))
  })

  it('runs on Ctrl+Enter without waiting', async () => {
    const el = await mountSandbox(firstRole)
    const area = page.elementLocator(el).getByRole('textbox')
    el.value = firstRole.replace('title: Your first role', 'title: Keyed')
    await area.click()
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    expect(el.played).toContain('title: Keyed')
  })

  it('edits one policy in policy mode, with errors placed in the policy', async () => {
    const el = await mountSandbox(firstRole, {
      mode: 'policy',
      target: 'role:AWSIAMRoleForRDS/trust',
    })
    expect(JSON.parse(el.value)).toHaveProperty('Statement')
    expect(inside(el, '.label').textContent).toContain('the trust policy of role AWSIAMRoleForRDS')
    el.value = el.value.replace('"Statement"', '"Statement" 1')
    expect(el.run()).toBe(false)
    await el.updateComplete
    expect(inside(el, 'hatrack-editor >>> .issues').textContent).toMatch(/line 3, column \d+/)
    el.value = el.value.replace('"Statement" 1', '"Statement"').replace('user/omkar', 'user/maria')
    expect(el.run()).toBe(true)
    expect(el.played).toContain('arn:aws:iam::123456789012:user/maria')
    expect(el.played).toContain('# yaml-language-server')
  })

  it('shows a missing target as an error, never a blank box', async () => {
    const el = create('hatrack-sandbox', { mode: 'policy', target: 'role:Nobody/trust' })
    el.scenario = firstRole
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/no trust policy of role `?Nobody/)
  })

  it('shares the edited scenario as a link that opens it again', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    const el = await mountSandbox(firstRole)
    const edited = firstRole.replace('title: Your first role', 'title: Shared ✓')
    el.value = edited
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect.poll(() => inside(el, '.message').textContent).toBe('Link copied.')
    const link = inside<HTMLInputElement>(el, '.share input').value
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(link)
    const hash = new URL(link).hash
    expect(hash).toMatch(/^#hatrack-sandbox=[A-Za-z0-9_-]+$/)
    el.remove()

    history.replaceState(null, '', hash)
    const opened = await mountSandbox(firstRole)
    expect(opened.value).toBe(edited)
    await expect.poll(() => opened.player?.loaded?.frames.trace.scenario.title).toBe('Shared ✓')
    await page.getByRole('button', { name: 'Reset' }).click()
    expect(opened.value).toBe(firstRole)
  })

  it('says so when a shared link is damaged, and opens the original', async () => {
    history.replaceState(null, '', '#hatrack-sandbox=%%%')
    const el = await mountSandbox(firstRole)
    expect(el.value).toBe(firstRole)
    expect(inside(el, '.message').textContent).toMatch(
      /could not be opened: the shared link is damaged/,
    )
  })
})
