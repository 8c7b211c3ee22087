// @ts-check
/**
 * The configuration of `cem analyze`, which writes `custom-elements.json` (the manifest editors,
 * Storybook and docs tools read). Run it with `pnpm --filter @hatrack/elements build:manifest`.
 *
 * Small plugins teach the analyzer this package's conventions:
 * - tags: the component files define no tag (they have no side effects); `src/define.ts` pairs
 *   each tag with its class in one table, `['hatrack-player', HatrackPlayer]`. The plugin reads
 *   that table and gives each class its `tagName`, and `define.ts` its definitions.
 * - file headers: a component documents its `@fires`, `@csspart`, `@slot` and `@cssprop` in the
 *   file's opening comment (the class's own comment is one line); the plugin gives them to the
 *   element class of that file. Several tags may share a line.
 * - events: elements fire their events through `emit(this, 'hatrack-…', detail)`
 *   (`src/events.ts`); the plugin records each such call as an event of the class, typed by
 *   `HatrackEventMap`, unless the documentation already names it.
 * - state: Lit's internal reactive state (`_help: { state: true }`) is no attribute and no API.
 *
 * Only the public surface is analyzed — the entries, the element classes, the events, the theme,
 * the data types — not the internals behind them (the core behind `src/core/lazy.ts`, the graph
 * renderer, the player's machine), so the manifest changes when the API does.
 */

/** The file that defines the tags. */
const DEFINE_MODULE = 'src/define.ts'

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function hatrackTags() {
  /** @type {Array<[string, string]>} */
  const pairs = []
  return {
    name: 'hatrack-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== DEFINE_MODULE || !ts.isArrayLiteralExpression(node)) return
      const [tag, element] = node.elements
      if (
        node.elements.length === 2 &&
        tag !== undefined &&
        element !== undefined &&
        ts.isStringLiteral(tag) &&
        ts.isIdentifier(element)
      )
        pairs.push([tag.text, element.text])
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? []
      const define = modules.find((module) => module.path === DEFINE_MODULE)
      for (const [tag, className] of pairs) {
        const module = modules.find((m) =>
          (m.declarations ?? []).some((d) => d.kind === 'class' && d.name === className),
        )
        const declaration = module?.declarations?.find((d) => d.name === className)
        if (module === undefined || declaration === undefined) continue
        Object.assign(declaration, { tagName: tag, customElement: true })
        define?.exports?.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: module.path },
        })
      }
    },
  }
}

/** The documentation tags a file header may carry, by the manifest field they fill. */
const HEADER_TAGS = /** @type {const} */ ({
  fires: 'events',
  event: 'events',
  csspart: 'cssParts',
  part: 'cssParts',
  slot: 'slots',
  cssprop: 'cssProperties',
  cssproperty: 'cssProperties',
})

/**
 * The tags of a comment: `@fires hatrack-load - the scenario is loaded`. A tag's description runs
 * to the next tag or the end of its line; several tags may share a line.
 * @param {string} comment
 */
function headerTags(comment) {
  /** @type {Array<{ tag: keyof typeof HEADER_TAGS; name: string; description: string }>} */
  const tags = []
  for (const line of comment.split('\n')) {
    const text = line.replace(/^\s*\/?\*+\/?/, '')
    for (const match of text.matchAll(/@(\w+)\s+(\S+)(?:\s+-\s*([^@]*))?/g)) {
      const tag = /** @type {keyof typeof HEADER_TAGS} */ (match[1])
      if (!(tag in HEADER_TAGS)) continue
      const name = match[2] === '-' ? '' : (match[2] ?? '')
      tags.push({ tag, name, description: (match[3] ?? '').replace(/\*\/\s*$/, '').trim() })
    }
  }
  return tags
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function hatrackHeaders() {
  return {
    name: 'hatrack-headers',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return
      const first = node.statements[0]
      if (first === undefined) return
      const ranges = ts.getLeadingCommentRanges(node.text, first.getFullStart()) ?? []
      const header = ranges[0]
      if (header === undefined) return
      const tags = headerTags(node.text.slice(header.pos, header.end))
      if (tags.length === 0) return
      moduleDoc.hatrackHeader = tags
    },
    moduleLinkPhase({ moduleDoc }) {
      /** @type {ReturnType<typeof headerTags> | undefined} */
      const tags = moduleDoc.hatrackHeader
      delete moduleDoc.hatrackHeader
      const element = moduleDoc.declarations?.find(
        (d) => d.kind === 'class' && d.superclass !== undefined,
      )
      if (tags === undefined || element === undefined) return
      for (const { tag, name, description } of tags) {
        const field = HEADER_TAGS[tag]
        /** @type {Array<{ name: string; description?: string }>} */
        const list = (element[field] ??= [])
        const existing = list.find((item) => item.name === name)
        if (existing !== undefined) existing.description ||= description
        else list.push(description === '' ? { name } : { name, description })
      }
    },
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function hatrackState() {
  /** @type {Map<string, Set<string>>} class name → its state properties */
  const state = new Map()
  return {
    name: 'hatrack-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || node.name === undefined) return
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue
        const object = member.initializer
        if (object === undefined || !ts.isObjectLiteralExpression(object)) continue
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property)) continue
          const options = property.initializer
          const isState =
            ts.isObjectLiteralExpression(options) &&
            options.properties.some(
              (option) =>
                ts.isPropertyAssignment(option) &&
                option.name.getText() === 'state' &&
                option.initializer.kind === ts.SyntaxKind.TrueKeyword,
            )
          if (!isState) continue
          const names = state.get(node.name.text) ?? new Set()
          names.add(property.name.getText().replace(/^['"]|['"]$/g, ''))
          state.set(node.name.text, names)
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = state.get(declaration.name)
        if (names === undefined || declaration.kind !== 'class') continue
        declaration.attributes = declaration.attributes?.filter((a) => !names.has(a.name))
        for (const member of declaration.members ?? [])
          if (names.has(member.name)) Object.assign(member, { privacy: 'private' })
      }
    },
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function hatrackEvents() {
  /** The events of `HatrackEventMap` (src/events.ts), whose detail types it names. */
  const known = new Set()
  /** @param {string} name */
  const typeOf = (name) => ({ text: `CustomEvent<HatrackEventMap['${name}']>` })
  return {
    name: 'hatrack-events',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HatrackEventMap') {
        for (const member of node.members)
          if (member.name !== undefined && ts.isStringLiteral(member.name))
            known.add(member.name.text)
        return
      }
      if (!ts.isClassDeclaration(node) || node.name === undefined) return
      const className = node.name.text
      const declaration = moduleDoc.declarations?.find((d) => d.name === className)
      if (declaration === undefined || declaration.kind !== 'class') return
      /** @param {import('typescript').Node} child */
      const visit = (child) => {
        const [target, name] = ts.isCallExpression(child) ? child.arguments : []
        if (
          ts.isCallExpression(child) &&
          ts.isIdentifier(child.expression) &&
          child.expression.text === 'emit' &&
          target?.kind === ts.SyntaxKind.ThisKeyword &&
          name !== undefined &&
          ts.isStringLiteral(name)
        ) {
          const events = (declaration.events ??= [])
          if (!events.some((event) => event.name === name.text)) events.push({ name: name.text })
        }
        ts.forEachChild(child, visit)
      }
      ts.forEachChild(node, visit)
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? [])
        for (const declaration of module.declarations ?? [])
          if (declaration.kind === 'class')
            for (const event of declaration.events ?? [])
              if (event.type === undefined && known.has(event.name)) event.type = typeOf(event.name)
    },
  }
}

export default {
  globs: [
    'src/{index,define,standalone,fence,events}.ts',
    'src/theme/*.ts',
    'src/core/{types,lazy}.ts',
    'src/components/*.ts',
    'src/panels/{hatrack-*,panel-element}.ts',
    'src/tutorial/editor/hatrack-editor.ts',
  ],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [hatrackTags(), hatrackHeaders(), hatrackState(), hatrackEvents()],
}
