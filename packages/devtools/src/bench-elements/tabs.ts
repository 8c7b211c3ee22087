/**
 * Fresh pages for the browser benchmarks, each a tab of one window, as a reader's page is.
 *
 * Headless Chromium gives a page of a browser context with no other page a window of its own,
 * and boots that window's interface with it (the omnibox popup, a WebUI page in a renderer of its
 * own). A benchmark that closes each page before opening the next would measure every page beside
 * that boot: in a trace of one such first frame, the interface's renderer kept its main thread and
 * workers busy for nearly all of the interval, taking both of these machines' cores from the page
 * being measured (first frames of 174 ms against 101 ms as a tab, interleaved medians of 11 pages
 * of the same build). One blank tab held open for the whole run keeps every later page in its
 * window; each page is checked to be there.
 */
import type { BrowserContext, Page } from 'playwright-core'

/** Opens fresh pages of one context as tabs of one window. */
export interface Tabs {
  /** A new page, a tab of the window (throws if Chromium gave it a window of its own). */
  open(): Promise<Page>
  /** The id of the window every page is a tab of. */
  readonly windowId: number
}

/** The id of the browser window `page` is a tab of. */
export async function windowOf(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page)
  try {
    const { windowId } = await session.send('Browser.getWindowForTarget')
    return windowId
  } finally {
    await session.detach()
  }
}

/** Opens the blank tab that holds the window of `context` for as long as the context lives. */
export async function openTabs(context: BrowserContext): Promise<Tabs> {
  const windowId = await windowOf(context, await context.newPage())
  return {
    windowId,
    async open() {
      const page = await context.newPage()
      const window = await windowOf(context, page)
      if (window !== windowId) {
        await page.close()
        throw new Error(
          `a fresh page opened in a window of its own (${window}), not as a tab of ${windowId}`,
        )
      }
      return page
    },
  }
}
