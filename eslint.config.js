// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The package layering of design.md, written down as lint rules: an arrow points from a package
 * to the one that imports it, and nothing imports upward.
 *
 *   policy → engine → model → scenario → { elements, cli }
 */
const layers = ['policy', 'engine', 'model', 'scenario', 'elements', 'cli']
const above = (pkg) => {
  const index = layers.indexOf(pkg)
  const siblings = pkg === 'elements' ? ['cli'] : pkg === 'cli' ? ['elements'] : []
  return [
    ...layers.slice(index + 1).filter((p) => !(pkg === 'elements' && p === 'cli')),
    ...siblings,
  ]
}

/** The pure packages run in Node and in browsers alike and read no clock and no random source. */
const pure = ['policy', 'engine', 'model', 'scenario']

const layering = layers.map((pkg) => ({
  files: [`packages/${pkg}/**/*.ts`],
  ignores: [
    '**/*.test.ts',
    `packages/${pkg}/test/**`,
    `packages/${pkg}/bench/**`,
    `packages/${pkg}/*.ts`,
  ],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...above(pkg).map((upper) => ({
            group: [`@hatrack/${upper}`, `@hatrack/${upper}/*`],
            message: `@hatrack/${pkg} sits below @hatrack/${upper} (design.md, Layers): it must not import it.`,
          })),
          {
            group: ['../../*/src/*', '../../../*/src/*'],
            message: 'Import another package by its name (@hatrack/…), never by a relative path.',
          },
          ...(pure.includes(pkg)
            ? [
                {
                  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
                  message: `@hatrack/${pkg} is pure and runs in browsers: no Node built-ins.`,
                },
              ]
            : []),
        ],
      },
    ],
    ...(pure.includes(pkg)
      ? {
          'no-restricted-properties': [
            'error',
            { object: 'Date', property: 'now', message: 'Use the simulated clock.' },
            { object: 'Math', property: 'random', message: 'Use the seeded generator.' },
          ],
          'no-restricted-syntax': [
            'error',
            {
              selector: "NewExpression[callee.name='Date'][arguments.length=0]",
              message: 'new Date() reads the wall clock: use the simulated clock.',
            },
          ],
        }
      : {}),
  },
}))

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'docs/.vitepress/cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': 'off',
    },
  },
  ...layering,
  // Tests, benchmarks and configs may read files and clocks, but still respect the layering.
  ...layers.map((pkg) => ({
    files: [
      `packages/${pkg}/**/*.test.ts`,
      `packages/${pkg}/test/**/*.ts`,
      `packages/${pkg}/bench/**/*.ts`,
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: above(pkg).map((upper) => ({
            group: [`@hatrack/${upper}`, `@hatrack/${upper}/*`],
            message: `@hatrack/${pkg} sits below @hatrack/${upper} (design.md, Layers): it must not import it.`,
          })),
        },
      ],
    },
  })),
)
