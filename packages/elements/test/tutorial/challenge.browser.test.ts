/**
 * `<hatrack-challenge>` in a real browser: solving a challenge with its reference solution (every
 * goal ✓, the complete event, progress kept and restored), failing one (✗ with details, the
 * least-privilege extra named), a malformed document (its line and column, the page unharmed),
 * hints and the guarded solution.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import trustAUser from '../../../../scenarios/challenges/01-trust-a-user.yaml?raw'
import permissionPolicy from '../../../../scenarios/challenges/02-permission-policy.yaml?raw'
import permissionPolicyUrl from '../../../../scenarios/challenges/02-permission-policy.yaml?url'
import { cleanup, create, inside, mountChallenge } from './fixture.ts'

afterEach(cleanup)

const readKept = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null')
const goalsOf = (el: Element) => [...(el.shadowRoot?.querySelectorAll('.goal') ?? [])]

describe('<hatrack-challenge>', () => {
  it('is solved by the reference solution: every goal ✓, the events, progress kept and restored', async () => {
    const el = await mountChallenge(trustAUser, { next: '/course/02.html' })
    const solution = el.loaded?.solution ?? ''
    expect(solution).toContain('user/omkar')
    const events: string[] = []
    let complete: unknown
    el.addEventListener('hatrack-challenge-attempt', (e) =>
      events.push(`attempt:${e.detail.solved}`),
    )
    document.addEventListener(
      'hatrack-challenge-complete',
      (e) => (complete = (e as CustomEvent).detail),
      { once: true },
    )

    await page.getByRole('textbox', { name: /Your version of the trust policy/ }).fill(solution)
    await page.getByRole('button', { name: 'Check', exact: true }).click()

    await expect.element(page.getByRole('status')).toHaveTextContent(/Solved/)
    const goals = goalsOf(el)
    expect(goals.length).toBe(3)
    expect(goals.every((goal) => goal.classList.contains('held'))).toBe(true)
    expect(goals.map((goal) => goal.querySelector('.glyph')?.textContent)).toEqual(['✓', '✓', '✓'])
    expect(events).toEqual(['attempt:true'])
    expect(complete).toEqual({ course: 'test', lesson: 'trust-a-user', attempts: 1 })
    await expect
      .element(page.getByRole('link', { name: 'Next lesson →' }))
      .toHaveAttribute('href', '/course/02.html')
    expect(JSON.parse(localStorage.getItem('hatrack:test:trust-a-user') ?? '{}')).toMatchObject({
      solved: true,
      attempts: 1,
      document: solution,
    })

    el.remove()
    const again = await mountChallenge(trustAUser)
    expect(again.solved).toBe(true)
    expect(again.document).toBe(solution)
    expect(inside(again, '.badge').textContent).toBe('Solved')
  })

  it('fails a wrong answer: ✗ with what happened, and names what an over-broad policy allows', async () => {
    const el = await mountChallenge(trustAUser)
    const wrong = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
      },
      null,
      2,
    )
    let completed = false
    el.addEventListener('hatrack-challenge-complete', () => (completed = true))
    await page.getByRole('textbox', { name: /Your version/ }).fill(wrong)
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await expect.element(page.getByRole('status')).toHaveTextContent(/Not yet/)
    const maria = inside(el, '[data-goal="maria-switches"]')
    expect(maria.classList.contains('failed')).toBe(true)
    expect(maria.querySelector('.glyph')?.textContent).toBe('✗')
    expect(maria.querySelector('.detail')?.textContent).toMatch(/expected/)
    const lp = inside(el, '[data-goal="leastPrivilege"]')
    expect(lp.classList.contains('failed')).toBe(true)
    expect(lp.querySelector('.extras')?.textContent).toContain(
      'also lets user maria assume role AppRole',
    )
    expect(inside(el, '[data-goal="omkar-switches"]').classList.contains('held')).toBe(true)
    expect(completed).toBe(false)
    expect(el.solved).toBe(false)

    const replay = inside<HTMLDetailsElement>(el, 'details.replay')
    replay.open = true
    const player = inside(
      el,
      'details.replay hatrack-player',
    ) as HTMLElementTagNameMap['hatrack-player']
    player.scrollIntoView()
    await expect.poll(() => player.loaded !== undefined, { timeout: 10_000 }).toBe(true)
    const step = player.loaded?.frames.trace.steps.find((each) => each.id === 'maria-switches')
    expect(step?.outcome.status).toBe('allowed')
  })

  it("shows AWS's message beside a step AWS denied", async () => {
    const el = await mountChallenge(permissionPolicy, { lesson: 'permission-policy' })
    el.document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports' }],
    })
    el.check()
    await el.updateComplete
    const read = inside(el, '[data-goal="read-report"]')
    expect(read.classList.contains('failed')).toBe(true)
    expect(read.querySelector('.aws')?.textContent).toMatch(
      /not authorized to perform: s3:GetObject/,
    )
  })

  it("shows a malformed document's error at its line and column, and the page keeps working", async () => {
    const bystander = create('hatrack-challenge', { lesson: 'other', course: 'test' })
    bystander.challenge = permissionPolicy
    const el = await mountChallenge(trustAUser)
    const scope = page.elementLocator(el)
    const broken =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow" "Action": "x" }]\n}'
    await scope.getByRole('textbox', { name: /Your version of the trust/ }).fill(broken)
    const area = inside<HTMLTextAreaElement>(el, 'hatrack-editor >>> textarea')
    await expect.poll(() => area.getAttribute('aria-invalid'), { timeout: 3000 }).toBe('true')
    const issues = inside(el, 'hatrack-editor >>> .issues')
    expect(issues.textContent).toMatch(/line 3, column \d+/)
    expect(inside(el, 'hatrack-editor >>> .ln.error').textContent).toContain('3')
    expect(inside(el, 'hatrack-editor >>> pre .m-error').textContent).not.toBe('')

    await scope.getByRole('button', { name: 'Check', exact: true }).click()
    await expect.element(scope.getByRole('status')).toHaveTextContent(/does not parse/)
    expect(goalsOf(el).every((goal) => !goal.classList.contains('failed'))).toBe(true)

    await expect.poll(() => bystander.loaded !== undefined, { timeout: 20_000 }).toBe(true)
    expect(bystander.grade).toBeUndefined()
    await scope
      .getByRole('textbox', { name: /Your version of the trust/ })
      .fill(el.loaded?.solution ?? '')
    expect(el.check()?.solved).toBe(true)
  })

  it('reveals hints one at a time, and asks before showing the solution to someone yet to try', async () => {
    const el = await mountChallenge(trustAUser)
    const hint = page.getByRole('button', { name: /^Hint/ })
    await hint.click()
    expect(inside(el, '.hints').children).toHaveLength(1)
    await hint.click()
    await hint.click()
    await expect.element(hint).toBeDisabled()
    await page.getByRole('button', { name: 'Show solution' }).click()
    await expect.element(page.getByRole('group', { name: 'Show the solution?' })).toBeVisible()
    expect(el.shadowRoot?.querySelector('.solution')).toBeNull()
    await page.getByRole('button', { name: 'Show it' }).click()
    await expect.element(page.getByRole('region', { name: 'Reference solution' })).toBeVisible()
    await page.getByRole('button', { name: 'Put it in the editor' }).click()
    expect(el.document).toBe(el.loaded?.solution)
    await page.getByRole('button', { name: 'Reset' }).click()
    expect(el.document).toBe(el.loaded?.start)
    await page.getByRole('button', { name: 'Undo' }).click()
    expect(el.document).toBe(el.loaded?.solution)
  })

  it('loads from `src`, keeping progress under the file name', async () => {
    const el = create('hatrack-challenge', { src: permissionPolicyUrl, course: 'test' })
    await expect
      .poll(() => el.loaded?.title, { timeout: 20_000 })
      .toBe('Let the role read the reports')
    await expect.poll(() => el.document).toBe(el.loaded?.start)
    el.check()
    expect(readKept('hatrack:test:02-permission-policy')).toMatchObject({
      solved: false,
      attempts: 1,
    })
  })

  it('shows a `src` that cannot be fetched as an error', async () => {
    const el = create('hatrack-challenge', { src: 'http://127.0.0.1:9/missing.yaml' })
    await expect.element(page.getByRole('alert')).toHaveTextContent(/could not fetch/)
    expect(el.loaded).toBeUndefined()
  })

  it('shows a scenario without a challenge as an error, never a blank box', async () => {
    const el = create('hatrack-challenge')
    let error: unknown
    el.addEventListener('hatrack-error', (e) => (error = e.detail))
    el.challenge = 'hatrack: 1\ntitle: no challenge\naccounts: { main: { id: "123456789012" } }\n'
    await expect.element(page.getByRole('alert')).toHaveTextContent(/no `?challenge:`? section/)
    expect(error).toMatchObject({ message: expect.stringContaining('challenge') })
  })
})
