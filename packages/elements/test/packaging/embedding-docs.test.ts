/**
 * The embedding guides (docs/embedding/*.md) are recipes readers copy: this checks every code
 * block in them against the real packages, offline. JavaScript and TypeScript parse; every
 * `@hatrack/*` import is an export of that package and every name imported exists there; the
 * standalone file is named as the build writes it; every `<hatrack-…>` tag, attribute, event,
 * part and custom property is one of custom-elements.json (or the elements' source); YAML and
 * JSON parse; a `hatrack` block is a scenario that loads and passes its own expectations.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkScenario, load, replay } from '@hatrack/scenario'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { FENCE_ATTRIBUTES, fenceAttributes } from '../../src/fence.ts'
import {
  codeBlocks,
  hatrackTags,
  moduleExports,
  parseScript,
  scriptUses,
  syntaxErrors,
  type CodeBlock,
  type ImportUse,
} from './doc-blocks.ts'

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))
const ELEMENTS = join(ROOT, 'packages/elements')
const GUIDES = join(ROOT, 'docs/embedding')

// ---------------------------------------------------------------------------------------------
// What the packages really offer
// ---------------------------------------------------------------------------------------------

interface Named {
  readonly name: string
}
interface Declaration {
  readonly tagName?: string
  readonly customElement?: boolean
  readonly attributes?: readonly Named[]
  readonly events?: readonly Named[]
  readonly cssParts?: readonly Named[]
}
const manifest = JSON.parse(readFileSync(join(ELEMENTS, 'custom-elements.json'), 'utf8')) as {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[]
}
const elements = new Map<string, Declaration>()
for (const module of manifest.modules)
  for (const declaration of module.declarations ?? [])
    if (declaration.customElement === true && declaration.tagName !== undefined)
      elements.set(declaration.tagName, declaration)
const names = (list: readonly Named[] | undefined): string[] => (list ?? []).map((x) => x.name)
const allEvents = new Set([...elements.values()].flatMap((e) => names(e.events)))

/** Attributes every HTML element has, beside an element's own. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'style', 'slot', 'hidden', 'title', 'lang', 'dir']
/** Every source file of the elements, where the custom properties are read. */
const elementSource = readdirSync(join(ELEMENTS, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(ELEMENTS, 'src', file), 'utf8'))
  .join('\n')
const isGlobal = (name: string): boolean =>
  GLOBAL_ATTRIBUTES.includes(name) || /^(data|aria)-/.test(name)

type Exports = Record<string, string | Record<string, string>>
interface PackageJson {
  readonly name: string
  readonly exports: Exports
}
const packages = new Map<string, { readonly dir: string; readonly json: PackageJson }>()
for (const dir of readdirSync(join(ROOT, 'packages'))) {
  try {
    const json = JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8'))
    packages.set(json.name, { dir: join(ROOT, 'packages', dir), json })
  } catch {
    // Not a package folder.
  }
}
const elementsJson = packages.get('@hatrack/elements')?.json
/** The file `vite build --mode standalone` writes (vite.config.ts), from `src/standalone.ts`. */
const STANDALONE = String(elementsJson?.exports['./standalone'] ?? '')
const STANDALONE_FILE = STANDALONE.split('/').pop() ?? ''
const standaloneExports = moduleExports(join(ELEMENTS, 'src/standalone.ts'))

/** Splits `@hatrack/elements/define` into the package and its export key (`./define`). */
function packageOf(specifier: string): { name: string; key: string } {
  const [scope = '', name = '', ...rest] = specifier.split('/')
  return { name: `${scope}/${name}`, key: rest.length === 0 ? '.' : `./${rest.join('/')}` }
}

/** What is wrong with one `@hatrack/*` import, or the standalone file imported by URL. */
function importProblems({ specifier, names: imported }: ImportUse): string[] {
  let exported: ReadonlySet<string>
  if (specifier.startsWith('@hatrack/')) {
    const { name, key } = packageOf(specifier)
    const found = packages.get(name)
    if (found === undefined) return [`${specifier}: no package ${name}`]
    const entry = found.json.exports[key]
    if (entry === undefined) return [`${specifier}: ${name} exports no ${key}`]
    const source = typeof entry === 'string' ? undefined : entry['@hatrack/source']
    if (source === undefined) exported = key === './standalone' ? standaloneExports : new Set()
    else exported = moduleExports(join(found.dir, source))
  } else if (specifier.split('/').pop() === STANDALONE_FILE) exported = standaloneExports
  else return []
  return imported.filter((n) => !exported.has(n)).map((n) => `${specifier} exports no ${n}`)
}

// ---------------------------------------------------------------------------------------------
// What the guides use
// ---------------------------------------------------------------------------------------------

interface Guide {
  readonly file: string
  readonly text: string
}
const guides: Guide[] = readdirSync(GUIDES)
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ file, text: readFileSync(join(GUIDES, file), 'utf8') }))

interface Found extends CodeBlock {
  readonly where: string
}
/** Every block of every guide; the blocks inside a Markdown block too. */
const blocks: Found[] = guides.flatMap(({ file, text }) => {
  const found: Found[] = []
  const add = (markdown: string, firstLine: number): void => {
    for (const block of codeBlocks(markdown, firstLine)) {
      found.push({ ...block, where: `${file}:${block.line} (${block.lang})` })
      if (block.lang === 'md' || block.lang === 'mdx') add(block.text, block.line + 1)
    }
  }
  add(text, 1)
  return found
})
const ofLang = (...langs: string[]): Found[] => blocks.filter((b) => langs.includes(b.lang))

/** The script sources of a block: JS and TS, Astro's frontmatter and scripts, MDX's ESM. */
function scriptsOf(block: Found): string[] {
  const scripts = [...block.text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  )
  switch (block.lang) {
    case 'js':
    case 'ts':
      return [block.text]
    case 'astro':
      return [/^---\n([\s\S]*?)\n---/.exec(block.text)?.[1] ?? '', ...scripts]
    case 'mdx':
      return [
        block.text
          .split('\n')
          .filter((l) => /^(import|export)\s/.test(l))
          .join('\n'),
      ]
    default:
      return scripts
  }
}
const scripts = blocks.flatMap((block) =>
  scriptsOf(block)
    .filter((text) => text.trim() !== '')
    .map((text, i) => ({
      where: `${block.where} script ${i + 1}`,
      source: parseScript(text, block.lang === 'ts' || block.lang === 'astro' ? 'a.mts' : 'a.mjs'),
    })),
)
const uses = scripts.map(({ where, source }) => ({ where, ...scriptUses(source) }))
/** The imports checkable offline: this repository's packages, and the standalone file. */
const checkedImports = uses.flatMap(({ where, imports }) =>
  imports
    .filter(
      ({ specifier }) =>
        specifier.startsWith('@hatrack/') || specifier.split('/').pop() === STANDALONE_FILE,
    )
    .map((use) => [`${where}: ${use.specifier}`, use] as const),
)
const events = uses.flatMap(({ where, events }) =>
  events.filter((e) => e.startsWith('hatrack-')).map((e) => [`${where}: ${e}`, e] as const),
)
const tags = guides.flatMap(({ file, text }) =>
  hatrackTags(text).map((tag) => ({ ...tag, where: `${file}:${tag.line} <${tag.tag}>` })),
)

/** The languages this test knows how to check; a new one must be taught here first. */
const CHECKED = ['js', 'ts', 'html', 'md', 'mdx', 'astro', 'yaml', 'json', 'css', 'hatrack']

describe('the embedding guides', () => {
  it('are read, blocks and all', () => {
    for (const page of ['html', 'vitepress', 'docusaurus', 'starlight', 'mkdocs', 'fence'])
      expect(blocks.filter((b) => b.where.startsWith(`${page}.md:`)).length).toBeGreaterThan(0)
    expect(ofLang('hatrack')).not.toEqual([])
  })

  it.each(blocks.map((b) => [b.where, b] as const))('%s has a language this test checks', (_, b) =>
    expect(CHECKED).toContain(b.lang),
  )

  it.each(scripts.map((s) => [s.where, s.source] as const))('%s parses', (_, source) => {
    expect(syntaxErrors(source)).toEqual([])
  })

  it.each(checkedImports)('%s is a real export, and so are the names imported', (_, use) =>
    expect(importProblems(use)).toEqual([]),
  )

  it.each(events)('%s is an event an element fires', (_, event) =>
    expect(allEvents).toContain(event),
  )

  it.each(tags.map((t) => [t.where, t] as const))('%s has only its own attributes', (_, tag) => {
    const element = elements.get(tag.tag)
    expect(element, `no <${tag.tag}> in custom-elements.json`).toBeDefined()
    const own = names(element?.attributes)
    expect(tag.attributes.filter((a) => !own.includes(a) && !isGlobal(a))).toEqual([])
  })
})

describe('the files and names the guides give', () => {
  const mentions = guides.flatMap(({ file, text }) =>
    [...text.matchAll(/(?:^|[^\w-])(?:hatrack|dist)\/([\w.-]+\.js)\b/g)].map(
      (m) => [`${file}: ${m[0].replace(/^\W+/, '')}`, m[1] ?? ''] as const,
    ),
  )
  const shipped = Object.values(elementsJson?.exports ?? {}).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : Object.values(entry),
  )

  it.each(mentions)('%s names a file the package ships', (_, file) => {
    expect(shipped.map((path) => path.split('/').pop())).toContain(file)
  })

  it('the standalone file is the build of src/standalone.ts', () => {
    const config = readFileSync(join(ELEMENTS, 'vite.config.ts'), 'utf8')
    expect(config).toContain(`${STANDALONE_FILE.replace(/\.js$/, '')}: 'src/standalone.ts'`)
    expect(standaloneExports).toContain('upgradeFences')
  })

  it('fence.md lists exactly the attributes a fence comment may set', () => {
    const fence = guides.find((g) => g.file === 'fence.md')?.text ?? ''
    const list = /It sets the player's attributes:([^.]*)/.exec(fence.replace(/\s+/g, ' '))?.[1]
    expect([...(list ?? '').matchAll(/`([a-z]+)`/g)].map((m) => m[1])).toEqual(FENCE_ATTRIBUTES)
    expect(names(elements.get('hatrack-player')?.attributes)).toEqual(
      expect.arrayContaining([...FENCE_ATTRIBUTES]),
    )
  })
})

describe('the tables of attributes', () => {
  /** Each `| attribute |` table's names, with the element of the heading above it. */
  const rows = guides.flatMap(({ file, text }) => {
    const found: (readonly [string, string, string])[] = []
    let element = 'hatrack-player'
    let inTable = false
    text.split('\n').forEach((line, i) => {
      const heading = /^#+ .*<(hatrack-[a-z-]+)>/.exec(line)
      if (heading !== null) element = heading[1] ?? element
      if (/^\|\s*attribute\s*\|/.test(line)) inTable = true
      else if (!line.startsWith('|')) inTable = false
      else if (inTable && !/^\|\s*-/.test(line))
        for (const m of (line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g))
          found.push([`${file}:${i + 1} ${element} ${m[1]}`, element, m[1] ?? ''])
    })
    return found
  })

  it.each(rows)('%s is an attribute of the element', (_, element, attribute) => {
    const own = names(elements.get(element)?.attributes)
    expect(own.includes(attribute) || isGlobal(attribute)).toBe(true)
  })
})

describe('the configuration and data blocks', () => {
  it.each(ofLang('yaml').map((b) => [b.where, b.text] as const))('%s parses', (_, text) => {
    const document = parseDocument(text)
    expect(document.errors.map((e) => e.message)).toEqual([])
    // MkDocs resolves `!!python/name:` tags itself; no other tag is unknown.
    const unresolved = document.warnings.filter(
      (w) => !/tag:yaml.org,2002:python\//.test(w.message),
    )
    expect(unresolved.map((w) => w.message)).toEqual([])
    expect(document.toJS()).toBeTypeOf('object')
  })

  it.each(ofLang('json').map((b) => [b.where, b.text] as const))('%s parses', (_, text) => {
    expect(() => JSON.parse(text)).not.toThrow()
  })

  it.each(ofLang('css').map((b) => [b.where, b.text] as const))(
    '%s uses parts and properties the elements have',
    (_, css) => {
      const parts = [...css.matchAll(/(hatrack-[a-z-]+)::part\(([\w-]+)\)/g)]
      const properties = [...css.matchAll(/(--hatrack-[\w-]+)\s*:/g)].map((m) => m[1] ?? '')
      expect(parts.length + properties.length).toBeGreaterThan(0)
      for (const [, tag = '', part = ''] of parts)
        expect(names(elements.get(tag)?.cssParts)).toContain(part)
      for (const property of properties) expect(elementSource).toContain(property)
    },
  )

  it.each(ofLang('hatrack').map((b) => [b.where, b.text] as const))(
    '%s is a scenario that loads and holds its expectations',
    (_, text) => {
      const directive = /^#\s*hatrack:(.*)$/m.exec(text.split('\n')[0] ?? '')?.[1] ?? ''
      const given = [...directive.matchAll(/([a-z][a-z-]*)(?:=("[^"]*"|\S*))?/g)].map((m) => m[1])
      expect(Object.keys(fenceAttributes(text))).toEqual(given)
      const loaded = load(text)
      expect(loaded.ok ? [] : loaded.issues).toEqual([])
      if (loaded.ok) expect(checkScenario(replay(loaded.scenario)).ok).toBe(true)
    },
  )
})
