/**
 * A YAML document as plain JSON values: maps become objects without a prototype (so a key such
 * as `__proto__` is only a key), aliases are expanded within a budget, and keys are text. What
 * cannot be a scenario's JSON (a list as a key, a key given twice, runaway aliases) is an issue.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml'
import type { JsonPath } from '@hatrack/policy'
import { issue, type PendingIssue } from '../issues/index.ts'
import { limits } from '../limits.ts'
import { code } from '../text/words.ts'
import { positionOf, type SourceFile } from './source-file.ts'

class Abort {}

/** A map's key as text: the source of an unquoted scalar (`0x1F`, `012`), else its value. */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined
  if (typeof key.value === 'string') return key.value
  if (key.type === 'PLAIN' && typeof key.source === 'string') return key.source
  return key.value === null ? '' : String(key.value)
}

function scalarValue(value: unknown): unknown {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    typeof value === 'number'
  )
    return value
  if (typeof value === 'bigint') return Number(value)
  return String(value)
}

/** The document of `file` as plain values, or the issues that prevent it. */
export function toValue(file: SourceFile): {
  readonly value: unknown
  readonly issues: readonly PendingIssue[]
} {
  const issues: PendingIssue[] = []
  let aliasValues = 0
  const place = (node: { range?: readonly number[] | null | undefined } | null | undefined) => {
    const { line, column } = positionOf(file.lines, node?.range?.[0] ?? 0)
    return file.name === undefined ? { line, column } : { file: file.name, line, column }
  }

  // `alias` is the outermost alias being expanded: a budget exceeded is reported there.
  const walk = (
    node: Node | null | undefined,
    path: JsonPath,
    depth: number,
    alias: Node | undefined,
  ): unknown => {
    const viaAlias = alias !== undefined
    if (depth > limits.maxDepth) {
      issues.push({
        ...issue(
          'scenario.input.tooDeep',
          path,
          `maps and lists nest more than ${limits.maxDepth} levels deep here`,
          {
            hint: viaAlias
              ? 'an alias here expands into itself or into a deep chain of aliases'
              : undefined,
          },
        ),
        at: place(node),
      })
      throw new Abort()
    }
    if (viaAlias && ++aliasValues > limits.maxAliasValues) {
      issues.push({
        ...issue(
          'scenario.yaml.aliasLimit',
          path,
          `aliases expand to more than ${limits.maxAliasValues.toLocaleString('en-US')} values`,
          {
            hint: 'nested aliases multiply: write the repeated value out, or use `extends`',
          },
        ),
        at: place(alias),
      })
      throw new Abort()
    }
    if (node === null || node === undefined) return null
    if (isAlias(node)) {
      const target = node.resolve(file.doc)
      return walk(target, path, depth, alias ?? node)
    }
    if (isScalar(node)) return scalarValue(node.value)
    if (isSeq(node))
      return node.items.map((item, index) => walk(item as Node, [...path, index], depth + 1, alias))
    if (isMap(node)) {
      const out = Object.create(null) as Record<string, unknown>
      const seen = new Map<string, Node>()
      for (const pair of node.items) {
        const key = keyText(pair.key)
        if (key === undefined) {
          issues.push({
            ...issue(
              'scenario.yaml.complexKey',
              path,
              'a key of this map is a map or a list, not text',
              {
                hint: 'write the key as plain text',
              },
            ),
            at: place(pair.key as Node),
          })
          continue
        }
        const first = seen.get(key)
        if (first !== undefined) {
          const firstAt = place(first)
          issues.push({
            ...issue(
              'scenario.yaml.duplicateKey',
              [...path, key],
              `the key ${code(key)} appears twice in the same map (first at line ${firstAt.line})`,
              {
                hint: 'keep one of them',
                anchor: 'key',
              },
            ),
            at: place(pair.key as Node),
          })
          continue
        }
        seen.set(key, pair.key as Node)
        out[key] = walk(pair.value as Node | null, [...path, key], depth + 1, alias)
      }
      return out
    }
    return null
  }

  try {
    const value = walk(file.doc.contents as Node | null, [], 0, undefined)
    return { value, issues }
  } catch (error) {
    if (error instanceof Abort) return { value: null, issues }
    throw error
  }
}
