/**
 * End to end: builds the documentation site, serves the built files, and plays the course's
 * default scenario in a real Chromium. The player on the "Assuming a role" page must reach the
 * `iam:ListRoles` step and show AWS's denial inside its shadow root, with no console error (a
 * CSP violation or a failed load shows up there too) on the way.
 *
 * `HATRACK_SITE_DIR=docs/.vitepress/dist` reuses a site built already, to iterate quickly.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../src/chromium.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../src/site/build-site.ts'
import { serveStatic, type StaticServer } from '../src/site/static-server.ts'

const DENIAL =
  /is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role\/ because no identity-based policy allows the iam:ListRoles action/

let outDir: string | undefined
let server: StaticServer
let browser: Browser
const problems: string[] = []

/** Opens a page of the site, recording console errors and uncaught exceptions. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(`${path}: failed ${request.url()}: ${request.failure()?.errorText ?? ''}`),
  )
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  return page
}

describe('the documentation site', () => {
  beforeAll(async () => {
    let root = process.env.HATRACK_SITE_DIR
    if (root === undefined) {
      outDir = mkdtempSync(join(tmpdir(), 'hatrack-site-'))
      await buildSite({ outDir, quiet: true })
      root = outDir
    }
    server = await serveStatic(root)
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
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

  it('shows the default scenario on the front page', async () => {
    const page = await open('')
    const player = page.locator('.VPHome hatrack-player')
    expect(await player.count()).toBe(1)
    expect(await player.getAttribute('src')).toBe('/scenarios/02-first-role.yaml')
    await page.close()
    expect(problems).toEqual([])
  }, 60_000)

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
      const response = await fetch(new URL(path, server.url))
      expect(response.status, path).toBe(200)
      const html = await response.text()
      const found = [...html.matchAll(/<hatrack-player[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])
      expect(found.length, `${path} plays a scenario`).toBeGreaterThan(0)
      for (const src of found) if (src !== undefined) sources.add(src)
    }
    expect(sources.size).toBeGreaterThanOrEqual(28)
    for (const src of sources) {
      const response = await fetch(new URL(src.slice(1), server.url))
      expect(response.status, src).toBe(200)
      expect(await response.text(), src).toMatch(/^hatrack: 1$/m)
    }
  })
})
