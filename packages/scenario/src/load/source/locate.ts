/**
 * From a JSON path to a line and a column in one file: walk the YAML document key by key (through
 * aliases), and into JSON text when the path goes on inside a string (a policy written as JSON).
 * A path that leads nowhere stops at the nearest node that exists, so a position is always given.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml'
import { parseJsonText, type JsonNode, type JsonPath } from '@hatrack/policy'
import type { Anchor } from '../issues/index.ts'
import { keyText } from './to-value.ts'
import { positionOf, type Position, type SourceFile } from './source-file.ts'
import { valuePositionInFile } from './text-in-file.ts'

function startOf(
  file: SourceFile,
  node: { range?: readonly number[] | null | undefined } | null | undefined,
): Position {
  return positionOf(file.lines, node?.range?.[0] ?? 0)
}

function resolve(file: SourceFile, node: unknown): unknown {
  let current = node
  for (let hops = 0; hops < 64 && isAlias(current); hops++) current = current.resolve(file.doc)
  return current
}

function locateInJson(file: SourceFile, scalar: Scalar, rest: JsonPath, anchor: Anchor): Position {
  const parsed = parseJsonText(String(scalar.value))
  if (!parsed.ok) return startOf(file, scalar)
  let node: JsonNode = parsed.root
  let position = node.position
  for (let i = 0; i < rest.length; i++) {
    const segment = rest[i]
    const last = i === rest.length - 1
    if (node.kind === 'object') {
      const entry = node.entries.find((candidate) => candidate.key === String(segment))
      if (entry === undefined) break
      position =
        last && anchor === 'key'
          ? (entry.keyPosition ?? entry.value.position)
          : entry.value.position
      node = entry.value
    } else if (
      node.kind === 'array' &&
      typeof segment === 'number' &&
      node.items[segment] !== undefined
    ) {
      node = node.items[segment] as JsonNode
      position = node.position
    } else break
  }
  if (position === undefined) return startOf(file, scalar)
  return valuePositionInFile(file, scalar, position.line, position.column)
}

/** The position in `file` of the value at `path` (or of its key, with `anchor: 'key'`). */
export function locateInFile(file: SourceFile, path: JsonPath, anchor: Anchor): Position {
  let node = resolve(file, file.doc.contents)
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((candidate) => keyText(candidate.key) === String(segment))
      if (pair === undefined) return startOf(file, node)
      if (last && anchor === 'key') return startOf(file, pair.key as Node)
      const value = resolve(file, pair.value)
      if (value === null || value === undefined) return startOf(file, pair.key as Node)
      node = value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment]
      if (item === undefined) return startOf(file, node)
      node = resolve(file, item)
    } else if (isScalar(node) && typeof node.value === 'string') {
      return locateInJson(file, node, path.slice(i), anchor)
    } else {
      return startOf(file, node as Node)
    }
  }
  return startOf(file, node as Node)
}

/** The text scalar at `path` in `file` (any scalar with `anyScalar`), if the path leads to one. */
export function scalarAt(
  file: SourceFile,
  path: JsonPath,
  options: { readonly anyScalar?: boolean } = {},
): Scalar | undefined {
  let node = resolve(file, file.doc.contents)
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((candidate) => keyText(candidate.key) === String(segment))
      node = resolve(file, pair?.value)
    } else if (isSeq(node) && typeof segment === 'number') {
      node = resolve(file, node.items[segment])
    } else return undefined
  }
  return isScalar(node) && (options.anyScalar === true || typeof node.value === 'string')
    ? node
    : undefined
}
