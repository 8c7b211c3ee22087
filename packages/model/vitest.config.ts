import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: {
    conditions: ['@hatrack/source'],
  },
  test: {
    name: 'model',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
})
