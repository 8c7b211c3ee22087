import { playwright } from '@vitest/browser-playwright'
import { CHROMIUM_ARGS, chromiumPath } from '../devtools/src/chromium.ts'
import { hatrackProject } from '../../vitest.shared.ts'

/**
 * The elements' tests in a real Chromium (Debian's, see toolchain.md): a fixed viewport, reduced
 * motion off unless a test asks, and the flags that keep Chromium off the closed network.
 */
export default hatrackProject('elements-browser', {
  // Pre-bundled once, before the first test: a re-optimization mid-run can leave two copies of
  // d3-selection, and d3-transition would patch the wrong one.
  optimizeDeps: {
    include: [
      'd3-selection',
      'd3-transition',
      'd3-zoom',
      'd3-ease',
      'lit',
      'xstate',
      'yaml',
      'axe-core',
    ],
  },
  test: {
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    setupFiles: ['./test/support/browser-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      // Anti-aliasing differs by a few pixels between runs and machines; layout changes do not.
      expect: {
        toMatchScreenshot: {
          comparatorName: 'pixelmatch',
          comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.02 },
        },
      },
      viewport: { width: 1000, height: 700 },
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath(),
          args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
        },
      }),
    },
  },
})
