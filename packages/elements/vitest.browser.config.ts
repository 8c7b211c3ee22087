import { playwright } from '@vitest/browser-playwright'
import { hatrackProject } from '../../vitest.shared.ts'

/**
 * The elements' tests in a real Chromium (Debian's, see toolchain.md): a fixed viewport, reduced
 * motion off unless a test asks, and the flags that keep Chromium off the closed network.
 */
export default hatrackProject('elements-browser', {
  test: {
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      viewport: { width: 1000, height: 700 },
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--font-render-hinting=none',
          ],
        },
      }),
    },
  },
})
