/**
 * The site's generated reference pages and its static server: the elements' API rendered from a
 * Custom Elements Manifest, the decisions page rendered from the engine, and the file lookup of
 * `pnpm start`'s server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GATE_ORDER } from '@hatrack/engine'
import { describe, expect, it } from 'vitest'
import type { CemPackage } from '../src/site/cem.ts'
import { renderDecisionsPage } from '../src/site/decisions-page.ts'
import { cell, customElements, renderElementsApi } from '../src/site/elements-api.ts'
import { resolveFile } from '../src/site/static-server.ts'

const manifest: CemPackage = {
  schemaVersion: '2.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/panels/hatrack-log.ts',
      declarations: [
        { kind: 'class', name: 'HatrackLog', customElement: true, tagName: 'hatrack-log' },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/components/hatrack-player.ts',
      declarations: [
        { kind: 'function', name: 'helper' },
        {
          kind: 'class',
          name: 'HatrackPlayer',
          customElement: true,
          tagName: 'hatrack-player',
          description: 'Plays a scenario in a <svg>.',
          attributes: [
            {
              name: 'view',
              fieldName: 'view',
              type: { text: "'graph' | 'table'" },
              default: "'graph'",
            },
            { name: '_help', fieldName: '_help', type: { text: 'boolean' } },
          ],
          members: [
            { kind: 'field', name: 'stepCount', type: { text: 'number' }, readonly: true },
            { kind: 'field', name: 'secret', privacy: 'private' },
            { kind: 'field', name: 'styles', static: true },
            {
              kind: 'method',
              name: 'seek',
              parameters: [{ name: 'step', type: { text: 'number' } }],
              return: { type: { text: 'void' } },
              description: 'Goes to `step`.',
            },
          ],
          events: [
            {
              name: 'hatrack-stepchange',
              type: { text: 'CustomEvent' },
              description: 'The step changed.',
            },
          ],
          cssProperties: [
            { name: '--hatrack-accent', default: '#0969da', description: 'Focus colour.' },
          ],
          cssParts: [{ name: 'controls', description: 'The transport bar.' }],
          slots: [{ name: '', description: 'Fallback content.' }],
        },
      ],
    },
  ],
}

describe('the elements API page', () => {
  const page = renderElementsApi(manifest)

  it('lists the custom elements, the public ones first', () => {
    expect(customElements(manifest).map((e) => e.declaration.tagName)).toEqual([
      'hatrack-player',
      'hatrack-log',
    ])
    expect(page.indexOf('## `<hatrack-player>`')).toBeLessThan(page.indexOf('## `<hatrack-log>`'))
  })

  it('renders every section the manifest has', () => {
    for (const heading of [
      'Attributes',
      'Properties',
      'Methods',
      'Events',
      'CSS custom properties',
      'Parts',
      'Slots',
    ])
      expect(page).toContain(`### ${heading}\n`)
    expect(page).toContain("| `view` | `view` | `'graph' \\| 'table'` | `'graph'` |  |")
    expect(page).toContain('| `stepCount` (read-only) | `number` |')
    expect(page).toContain('| `seek(step: number): void` | Goes to `step`. |')
    expect(page).toContain('| `--hatrack-accent` | `#0969da` | Focus colour. |')
    expect(page).toContain('| (default) | Fallback content. |')
  })

  it('leaves out private, static and underscore members', () => {
    expect(page).not.toContain('secret')
    expect(page).not.toContain('styles')
    expect(page).not.toContain('_help')
  })

  it('escapes markup outside code so Vue does not read it as a tag', () => {
    expect(page).toContain('Plays a scenario in a &lt;svg&gt;.')
    expect(cell('a <b> `<c>` {{ x }}')).toBe('a &lt;b&gt; `<c>` { { x } }')
    expect(cell('one\n  two | three')).toBe('one two \\| three')
  })

  it('says how to generate the manifest when it is missing', () => {
    expect(renderElementsApi(null)).toContain('build:manifest')
  })
})

describe('the decisions page', () => {
  const page = renderDecisionsPage()

  it('explains every decision kind and every gate', () => {
    for (const kind of ['allowed', 'explicitDeny', 'implicitDeny'])
      expect(page).toContain(`### \`${kind}\``)
    for (const gate of GATE_ORDER) expect(page).toContain(`### \`${gate}\`:`)
  })

  it('shows the engine’s messages, the course’s iam:ListRoles denial word for word', () => {
    expect(page).toContain(
      'User: arn:aws:sts::123456789012:assumed-role/AWSIAMRoleForRDS/omkar is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no identity-based policy allows the iam:ListRoles action',
    )
    expect(page).toContain('with an explicit deny in a sessions policy')
    expect(page).toContain('with an explicit deny in a service control policy')
    expect(page).toContain('because no role trust policy allows the sts:AssumeRole action')
  })
})

describe('the static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'hatrack-static-'))
  mkdirSync(join(root, 'course'))
  writeFileSync(join(root, 'index.html'), 'home')
  writeFileSync(join(root, 'course', '01-why-iam.html'), 'why')

  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/course/01-why-iam', 'course/01-why-iam.html'],
    ['/course/01-why-iam.html', 'course/01-why-iam.html'],
  ])('serves %s from %s', (path, file) => {
    expect(resolveFile(root, path)).toBe(join(root, file))
  })

  it.each(['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/nothing', '/%E0%A4%A', '/a%00b'])(
    'refuses %s',
    (path) => {
      expect(resolveFile(root, path)).toBeNull()
    },
  )
})
