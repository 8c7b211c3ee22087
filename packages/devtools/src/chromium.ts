/**
 * Debian's Chromium, the one browser these machines can install (toolchain.md), with the flags
 * every Hatrack run of it uses: the machines' network is closed, and without the
 * background-networking flags Chromium floods it with refused connections. `CHROMIUM_PATH`
 * names another binary. Shared by the browser tests, the end-to-end test and the benchmarks.
 */
import { chromium, type Browser } from 'playwright-core'

/** The flags every Hatrack run of Chromium uses. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** The Chromium binary: `CHROMIUM_PATH`, or Debian's. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
}

/** Launches a headless Chromium with the flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  })
}
