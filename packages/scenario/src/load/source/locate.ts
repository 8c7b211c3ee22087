/**
 * From a JSON path to a line and a column in one file: walk the YAML document key by key (through
 * aliases), and into JSON text when the path goes on inside a string (a policy written as JSON).
 * A path that leads nowhere stops at the nearest node that exists, so a position is always given.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml'
import { parseJsonText, type JsonNode, type JsonPath } from '@hatrack/policy'
import type { Anchor } from '../issues/index.ts'
import { positionInJsonString, walkJson } from './json-locate.ts'
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

/** The place of `rest` inside `text`, a policy written as JSON text, if it parses. */
function placeInJsonText(
  text: string,
  rest: JsonPath,
  anchor: Anchor,
): { readonly line: number; readonly column: number } | undefined {
  const parsed = parseJsonText(text)
  return parsed.ok ? walkJson(parsed.root, rest, anchor).position : undefined
}

function locateInJson(file: SourceFile, scalar: Scalar, rest: JsonPath, anchor: Anchor): Position {
  const position = placeInJsonText(String(scalar.value), rest, anchor)
  if (position === undefined) return startOf(file, scalar)
  return valuePositionInFile(file, scalar, position.line, position.column)
}

/** {@link locateInFile} for a file read as JSON, from its JSON tree. */
function locateInJsonFile(
  file: SourceFile,
  root: JsonNode,
  path: JsonPath,
  anchor: Anchor,
): Position {
  const walk = walkJson(root, path, anchor)
  const start = { line: walk.position?.line ?? 1, column: walk.position?.column ?? 1 }
  if (walk.node.kind !== 'string' || walk.rest.length === 0) return start
  const inner = placeInJsonText(walk.node.value, walk.rest, anchor)
  if (inner === undefined) return start
  const place = positionInJsonString(file.text, walk.node, inner.line, inner.column)
  return place === undefined ? start : { line: place.line, column: place.column }
}

/** The position in `file` of the value at `path` (or of its key, with `anchor: 'key'`). */
export function locateInFile(file: SourceFile, path: JsonPath, anchor: Anchor): Position {
  if (file.json !== undefined) return locateInJsonFile(file, file.json, path, anchor)
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

/**
 * The position in `file` of `line`:`column` (from 1) inside the text value at `path`, a policy
 * written as JSON text; the value's own position when the path leads to no text.
 */
export function locateInTextValue(
  file: SourceFile,
  path: JsonPath,
  line: number,
  column: number,
): Position {
  if (file.json !== undefined) {
    const walk = walkJson(file.json, path, 'value')
    const place =
      walk.node.kind === 'string' && walk.rest.length === 0
        ? positionInJsonString(file.text, walk.node, line, column)
        : undefined
    if (place === undefined) return locateInFile(file, path, 'value')
    return { line: place.line, column: place.column }
  }
  const scalar = scalarAt(file, path)
  if (scalar === undefined) return locateInFile(file, path, 'value')
  return valuePositionInFile(file, scalar, line, column)
}

/** The source of the unquoted scalar at `path` (`0x1F`, `012`, `true`), if the path leads to one. */
export function plainSourceAt(file: SourceFile, path: JsonPath): string | undefined {
  if (file.json !== undefined) {
    const walk = walkJson(file.json, path, 'value')
    if (walk.rest.length > 0) return undefined
    if (walk.node.kind === 'number') return walk.node.text
    if (walk.node.kind === 'boolean') return String(walk.node.value)
    if (walk.node.kind === 'null') return 'null'
    return undefined
  }
  const node = scalarAt(file, path, { anyScalar: true })
  return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string'
    ? node.source
    : undefined
}
