import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: {
    conditions: ['@hatrack/source'],
  },
  test: {
    name: 'policy',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
})
