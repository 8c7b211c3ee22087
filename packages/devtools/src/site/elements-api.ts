/**
 * The web components' API reference (docs/reference/elements.md), generated from
 * `packages/elements/custom-elements.json`, the Custom Elements Manifest the analyzer writes
 * from the elements' source. Tags, attributes, properties, methods, events, CSS custom
 * properties, parts and slots all come from there, so the page says what the code does.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CemDeclaration, CemMember, CemModule, CemPackage, CemType } from './cem.ts'

const MANIFEST = fileURLToPath(new URL('../../../elements/custom-elements.json', import.meta.url))

/** The elements a page author uses, in the order the page presents them; others follow. */
const PUBLIC_TAGS = ['hatrack-player', 'hatrack-graph', 'hatrack-policy', 'hatrack-decision']

/**
 * Text for a Markdown table cell or paragraph that VitePress compiles as a Vue template: outside
 * code spans `<` and `>` would be read as markup, so they are escaped; line breaks become spaces,
 * pipes are escaped (GFM tables split on them first) and `{{`, Vue's interpolation, is broken.
 */
export function cell(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return ''
  const flat = text.replace(/\s*\n\s*/g, ' ').trim()
  return flat
    .split(/(`[^`]*`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\{\{/g, '{ {')
    .replace(/\}\}/g, '} }')
}

/** A type or value as inline code, safe in a table cell. */
function code(text: string | undefined): string {
  if (text === undefined || text === '') return ''
  const flat = text.replace(/\s*\n\s*/g, ' ').trim()
  const ticks = flat.includes('`') ? '``' : '`'
  return `${ticks}${flat}${ticks}`
    .replace(/\|/g, '\\|')
    .replace(/\{\{/g, '{ {')
    .replace(/\}\}/g, '} }')
}

function typeOf(type: CemType | undefined): string {
  return code(type?.text)
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ]
}

function isPublic(member: CemMember): boolean {
  return (
    (member.privacy ?? 'public') === 'public' &&
    member.static !== true &&
    !member.name.startsWith('_') &&
    !member.name.startsWith('#')
  )
}

function signature(member: CemMember): string {
  const parameters = (member.parameters ?? [])
    .map(
      (p) =>
        `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`,
    )
    .join(', ')
  const result = member.return?.type?.text
  return code(`${member.name}(${parameters})${result ? `: ${result}` : ''}`)
}

/** The custom elements of a manifest with their module, public tags first. */
export function customElements(
  manifest: CemPackage,
): { readonly declaration: CemDeclaration; readonly module: CemModule }[] {
  const found = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement === true && declaration.tagName)
      .map((declaration) => ({ declaration, module })),
  )
  const rank = (tag: string): number => {
    const index = PUBLIC_TAGS.indexOf(tag)
    return index === -1 ? PUBLIC_TAGS.length : index
  }
  return found.sort(
    (a, b) =>
      rank(a.declaration.tagName ?? '') - rank(b.declaration.tagName ?? '') ||
      (a.declaration.tagName ?? '').localeCompare(b.declaration.tagName ?? ''),
  )
}

function renderElement(declaration: CemDeclaration, module: CemModule): string[] {
  const tag = declaration.tagName ?? ''
  const lines = [`## \`<${tag}>\` {#${tag}}`, '']
  const about = declaration.description ?? declaration.summary
  if (about) lines.push(cell(about), '')
  lines.push(`Class \`${declaration.name}\`, in \`${module.path}\`.`, '')

  const attributes = (declaration.attributes ?? []).filter(
    (a) => !a.name.startsWith('_') && !(a.fieldName ?? '').startsWith('_'),
  )
  if (attributes.length > 0) {
    lines.push('### Attributes', '')
    lines.push(
      ...table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((a) => [
          code(a.name),
          code(a.fieldName),
          typeOf(a.type),
          code(a.default),
          cell(a.description),
        ]),
      ),
    )
  }

  const members = (declaration.members ?? []).filter(isPublic)
  const fields = members.filter((m) => m.kind === 'field')
  if (fields.length > 0) {
    lines.push('### Properties', '')
    lines.push(
      ...table(
        ['property', 'type', 'default', 'description'],
        fields.map((f) => [
          `${code(f.name)}${f.readonly ? ' (read-only)' : ''}`,
          typeOf(f.type),
          code(f.default),
          cell(f.description),
        ]),
      ),
    )
  }
  const methods = members.filter((m) => m.kind === 'method')
  if (methods.length > 0) {
    lines.push('### Methods', '')
    lines.push(
      ...table(
        ['method', 'description'],
        methods.map((m) => [signature(m), cell(m.description ?? m.summary)]),
      ),
    )
  }

  const events = declaration.events ?? []
  if (events.length > 0) {
    lines.push('### Events', '')
    lines.push(
      ...table(
        ['event', 'type', 'description'],
        events.map((e) => [code(e.name), typeOf(e.type), cell(e.description)]),
      ),
    )
  }

  const properties = declaration.cssProperties ?? []
  if (properties.length > 0) {
    lines.push('### CSS custom properties', '')
    lines.push(
      ...table(
        ['property', 'default', 'description'],
        properties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    )
  }

  const parts = declaration.cssParts ?? []
  if (parts.length > 0) {
    lines.push('### Parts', '')
    lines.push(
      ...table(
        ['part', 'description'],
        parts.map((p) => [code(p.name), cell(p.description)]),
      ),
    )
  }

  const slots = declaration.slots ?? []
  if (slots.length > 0) {
    lines.push('### Slots', '')
    lines.push(
      ...table(
        ['slot', 'description'],
        slots.map((s) => [s.name === '' ? '(default)' : code(s.name), cell(s.description)]),
      ),
    )
  }
  return lines
}

/** Renders the page for `manifest`, or a page saying it has not been generated yet. */
export function renderElementsApi(manifest: CemPackage | null): string {
  const lines = [
    '<!-- Generated by `pnpm docs:gen` from packages/elements/custom-elements.json. Do not edit by hand. -->',
    '',
    '# Web components API',
    '',
    'The API of every Hatrack element, generated from the package\u2019s',
    '[Custom Elements Manifest](https://github.com/webcomponents/custom-elements-manifest)',
    '(`@hatrack/elements/custom-elements.json`), which editors and tools read as well. For',
    'recipes, see [embedding](../embedding/); for styling, [theming](../embedding/theming.md).',
    '',
  ]
  if (manifest === null) {
    lines.push(
      '::: warning Not generated yet',
      '`packages/elements/custom-elements.json` does not exist yet. Run',
      '`pnpm --filter @hatrack/elements build:manifest`, then `pnpm docs:gen`.',
      ':::',
      '',
    )
    return lines.join('\n')
  }
  const elements = customElements(manifest)
  lines.push('| tag | class | what it is |', '| --- | --- | --- |')
  for (const { declaration } of elements) {
    const tag = declaration.tagName ?? ''
    const about = (declaration.summary ?? declaration.description ?? '').split(/(?<=\.)\s/)[0]
    lines.push(`| [\`<${tag}>\`](#${tag}) | \`${declaration.name}\` | ${cell(about)} |`)
  }
  lines.push('')
  for (const { declaration, module } of elements) lines.push(...renderElement(declaration, module))
  return lines.join('\n')
}

/** Reads the manifest from the elements package; `null` while it has not been generated. */
export function readElementsManifest(path: string = MANIFEST): CemPackage | null {
  if (!existsSync(path)) return null
  return JSON.parse(readFileSync(path, 'utf8')) as CemPackage
}

/** The page as committed: rendered from the manifest on disk. */
export function elementsApiPage(): string {
  return renderElementsApi(readElementsManifest())
}
