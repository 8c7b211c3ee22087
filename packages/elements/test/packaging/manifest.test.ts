/**
 * `custom-elements.json`, the manifest editors and docs tools read, is generated from the sources
 * by `cem analyze` (custom-elements-manifest.config.mjs) and committed. These tests regenerate it
 * into a temporary folder and compare, so a change to an element that forgets
 * `pnpm --filter @hatrack/elements build:manifest` fails here, and check that it describes the
 * public API of player.md.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url))
const CEM = join(PACKAGE, 'node_modules/@custom-elements-manifest/analyzer/cem.js')

interface Named {
  readonly name: string
  readonly type?: { readonly text: string }
}
interface Declaration {
  readonly kind: string
  readonly name: string
  readonly tagName?: string
  readonly customElement?: boolean
  readonly attributes?: readonly Named[]
  readonly events?: readonly Named[]
  readonly cssParts?: readonly Named[]
  readonly members?: readonly (Named & { readonly kind: string; readonly privacy?: string })[]
}
interface Manifest {
  readonly modules: readonly {
    readonly path: string
    readonly declarations?: readonly Declaration[]
    readonly exports?: readonly {
      readonly kind: string
      readonly name: string
      readonly declaration: { readonly name: string; readonly module?: string }
    }[]
  }[]
}

const committedText = readFileSync(join(PACKAGE, 'custom-elements.json'), 'utf8')
const committed = JSON.parse(committedText) as Manifest

function element(tag: string): Declaration {
  for (const module of committed.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName === tag) return declaration
  throw new Error(`the manifest has no <${tag}>`)
}

const names = (list: readonly Named[] | undefined): string[] => (list ?? []).map((x) => x.name)

// `cem analyze` parses every source with TypeScript: seconds on a busy machine, not a speed check.
describe('custom-elements.json is up to date', () => {
  let dir: string
  let regenerated: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hatrack-cem-'))
    // The analyzer joins `--outdir` to the working folder: give it a relative path.
    await promisify(execFile)(
      process.execPath,
      [
        CEM,
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--quiet',
        '--outdir',
        relative(PACKAGE, dir),
      ],
      { cwd: PACKAGE },
    )
    regenerated = readFileSync(join(dir, 'custom-elements.json'), 'utf8')
  }, 180_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('matches what `cem analyze` makes of the sources now', () => {
    // On failure: run `pnpm --filter @hatrack/elements build:manifest` and commit the result.
    expect(JSON.parse(regenerated)).toEqual(committed)
  })
})

describe('the manifest describes the public elements', () => {
  it('define.ts defines every tag, each with its class', () => {
    const define = committed.modules.find((module) => module.path === 'src/define.ts')
    const definitions = (define?.exports ?? []).filter(
      (entry) => entry.kind === 'custom-element-definition',
    )
    expect(definitions.map((entry) => [entry.name, entry.declaration.name])).toEqual([
      ['hatrack-player', 'HatrackPlayer'],
      ['hatrack-graph', 'HatrackGraph'],
      ['hatrack-policy', 'HatrackPolicy'],
      ['hatrack-decision', 'HatrackDecision'],
      ['hatrack-log', 'HatrackLog'],
      ['hatrack-table', 'HatrackTable'],
      ['hatrack-details', 'HatrackDetails'],
      ['hatrack-challenge', 'HatrackChallenge'],
      ['hatrack-sandbox', 'HatrackSandbox'],
      ['hatrack-progress', 'HatrackProgress'],
      ['hatrack-editor', 'HatrackEditor'],
    ])
    for (const entry of definitions) expect(element(entry.name).customElement).toBe(true)
  })

  it('<hatrack-player> has the attributes of player.md', () => {
    expect(names(element('hatrack-player').attributes)).toEqual(
      expect.arrayContaining([
        'src',
        'alt',
        'step',
        'autoplay',
        'loop',
        'speed',
        'loading',
        'layout',
        'view',
        'theme',
        'nocontrols',
        'nohotkeys',
        'deeplink',
      ]),
    )
  })

  it('<hatrack-player> fires every event of player.md, typed', () => {
    const events = element('hatrack-player').events ?? []
    expect(names(events)).toEqual(
      expect.arrayContaining([
        'hatrack-load',
        'hatrack-error',
        'hatrack-stepchange',
        'hatrack-play',
        'hatrack-pause',
        'hatrack-ended',
        'hatrack-decision',
        'hatrack-nodeselect',
      ]),
    )
    for (const event of events)
      expect(event.type?.text).toBe(`CustomEvent<HatrackEventMap['${event.name}']>`)
  })

  it('<hatrack-player> names the parts of player.md', () => {
    expect(names(element('hatrack-player').cssParts)).toEqual(
      expect.arrayContaining([
        'graph',
        'node',
        'edge',
        'controls',
        'timeline',
        'caption',
        'log',
        'table',
        'error',
        'decision',
        'details',
      ]),
    )
  })

  it('<hatrack-graph> loads a scenario and tells which node was chosen', () => {
    const graph = element('hatrack-graph')
    expect(names(graph.attributes)).toEqual(expect.arrayContaining(['src', 'step', 'theme']))
    expect(names(graph.events)).toEqual(
      expect.arrayContaining(['hatrack-load', 'hatrack-error', 'hatrack-nodeselect']),
    )
  })

  it.each(['hatrack-policy', 'hatrack-decision'])('<%s> follows the theme', (tag) => {
    expect(names(element(tag).attributes)).toContain('theme')
  })

  it('internal reactive state is neither an attribute nor public', () => {
    for (const module of committed.modules)
      for (const declaration of module.declarations ?? []) {
        expect(names(declaration.attributes).filter((name) => name.startsWith('_'))).toEqual([])
        for (const member of declaration.members ?? [])
          if (member.name.startsWith('_')) expect(member.privacy).toBe('private')
      }
  })

  it('analyzes the public surface only: not the core behind the lazy loader', () => {
    const paths = committed.modules.map((module) => module.path)
    expect(paths).toContain('src/core/types.ts')
    expect(paths).toContain('src/core/lazy.ts')
    expect(paths.filter((path) => /^src\/core\/(?!types\.ts$|lazy\.ts$)/.test(path))).toEqual([])
  })
})
