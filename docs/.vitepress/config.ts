/**
 * The documentation site: the course (one page per section, each with its scenario playing), the
 * reference, and the embedding guides. The web components are used from source through the
 * `@hatrack/source` export condition, so the site needs no prior build of the packages.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import { prefixBase } from './base-src.ts'
import { scenariosPlugin } from './scenarios-plugin.ts'

const scenarios = fileURLToPath(new URL('../../scenarios', import.meta.url))
/** The path the site is served at; `/` unless `HATRACK_BASE` says otherwise (`/hatrack/`). */
const base = process.env.HATRACK_BASE ?? '/'

const course = [
  ['01-why-iam', 'Why IAM'],
  ['02-identities', 'Identities'],
  ['03-two-policies', 'A role’s two policies'],
  ['04-assuming-a-role', 'Assuming a role'],
  ['05-types-of-roles', 'The types of roles'],
  ['06-session-duration', 'Session duration'],
  ['07-role-chaining', 'Role chaining'],
  ['08-cross-account', 'Cross-account access'],
  ['09-resource-policies', 'Resource-based policies'],
  ['10-roles-anywhere', 'IAM Roles Anywhere'],
  ['11-benefits', 'The benefits'],
  ['beyond', 'Beyond the course'],
] as const

const reference = [
  ['evaluation', 'How a request is decided'],
  ['decisions', 'Decisions and gates'],
  ['errors', 'Errors and codes'],
  ['scenario-format', 'Scenario format'],
  ['cli', 'The hatrack command'],
  ['elements', 'Web components API'],
] as const

const challenges = [
  ['01-trust-a-user', '1. Trust a user'],
  ['02-permission-policy', '2. A permission policy'],
  ['03-permissions-boundary', '3. A permissions boundary'],
  ['04-role-chaining', '4. Role chaining'],
  ['05-resource-policy', '5. A resource-based policy'],
  ['06-cross-account-trust', '6. Cross-account trust'],
  ['07-cross-account-bucket', '7. A cross-account bucket'],
  ['08-external-id', '8. An external id'],
] as const

const embedding = [
  ['index', 'Overview'],
  ['html', 'Plain HTML'],
  ['fence', 'Fenced code blocks'],
  ['vitepress', 'VitePress'],
  ['docusaurus', 'Docusaurus'],
  ['starlight', 'Starlight (Astro)'],
  ['mkdocs', 'MkDocs'],
  ['theming', 'Theming'],
  ['tutorials', 'Challenges and sandbox'],
] as const

/** The sidebar of the challenges and the sandbox: the challenges in order, then the sandbox. */
const practice = [
  {
    text: 'Challenges',
    items: [
      { text: 'How challenges work', link: '/challenges/' },
      ...challenges.map(([page, text]) => ({ text, link: `/challenges/${page}` })),
    ],
  },
  { text: 'Try anything', items: [{ text: 'Sandbox', link: '/sandbox' }] },
]

export default defineConfig({
  title: 'Hatrack',
  description:
    'Learn, teach and reason about AWS IAM roles: a faithful simulation, explained and animated.',
  base,
  lang: 'en',
  cleanUrls: false,
  lastUpdated: false,
  head: [['link', { rel: 'icon', href: `${base}gates.svg`, type: 'image/svg+xml' }]],
  themeConfig: {
    nav: [
      { text: 'Course', link: '/course/01-why-iam', activeMatch: '^/course/' },
      { text: 'Challenges', link: '/challenges/', activeMatch: '^/challenges/' },
      { text: 'Sandbox', link: '/sandbox' },
      { text: 'Reference', link: '/reference/evaluation', activeMatch: '^/reference/' },
      { text: 'Embedding', link: '/embedding/', activeMatch: '^/embedding/' },
      { text: 'Architecture', link: '/architecture' },
    ],
    sidebar: {
      '/course/': [
        {
          text: 'Course',
          items: course.map(([page, text]) => ({ text, link: `/course/${page}` })),
        },
        {
          text: 'Practise',
          items: [
            { text: 'Challenges', link: '/challenges/' },
            { text: 'Sandbox', link: '/sandbox' },
          ],
        },
      ],
      '/challenges/': practice,
      '/sandbox': practice,
      '/reference/': [
        {
          text: 'Reference',
          items: [
            ...reference.map(([page, text]) => ({ text, link: `/reference/${page}` })),
            { text: 'Architecture', link: '/architecture' },
          ],
        },
      ],
      '/embedding/': [
        {
          text: 'Embedding',
          items: embedding.map(([page, text]) => ({
            text,
            link: page === 'index' ? '/embedding/' : `/embedding/${page}`,
          })),
        },
      ],
      '/architecture': [
        {
          text: 'Reference',
          items: [
            ...reference.map(([page, text]) => ({ text, link: `/reference/${page}` })),
            { text: 'Architecture', link: '/architecture' },
          ],
        },
      ],
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    footer: { message: 'Hatrack: AWS IAM roles, simulated and explained.' },
  },
  vue: {
    template: {
      compilerOptions: {
        isCustomElement: (tag: string) => tag.startsWith('hatrack-'),
        nodeTransforms: [prefixBase(base)],
      },
    },
  },
  vite: {
    resolve: { conditions: ['@hatrack/source'] },
    ssr: { resolve: { conditions: ['@hatrack/source'] } },
    plugins: [scenariosPlugin(scenarios)],
  },
})
