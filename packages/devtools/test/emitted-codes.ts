/**
 * Reads source files for the error codes they emit as string literals, for the tests that keep
 * the error registries complete (error-codes.test.ts). The compiler ties a registry to its
 * union, but not a union to the code that builds errors: a new code can be added to the union
 * and its entry written, or a code written where only `string` is expected. Reading the
 * sources where errors are built catches what the types cannot.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A source file, by path from the repository root, and its text. */
export interface Source {
  readonly path: string
  readonly text: string
}

/** The `.ts` sources under `dir`, without tests and test helpers (`testing/`). */
export function sourcesUnder(root: string, dir: string): Source[] {
  const found: Source[] = []
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'testing' && entry.name !== 'node_modules') walk(path)
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        found.push({ path: relative(root, path), text: readFileSync(path, 'utf8') })
      }
    }
  }
  walk(join(root, dir))
  return found
}

const LITERAL = /'([A-Za-z][\w.]*)'/g
/** `code: …`, `code === …`, `malformedCode: …`: the literals up to the end of the expression. */
const CODE_VALUE = /\b\w*[cC]ode\s*(?::|===|!==)\s*([^,;\n)}&|]*)/g
/** Only the `code:` property, for packages where `event.code === 'Space'` is a key, not an error. */
const CODE_PROPERTY = /\bcode\s*:\s*([^,;\n)}&|]*)/g
/** `awsError('X', …)`, `resourceError('X', …)`, Organizations' `error('X', …)`. */
const ERROR_CALL = /\b(?:awsError|resourceError|error)\(\s*'([A-Za-z][\w.]*)'/g
/** `const NAME = 'X'`: a code held in a constant (`INTERNAL_ERROR = 'HatrackInternalError'`). */
const CONSTANT = /\bconst\s+([A-Z][A-Z0-9_]*)\s*=\s*'([^']+)'/g
const CONSTANT_USE = /^([A-Z][A-Z0-9_]*)\b/

/**
 * The codes `sources` emit, each with the files it is emitted in. `properties: true` reads only
 * `code:` properties (and calls), else comparisons and `…Code:` fields too.
 */
export function emittedCodes(
  sources: readonly Source[],
  options: { readonly properties?: boolean } = {},
): Map<string, Set<string>> {
  const constants = new Map<string, string>()
  for (const { text } of sources)
    for (const [, name = '', value = ''] of text.matchAll(CONSTANT)) constants.set(name, value)
  const found = new Map<string, Set<string>>()
  const add = (code: string, path: string): void => {
    const files = found.get(code) ?? new Set<string>()
    files.add(path)
    found.set(code, files)
  }
  for (const { path, text } of sources) {
    const values = options.properties ? CODE_PROPERTY : CODE_VALUE
    for (const [, value = ''] of text.matchAll(values)) {
      for (const [, code = ''] of value.matchAll(LITERAL)) add(code, path)
      const constant = CONSTANT_USE.exec(value.trim())?.[1]
      const resolved = constant === undefined ? undefined : constants.get(constant)
      if (resolved !== undefined) add(resolved, path)
    }
    for (const [, code = ''] of text.matchAll(ERROR_CALL)) add(code, path)
  }
  return found
}
