/**
 * End to end: starts the documentation site as `pnpm start` does (`startSite`: the VitePress
 * build, then the static server on a free port it takes itself), and plays the course's default
 * scenario in a real Chromium. The server answers on 127.0.0.1 and `localhost` at that port; the
 * front page's player plays by itself (`autoplay`) up to the first denial; the player on the
 * "Assuming a role" page reaches the `iam:ListRoles` step and shows AWS's denial inside its
 * shadow root; no console error (a CSP violation or a failed load shows up there too) on the way.
 *
 * `HATRACK_SITE_DIR=docs/.vitepress/dist` serves a site built already, to iterate quickly.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../src/chromium.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSite, type StartedSite } from '../src/site/start-site.ts'

const DENIAL =
  /is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role\/ because no identity-based policy allows the iam:ListRoles action/

/** The front page's first denial: step 1 of 02-first-role, before the switch. */
const FIRST_DENIAL =
  /user\/omkar is not authorized to perform: rds:CreateDBInstance on resource: .*orders-db because no identity-based policy allows the rds:CreateDBInstance action/

/** An init script that records the page's `hatrack-play` and `hatrack-stepchange` events. */
const RECORD_PLAYBACK = `
  globalThis.hatrackPlayback = []
  for (const name of ['hatrack-play', 'hatrack-stepchange'])
    document.addEventListener(name, (event) =>
      globalThis.hatrackPlayback.push({ name, step: event.detail.step, source: event.detail.source }))
`

/** What {@link RECORD_PLAYBACK} recorded so far, in order. */
async function playback(page: Page): Promise<{ name: string; step: number; source?: string }[]> {
  return (await page.evaluate('JSON.parse(JSON.stringify(globalThis.hatrackPlayback))')) as {
    name: string
    step: number
    source?: string
  }[]
}

let outDir: string | undefined
let site: StartedSite
let port: number
/** The served site, on 127.0.0.1 (what `site.url` calls localhost). */
let base: string
let browser: Browser
const problems: string[] = []

/** Opens a page of the site, recording console errors and uncaught exceptions. */
async function open(path: string, script?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  if (script !== undefined) await page.addInitScript(script)
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(`${path}: failed ${request.url()}: ${request.failure()?.errorText ?? ''}`),
  )
  const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  return page
}

describe('the documentation site', () => {
  beforeAll(async () => {
    const built = process.env.HATRACK_SITE_DIR
    if (built === undefined) outDir = mkdtempSync(join(tmpdir(), 'hatrack-site-'))
    // Port 0: the server takes a free port itself, so no other process can take it first.
    site = await startSite({
      port: 0,
      dir: built ?? outDir,
      build: built === undefined,
      quiet: true,
    })
    port = Number(new URL(site.url).port)
    base = `http://127.0.0.1:${port}/`
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
    if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true })
  })

  it('plays 02-first-role up to the iam:ListRoles denial, in AWS’s words', async () => {
    const page = await open('course/04-assuming-a-role.html')
    const player = page.locator('hatrack-player[src$="/scenarios/02-first-role.yaml"]')
    await player.scrollIntoViewIfNeeded()
    const next = player.getByRole('button', { name: 'Next step', exact: true })
    await next.waitFor({ state: 'visible', timeout: 30_000 })
    await expect.poll(() => next.isEnabled(), { timeout: 30_000 }).toBe(true)

    const denial = player.getByText(DENIAL).first()
    // The course's player asks a prediction question before the switch: answer it (any choice),
    // then run the step, as a reader would.
    const question = player.locator('[part~="checkpoint"]')
    const run = player.getByRole('button', { name: 'Run the step', exact: true })
    let answered = 0
    for (let presses = 0; presses < 16 && !(await denial.isVisible()); presses++) {
      if (await question.isVisible()) {
        answered++
        await question.getByRole('button').first().click()
        await run.click()
      } else await next.click()
    }
    expect(answered).toBeGreaterThan(0)
    await denial.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await denial.textContent()).toMatch(DENIAL)
    expect(await player.textContent()).not.toMatch(DENIAL) // in the shadow root, not the page's DOM
    await page.close()
    expect(problems).toEqual([])
  }, 120_000)

  it('answers 200 on / at the port it took, as 127.0.0.1 and as localhost', async () => {
    expect(port).toBeGreaterThan(0)
    expect(site.url).toBe(`http://localhost:${port}/`)
    for (const url of [base, site.url]) {
      const response = await fetch(url)
      expect(response.status, url).toBe(200)
      expect(await response.text(), url).toContain(
        '<hatrack-player src="/scenarios/02-first-role.yaml" autoplay',
      )
    }
  })

  it('plays the default scenario on the front page by itself, up to its first denial', async () => {
    // Recorded from the first script on, before the player can load: autoplay may start early.
    const page = await open('', RECORD_PLAYBACK)
    const player = page.locator('.VPHome hatrack-player')
    expect(await player.count()).toBe(1)
    expect(await player.getAttribute('src')).toBe('/scenarios/02-first-role.yaml')
    // Nothing here touches the player: playback starts at step 0, then moves on to step 1.
    await expect
      .poll(() => playback(page), { timeout: 60_000, interval: 250 })
      .toContainEqual({ name: 'hatrack-stepchange', step: 1, source: 'playback' })
    expect((await playback(page))[0]).toEqual({ name: 'hatrack-play', step: 0 })
    // Step 1: Omkar may not create a database himself, in AWS's words, drawn in the shadow root.
    const denial = player.getByText(FIRST_DENIAL).first()
    await denial.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await denial.textContent()).toMatch(FIRST_DENIAL)
    expect(await player.evaluate((el) => (el as unknown as { stepCount: number }).stepCount)).toBe(
      13,
    )
    await page.close()
    expect(problems).toEqual([])
  }, 120_000)

  it('serves every scenario a course or reference page plays', async () => {
    const pages = [
      ...['01-why-iam', '02-identities', '03-two-policies', '04-assuming-a-role'].map(
        (name) => `course/${name}.html`,
      ),
      ...['05-types-of-roles', '06-session-duration', '07-role-chaining', '08-cross-account'].map(
        (name) => `course/${name}.html`,
      ),
      ...['09-resource-policies', '10-roles-anywhere', '11-benefits', 'beyond'].map(
        (name) => `course/${name}.html`,
      ),
      'reference/evaluation.html',
    ]
    const sources = new Set<string>()
    for (const path of pages) {
      const response = await fetch(new URL(path, base))
      expect(response.status, path).toBe(200)
      const html = await response.text()
      const found = [...html.matchAll(/<hatrack-player[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])
      expect(found.length, `${path} plays a scenario`).toBeGreaterThan(0)
      for (const src of found) if (src !== undefined) sources.add(src)
    }
    expect(sources.size).toBeGreaterThanOrEqual(28)
    for (const src of sources) {
      const response = await fetch(new URL(src.slice(1), base))
      expect(response.status, src).toBe(200)
      expect(await response.text(), src).toMatch(/^hatrack: 1$/m)
    }
  })
})
