/**
 * The browser benchmarks' fresh pages are tabs of one window (`src/bench-elements/tabs.ts`): a
 * page opened after the one before it was closed must not get a window, and with it a window
 * interface booting beside the page being measured.
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../src/chromium.ts'
import { openTabs, windowOf } from '../src/bench-elements/tabs.ts'

let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext()
}, 60_000)

afterAll(async () => {
  await browser.close()
})

describe('openTabs', { timeout: 60_000 }, () => {
  it('opens every page, each after the last was closed, as a tab of the same window', async () => {
    const tabs = await openTabs(context)
    const windows: number[] = []
    for (let n = 0; n < 3; n++) {
      const page = await tabs.open()
      await page.goto('data:text/html,<title>fresh</title>')
      windows.push(await windowOf(context, page))
      expect(await page.evaluate(() => document.visibilityState)).toBe('visible')
      await page.close()
    }
    expect(windows).toEqual([tabs.windowId, tabs.windowId, tabs.windowId])
  })

  it('tells two windows apart', async () => {
    // What the check in `open` relies on: a page of another context is in another window.
    const other = await browser.newContext()
    try {
      const tabs = await openTabs(context)
      const page = await other.newPage()
      expect(await windowOf(other, page)).not.toBe(tabs.windowId)
    } finally {
      await other.close()
    }
  })
})
