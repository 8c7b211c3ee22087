/**
 * The size rule (helpers' brief): the heavy part — YAML, the scenario loader, the model, the
 * engine, the policy parser — reaches the page only through `src/core/index.ts`, which
 * `src/core/lazy.ts` imports dynamically. Every module outside `src/core/` may import those
 * packages and the core's modules for their types only; a value import would pull the heavy part
 * into the player's own bundle. The scan reads each file's import and export declarations with
 * TypeScript's parser, so `import type`, `import { type X }` and `export type` are told apart.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))

/** Packages only `src/core/**` may import as values. */
const HEAVY = ['yaml', '@hatrack/scenario', '@hatrack/model', '@hatrack/engine', '@hatrack/policy']

/** The core's modules the rest may import as values: the lazy loader only. */
const CORE_VALUE_ALLOWED = ['core/lazy.ts']

/** One import of one file. */
interface Import {
  readonly file: string
  readonly specifier: string
  /** Whether it brings a value (not only types) at run time. */
  readonly value: boolean
  readonly dynamic: boolean
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Whether an import clause brings any value: not `import type`, and not only `type` names. */
function clauseHasValue(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return true // `import './x.ts'`: a side effect, a value
  if (clause.isTypeOnly) return false
  if (clause.name !== undefined) return true
  const bindings = clause.namedBindings
  if (bindings === undefined) return false
  if (ts.isNamespaceImport(bindings)) return true
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly)
}

function exportHasValue(declaration: ts.ExportDeclaration): boolean {
  if (declaration.isTypeOnly) return false
  const clause = declaration.exportClause
  if (clause === undefined || ts.isNamespaceExport(clause)) return true
  return clause.elements.some((element) => !element.isTypeOnly)
}

/** Every import and re-export of `file`, static and dynamic. */
function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Import[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      found.push({
        file,
        specifier: node.moduleSpecifier.text,
        value: clauseHasValue(node.importClause),
        dynamic: false,
      })
    else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push({
        file,
        specifier: node.moduleSpecifier.text,
        value: exportHasValue(node),
        dynamic: false,
      })
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined
    ) {
      const argument = node.arguments[0]
      found.push({
        file,
        specifier: ts.isStringLiteralLike(argument) ? argument.text : '<computed>',
        value: true,
        dynamic: true,
      })
    } else if (ts.isImportTypeNode(node)) {
      // `typeof import('yaml')` in a type: no run-time import.
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The path of `specifier` from `file` relative to src/, or undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  return relative(SRC, join(file, '..', specifier))
    .split(sep)
    .join('/')
}

function isHeavy(specifier: string): boolean {
  return HEAVY.some((name) => specifier === name || specifier.startsWith(`${name}/`))
}

/** The violations of the size rule among `imports`, as readable lines. */
function violations(imports: readonly Import[]): string[] {
  const lines: string[] = []
  for (const entry of imports) {
    const from = relative(SRC, entry.file).split(sep).join('/')
    if (from.startsWith('core/')) continue
    const to = target(entry.file, entry.specifier)
    const where = `src/${from} imports '${entry.specifier}'`
    if (entry.dynamic) lines.push(`${where} dynamically: only src/core/lazy.ts may`)
    else if (entry.value && isHeavy(entry.specifier)) lines.push(`${where} as a value`)
    else if (
      entry.value &&
      to !== undefined &&
      to.startsWith('core/') &&
      !CORE_VALUE_ALLOWED.includes(to)
    )
      lines.push(`${where} as a value: outside src/core only core/lazy.ts may be`)
  }
  return lines
}

const files = sourceFiles(SRC)
const imports = files.flatMap((file) => importsOf(file, readFileSync(file, 'utf8')))

describe('the size rule', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(files.map((file) => relative(SRC, file).split(sep).join('/'))).toContain('core/lazy.ts')
  })

  it('no module outside src/core imports the heavy packages or the core as values', () => {
    expect(violations(imports)).toEqual([])
  })

  it('the lazy loader imports the core dynamically and nothing heavy statically', () => {
    const lazy = imports.filter((entry) => entry.file.endsWith(`${sep}core${sep}lazy.ts`))
    expect(lazy.filter((entry) => entry.dynamic).map((entry) => entry.specifier)).toEqual([
      './index.ts',
    ])
    expect(lazy.filter((entry) => !entry.dynamic && entry.value)).toEqual([])
  })

  it.each([
    ["import { parse } from 'yaml'", 1],
    ["import type { Scenario } from '@hatrack/scenario'", 0],
    ["import { type Decision } from '@hatrack/engine'", 0],
    ["import { type Decision, evaluate } from '@hatrack/engine'", 1],
    ["export { load } from '@hatrack/scenario'", 1],
    ["export type { Trace } from '@hatrack/scenario'", 0],
    ["import '@hatrack/model'", 1],
    ["import { core } from '../core/index.ts'", 1],
    ["import type { Core } from '../core/types.ts'", 0],
    ["import { loadCore } from '../core/lazy.ts'", 0],
    ["const core = await import('../core/index.ts')", 1],
    ["type Y = typeof import('yaml')", 0],
  ])('the scan sees `%s` (%i violation)', (code, count) => {
    const file = join(SRC, 'player', 'x.ts')
    expect(violations(importsOf(file, code))).toHaveLength(count)
  })
})
