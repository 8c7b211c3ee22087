/**
 * Reading documentation the way embedding-docs.test.ts checks it: the fenced code blocks of a
 * Markdown page, the `<hatrack-…>` start tags and their attribute names in any text (HTML, MDX,
 * Astro), the modules a JavaScript source imports, and the names a TypeScript module exports,
 * `export * from` followed. No Markdown or HTML library: the guides' syntax is small and known.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'

/** One fenced code block: its language (the info string's first word), text and first line. */
export interface CodeBlock {
  readonly lang: string
  readonly text: string
  /** The 1-based line of the opening fence in the page. */
  readonly line: number
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/

/**
 * The top-level fenced blocks of `markdown` (CommonMark's rule: a fence closes on a line of the
 * same character, at least as long, with nothing after it). Blocks inside a `md` block are that
 * block's text; read them with another call.
 */
export function codeBlocks(markdown: string, firstLine = 1): CodeBlock[] {
  const lines = markdown.split('\n')
  const blocks: CodeBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '')
    if (open === null) continue
    const [, indent = '', fence = '', lang = ''] = open
    const close = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`)
    let end = i + 1
    while (end < lines.length && !close.test(lines[end] ?? '')) end++
    const body = lines
      .slice(i + 1, end)
      .map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), ''))
    blocks.push({ lang, text: body.join('\n'), line: firstLine + i })
    i = end
  }
  return blocks
}

/** A `<hatrack-…>` start tag: the tag, its attribute names, and its 1-based line. */
export interface StartTag {
  readonly tag: string
  readonly attributes: readonly string[]
  readonly line: number
}

/** Where a value in braces (`src={url}`, JSX and Astro) ends: after its matching `}`. */
function afterBraces(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i + 1
  }
  return text.length
}

/** Where an attribute's value starting at `i` ends: quoted, in braces, or bare. */
function afterValue(text: string, i: number): number {
  const quote = text[i]
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, i + 1)
    return end < 0 ? text.length : end + 1
  }
  if (quote === '{') return afterBraces(text, i)
  const bare = /^[^\s>]*/.exec(text.slice(i))
  return i + (bare?.[0].length ?? 0)
}

/** Every `<hatrack-…>` start tag in `text`, in HTML, MDX or Astro syntax. */
export function hatrackTags(text: string): StartTag[] {
  const tags: StartTag[] = []
  for (const match of text.matchAll(/<(hatrack-[a-z][a-z0-9-]*)/g)) {
    const attributes: string[] = []
    let i = (match.index ?? 0) + match[0].length
    for (;;) {
      i += /^[\s/]*/.exec(text.slice(i))?.[0].length ?? 0
      const name = /^[^\s=/>"'{}]+/.exec(text.slice(i))?.[0]
      if (name === undefined) break
      attributes.push(name)
      i += name.length
      const equals = /^\s*=\s*/.exec(text.slice(i))?.[0]
      if (equals !== undefined) i = afterValue(text, i + equals.length)
    }
    const line = text.slice(0, match.index).split('\n').length
    tags.push({ tag: match[1] ?? '', attributes, line })
  }
  return tags
}

/** A JavaScript or TypeScript source as TypeScript's parser reads it. */
export function parseScript(text: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
}

/** The syntax errors TypeScript's parser found (not type errors: a recipe has no project). */
export function syntaxErrors(source: ts.SourceFile): string[] {
  const { parseDiagnostics } = source as ts.SourceFile & {
    readonly parseDiagnostics: readonly ts.Diagnostic[]
  }
  return parseDiagnostics.map((d) => {
    const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0)
    return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  })
}

/** One module a source imports (statically, dynamically or for its side effect) and the names. */
export interface ImportUse {
  readonly specifier: string
  /** The names imported by name (`import { a } from`); not default or namespace imports. */
  readonly names: readonly string[]
}

/** The imports of a parsed source, and the string arguments of its `addEventListener` calls. */
export function scriptUses(source: ts.SourceFile): { imports: ImportUse[]; events: string[] } {
  const imports: ImportUse[] = []
  const events: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings
      const names =
        bindings !== undefined && ts.isNamedImports(bindings)
          ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
          : []
      imports.push({ specifier: node.moduleSpecifier.text, names })
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first !== undefined)
        if (ts.isStringLiteral(first)) imports.push({ specifier: first.text, names: [] })
      const callee = node.expression
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'addEventListener' &&
        first !== undefined &&
        ts.isStringLiteral(first)
      )
        events.push(first.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { imports, events }
}

/** A relative module specifier as a file: as written, or with `.ts` or `/index.ts` added. */
function moduleFile(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier)
  return [base, `${base}.ts`, `${base}/index.ts`].find((file) => existsSync(file)) ?? base
}

/** Whether a statement carries the `export` keyword. */
function isExported(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  )
}

/** The names a TypeScript module exports, types included, `export * from './x.ts'` followed. */
export function moduleExports(file: string, seen: Set<string> = new Set()): Set<string> {
  const names = new Set<string>()
  if (seen.has(file)) return names
  seen.add(file)
  const source = parseScript(readFileSync(file, 'utf8'), file)
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause
      const from = statement.moduleSpecifier
      if (clause !== undefined && ts.isNamedExports(clause))
        for (const element of clause.elements) names.add(element.name.text)
      else if (clause !== undefined) names.add(clause.name.text)
      else if (from !== undefined && ts.isStringLiteral(from) && from.text.startsWith('.'))
        for (const name of moduleExports(moduleFile(file, from.text), seen)) names.add(name)
    } else if (ts.isExportAssignment(statement)) names.add('default')
    else if (isExported(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations)
          if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text)
      } else {
        const name = (statement as ts.DeclarationStatement).name
        if (name !== undefined && ts.isIdentifier(name)) names.add(name.text)
      }
    }
  }
  return names
}
