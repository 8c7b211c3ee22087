/**
 * Debian's Chromium, driven by playwright-core, with the flags of toolchain.md (the machines'
 * network is closed: without them Chromium floods it with refused connections). `CHROMIUM_PATH`
 * names another binary.
 */
import { chromium, type Browser } from 'playwright-core'

/** The flags every Hatrack run of Chromium uses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Launches a headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
}
