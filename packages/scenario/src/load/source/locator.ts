/**
 * Where things are across the files of a scenario: a merged scenario (`extends`) holds values from
 * several files, so a JSON path of the merged scenario first finds the file (and the path in it)
 * its value came from, then the line and column there.
 */
import type { JsonPath } from '@hatrack/policy'
import type { Anchor } from '../issues/index.ts'
import { locateInFile, locateInTextValue } from './locate.ts'
import type { SourceFile } from './source-file.ts'

/** A place in a scenario file. */
export interface SourceLocation {
  readonly file?: string
  readonly line: number
  readonly column: number
}

/** Maps a scenario's JSON paths to places in its files. */
export interface SourceLocator {
  /** The place of the value at `path`, or of its key with `anchor: 'key'`. */
  locate(path: JsonPath, anchor?: Anchor): SourceLocation
  /** The place of `line`:`column` inside the text value at `path` (a policy given as JSON text). */
  locateInText(path: JsonPath, line: number, column: number): SourceLocation
}

/** Where a value of the merged scenario came from: a file and the path there. */
export interface Origin {
  readonly file: SourceFile
  readonly path: JsonPath
}

/** The origins of a merged value: its own, and its children's where they differ. */
export interface OriginTree {
  readonly origin: Origin
  readonly children?: ReadonlyMap<string | number, OriginTree>
}

/** The origin tree of a value that came whole from `file`. */
export function originLeaf(file: SourceFile, path: JsonPath = []): OriginTree {
  return { origin: { file, path } }
}

/** The subtree of `tree` at `key`. */
export function originChild(tree: OriginTree, key: string | number): OriginTree {
  return tree.children?.get(key) ?? originLeaf(tree.origin.file, [...tree.origin.path, key])
}

/** The file and path in it where the value at `path` of the merged scenario came from. */
export function originOf(tree: OriginTree, path: JsonPath): Origin {
  let node = tree
  let i = 0
  for (; i < path.length; i++) {
    const child = node.children?.get(path[i] as string | number)
    if (child === undefined) break
    node = child
  }
  return { file: node.origin.file, path: [...node.origin.path, ...path.slice(i)] }
}

function withFile(file: SourceFile, position: { line: number; column: number }): SourceLocation {
  return file.name === undefined ? position : { file: file.name, ...position }
}

/** A locator over the origins of a merged scenario. */
export function createLocator(tree: OriginTree): SourceLocator {
  return {
    locate(path, anchor = 'value') {
      const origin = originOf(tree, path)
      return withFile(origin.file, locateInFile(origin.file, origin.path, anchor))
    },
    locateInText(path, line, column) {
      const origin = originOf(tree, path)
      return withFile(origin.file, locateInTextValue(origin.file, origin.path, line, column))
    },
  }
}
