/**
 * Following `extends`: each base file is asked of the caller's `resolveFile` (the CLI reads
 * disk, a browser fetches), read and checked on its own. The chain stops with an issue at a
 * missing file, a circle (`a.yaml → b.yaml → a.yaml`), or more than `limits.maxExtends` files.
 */
import { issue, type PendingIssue, type ScenarioIssue } from '../issues/index.ts'
import { limits } from '../limits.ts'
import { place } from '../place.ts'
import { readFile } from '../read-file.ts'
import { createLocator, originLeaf } from '../source/locator.ts'
import type { SourceFile } from '../source/source-file.ts'
import { code } from '../text/words.ts'
import { resolvePath } from './paths.ts'

/** One file of the chain and its checked value. */
export interface ChainFile {
  readonly file: SourceFile
  readonly value: Readonly<Record<string, unknown>>
}

/** Reads a file's text, or `undefined` when there is none. */
export type ResolveFile = (path: string) => string | undefined

/** The chain from the farthest base to `root`, or the issues that stopped it. */
export type ChainResult =
  | { readonly ok: true; readonly chain: readonly ChainFile[] }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

function stop(current: ChainFile, pending: PendingIssue): ChainResult {
  return {
    ok: false,
    issues: [
      place(
        { ...pending, anchor: 'value' },
        createLocator(originLeaf(current.file)),
        current.file.name,
      ),
    ],
  }
}

/** Follows `extends` from `root`. */
export function followExtends(root: ChainFile, resolveFile: ResolveFile | undefined): ChainResult {
  const chain: ChainFile[] = [root]
  const names: string[] = [root.file.name ?? '']
  for (;;) {
    const current = chain[0] as ChainFile
    const extended = current.value['extends']
    if (typeof extended !== 'string') return { ok: true, chain }
    if (resolveFile === undefined) {
      return stop(
        current,
        issue(
          'scenario.extends.noResolver',
          ['extends'],
          `this scenario extends ${code(extended)}, but no files can be read here`,
          { hint: 'load it with the CLI, or give `load` a `resolveFile` function' },
        ),
      )
    }
    const path = resolvePath(current.file.name, extended)
    if (names.includes(path)) {
      const circle = [...names.slice(0, names.indexOf(path) + 1).reverse(), path]
        .map(code)
        .join(' → ')
      return stop(
        current,
        issue(
          'scenario.extends.cycle',
          ['extends'],
          `the scenarios extend each other in a circle: ${circle}`,
          { hint: 'one of them must not extend the others' },
        ),
      )
    }
    if (chain.length >= limits.maxExtends) {
      return stop(
        current,
        issue(
          'scenario.extends.tooDeep',
          ['extends'],
          `more than ${limits.maxExtends} files extend one another`,
          { hint: 'flatten the chain: merge some of the files' },
        ),
      )
    }
    let text: unknown
    try {
      text = resolveFile(path)
    } catch {
      text = undefined
    }
    if (typeof text !== 'string') {
      return stop(
        current,
        issue(
          'scenario.extends.notFound',
          ['extends'],
          `cannot find the scenario ${code(path)} that this one extends`,
          { hint: 'the path is relative to the file that extends it' },
        ),
      )
    }
    const read = readFile(text, path)
    if (!read.ok) return { ok: false, issues: read.issues }
    chain.unshift({ file: read.file, value: read.value })
    names.unshift(path)
  }
}
