/**
 * Merging a scenario over the one it extends, guided by the format's definitions: maps of the
 * format (the world, an entity) merge key by key, this file winning and `null` removing a key;
 * anything else — a policy document, a list, text — is replaced whole; `steps` are replaced, or
 * added to with `{ append: [...] }` and `{ prepend: [...] }`. The origin of every value is kept,
 * so an issue found in the merged scenario points into the file it came from.
 */
import type { Def } from '../../schema/dsl.ts'
import { originChild, type OriginTree } from '../source/locator.ts'

/** A value and where its parts came from. */
export interface Sourced {
  readonly value: unknown
  readonly origin: OriginTree
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function target(def: Def): Def {
  let current = def
  for (let hops = 0; current.kind === 'ref' && hops < 16; hops++) current = current.target()
  return current
}

function childDef(def: Def, key: string): Def | undefined {
  const resolved = target(def)
  if (resolved.kind === 'object')
    return Object.hasOwn(resolved.properties, key) ? resolved.properties[key] : undefined
  if (resolved.kind === 'record') return resolved.values
  return undefined
}

function mergesByKey(def: Def | undefined): boolean {
  if (def === undefined) return false
  const resolved = target(def)
  return resolved.kind === 'object' || resolved.kind === 'record'
}

function mergeSteps(base: Sourced | undefined, child: Sourced): Sourced {
  const value = child.value
  if (!isMap(value)) return child
  const items: unknown[] = []
  const children = new Map<number, OriginTree>()
  const add = (list: unknown, origin: OriginTree) => {
    if (!Array.isArray(list)) return
    list.forEach((item, index) => {
      children.set(items.length, originChild(origin, index))
      items.push(item)
    })
  }
  add(value['prepend'], originChild(child.origin, 'prepend'))
  if (base !== undefined) add(base.value, base.origin)
  add(value['append'], originChild(child.origin, 'append'))
  return { value: items, origin: { origin: child.origin.origin, children } }
}

/** `child` merged over `base`, both of definition `def`. */
export function merge(def: Def, base: Sourced, child: Sourced, root = true): Sourced {
  if (!mergesByKey(def) || !isMap(base.value) || !isMap(child.value)) return child
  const out = Object.create(null) as Record<string, unknown>
  const children = new Map<string, OriginTree>()
  const put = (key: string, sourced: Sourced) => {
    out[key] = sourced.value
    children.set(key, sourced.origin)
  }
  const over = child.value
  const combine = (key: string, fromBase: Sourced | undefined, fromChild: Sourced): Sourced => {
    if (root && key === 'steps') return mergeSteps(fromBase, fromChild)
    const sub = childDef(def, key)
    return fromBase === undefined || sub === undefined
      ? fromChild
      : merge(sub, fromBase, fromChild, false)
  }
  // The base's keys keep their order (the world is built in file order); new keys follow.
  for (const [key, value] of Object.entries(base.value)) {
    const fromBase = { value, origin: originChild(base.origin, key) }
    if (!(key in over)) put(key, fromBase)
    else if (over[key] !== null)
      put(key, combine(key, fromBase, { value: over[key], origin: originChild(child.origin, key) }))
  }
  for (const [key, value] of Object.entries(over)) {
    if (value === null || key in base.value) continue
    put(key, combine(key, undefined, { value, origin: originChild(child.origin, key) }))
  }
  return { value: out, origin: { origin: child.origin.origin, children } }
}
