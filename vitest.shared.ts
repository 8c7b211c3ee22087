import { defineProject, type UserWorkspaceConfig } from 'vitest/config'

/**
 * The vitest project of one package. Packages import each other's TypeScript source through the
 * `@hatrack/source` export condition, in the client and the SSR (Node) module graph alike, so
 * tests need no build step.
 */
export function hatrackProject(name: string, extra: UserWorkspaceConfig = {}) {
  return defineProject({
    ...extra,
    resolve: { conditions: ['@hatrack/source'], ...extra.resolve },
    ssr: { resolve: { conditions: ['@hatrack/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      ...extra.test,
    },
  })
}
