#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for the browser tests, the end-to-end test and the benchmarks
 * (toolchain.md: Debian's package is the only browser these machines can install). Uses
 * `CHROMIUM_PATH` or `/usr/bin/chromium`; when neither exists and apt-get can run (root), it
 * installs `chromium` and `fonts-dejavu-core`; otherwise it says what to do and fails.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(wanted)) process.exit(0)

const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0
if (!canApt) {
  console.error(
    `hatrack: the browser tests need Chromium and none is at ${wanted}.\n` +
      'Install it (Debian/Ubuntu: `apt-get install chromium fonts-dejavu-core`) or set CHROMIUM_PATH to a Chromium binary.',
  )
  process.exit(1)
}
console.log(
  'hatrack: installing Chromium for the browser tests (apt-get install chromium fonts-dejavu-core)…',
)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
})
if (!existsSync(wanted)) {
  console.error(`hatrack: apt-get finished but ${wanted} does not exist; set CHROMIUM_PATH.`)
  process.exit(1)
}
