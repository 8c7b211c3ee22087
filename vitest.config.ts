import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    conditions: ['@hatrack/source'],
  },
  test: {
    // Every package's Node tests, and the elements' tests in a real Chromium.
    projects: ['packages/*', 'packages/elements/vitest.browser.config.ts'],
  },
})
