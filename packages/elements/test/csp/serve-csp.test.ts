/**
 * The player under a strict Content-Security-Policy, end to end: `hatrack serve` (the real
 * command, through tsx) sends the page with its policy — no inline script, no eval, no inline
 * style, Trusted Types — and Chromium (playwright-core, Debian's binary) loads the player, the
 * core chunk and the scenario, and plays to the first denial. Any violation of the policy, any
 * error on the console and any uncaught exception fails the test.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../../devtools/src/chromium.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))
const MAIN = fileURLToPath(new URL('../../../cli/src/main.ts', import.meta.url))
const SCENARIO = 'scenarios/02-first-role.yaml'

/** AWS's message for the fifth step of 02-first-role.yaml, the first with a message to check. */
const DENIAL =
  'User: arn:aws:sts::123456789012:assumed-role/AWSIAMRoleForRDS/omkar is not authorized to ' +
  'perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no ' +
  'identity-based policy allows the iam:ListRoles action'

/** What went wrong in the page, collected as it happens. */
interface Trouble {
  readonly violations: string[]
  readonly console: string[]
  readonly exceptions: string[]
}

/** Starts `hatrack serve FILE --port 0`; resolves with its address once it prints it. */
function serve(): Promise<{ readonly child: ChildProcess; readonly url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@hatrack/source', MAIN, 'serve', SCENARIO, '--port', '0'],
    { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /on (http:\/\/\S+)/.exec(out)?.[1]
      if (url !== undefined) resolve({ child, url })
    })
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`hatrack serve exited (${code}): ${err}`)))
  })
}

/** A page that records policy violations, console errors and uncaught exceptions. */
async function watchedPage(browser: Browser, trouble: Trouble): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } })
  // Injected by the browser's debugging protocol, so the page's policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const found = (window as unknown as { __violations?: string[] }).__violations ?? []
        found.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`)
        ;(window as unknown as { __violations: string[] }).__violations = found
      },
      true,
    )
  })
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.console.push(message.text())
  })
  page.on('pageerror', (error) => trouble.exceptions.push(error.message))
  return page
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])
}

// Starting the CLI through tsx (and building the player when it is stale) takes seconds on a
// busy machine: generous limits, not a speed check.
describe('the player under a strict Content-Security-Policy', { timeout: 120_000 }, () => {
  let server: { readonly child: ChildProcess; readonly url: string }
  let browser: Browser

  beforeAll(async () => {
    server = await serve()
    browser = await launchChromium()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    server?.child.kill('SIGINT')
  })

  it('sends the policy: no inline script, no eval, Trusted Types', async () => {
    const response = await fetch(server.url)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("require-trusted-types-for 'script'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it('loads, plays to the denial and shows AWS’s message, with no violation', async () => {
    const trouble: Trouble = { violations: [], console: [], exceptions: [] }
    const page = await watchedPage(browser, trouble)
    await page.goto(server.url)
    const player = page.locator('hatrack-player')
    await expect
      .poll(() => player.evaluate((el) => (el as HTMLElement & { stepCount?: number }).stepCount), {
        timeout: 60_000,
      })
      .toBe(13)
    // Keyboard only, as a presenter would: focus the player, then `.` four times.
    // A prediction question stops the player before the switch: `1` answers it, `.` runs the step.
    await player.locator('button').first().focus()
    for (let presses = 0; presses < 12; presses++) {
      const now = await player.evaluate((el) => {
        const p = el as HTMLElement & { step?: number; state?: string }
        return { step: p.step, state: p.state }
      })
      if (now.step === 4 && now.state !== 'asking' && now.state !== 'revealed') break
      if (now.state === 'asking') await page.keyboard.press('1')
      await page.keyboard.press('.')
    }
    await expect
      .poll(() => player.evaluate((el) => (el as HTMLElement & { step?: number }).step))
      .toBe(4)
    await expect
      .poll(() => page.getByText(DENIAL, { exact: false }).first().isVisible(), { timeout: 10_000 })
      .toBe(true)
    expect(await violations(page)).toEqual([])
    expect(trouble.console).toEqual([])
    expect(trouble.exceptions).toEqual([])
    await page.close()
  })

  it('opens the step a deep link names', async () => {
    const trouble: Trouble = { violations: [], console: [], exceptions: [] }
    const page = await watchedPage(browser, trouble)
    await page.goto(`${server.url}#step-5`)
    await expect
      .poll(() => page.getByText(DENIAL, { exact: false }).first().isVisible(), { timeout: 60_000 })
      .toBe(true)
    expect(await violations(page)).toEqual([])
    expect(trouble.console).toEqual([])
    expect(trouble.exceptions).toEqual([])
    await page.close()
  })

  it('reports a violation when a page breaks the policy (the watch works)', async () => {
    const trouble: Trouble = { violations: [], console: [], exceptions: [] }
    const page = await watchedPage(browser, trouble)
    await page.goto(server.url)
    await page.evaluate(() => {
      // Trusted Types refuses the plain string (a violation, and an exception); without them,
      // `script-src` would refuse the inline script (a violation too).
      try {
        const script = document.createElement('script')
        script.textContent = 'window.__ran = true'
        document.body.append(script)
      } catch {
        // refused
      }
    })
    await expect.poll(() => violations(page)).not.toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBe(
      undefined,
    )
    await page.close()
  })
})
