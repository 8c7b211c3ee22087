import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    conditions: ['@hatrack/source'],
  },
  test: {
    projects: ['packages/*'],
  },
})
