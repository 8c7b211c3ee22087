/**
 * Reading the elements that take "a string or an array of strings" (`Action`, `Resource`,
 * principal lists), with the path of each string.
 */
import type { JsonPath } from '../ast.ts'
import { describeJsonKind, type JsonNode } from '../json/node.ts'
import { at, type ParseContext } from './context.ts'

/** One string of such an element, with where it stands. */
export interface StringItem {
  readonly value: string
  readonly path: JsonPath
  readonly node: JsonNode
}

/**
 * The strings of `node` at `path`: one for a string, one per item for an array (then each item
 * has its index in its path). Reports anything else as `policy.element.invalidType` and returns
 * `undefined`; an empty array gives `[]`, which the caller judges.
 */
export function readStringList(
  node: JsonNode,
  path: JsonPath,
  element: string,
  ctx: ParseContext,
): StringItem[] | undefined {
  if (node.kind === 'string') return [{ value: node.value, path, node }]
  if (node.kind !== 'array') {
    ctx.report(
      'policy.element.invalidType',
      at(path, node),
      `\`${element}\` must be a string or an array of strings, found ${describeJsonKind(node)}`,
      node.kind === 'number' || node.kind === 'boolean'
        ? 'put the value in double quotes'
        : undefined,
    )
    return undefined
  }
  const items: StringItem[] = []
  let valid = true
  node.items.forEach((item, index) => {
    const itemPath = [...path, index]
    if (item.kind === 'string') items.push({ value: item.value, path: itemPath, node: item })
    else {
      valid = false
      ctx.report(
        'policy.element.invalidType',
        at(itemPath, item),
        `\`${element}\` holds ${describeJsonKind(item)} at index ${index}, where a string belongs`,
        item.kind === 'array' ? 'flatten the nested array' : 'put the value in double quotes',
      )
    }
  })
  return valid ? items : undefined
}
