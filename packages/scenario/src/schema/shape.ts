/** What the validator derives from an object definition, once per definition. */
import type { Def, ObjectDef, OneKeyDef } from './dsl.ts'

/** What the validator derives from a definition, computed once per definition. */
export interface Shape {
  readonly known: Readonly<Record<string, Def>>
  readonly names: readonly string[]
  readonly required: readonly string[]
}

const shapes = new WeakMap<object, Shape>()

/** The known keys, variant names and required keys of `def`, computed once. */
export function shapeOf(def: ObjectDef | OneKeyDef): Shape {
  let shape = shapes.get(def)
  if (shape === undefined) {
    const own = def.kind === 'object' ? def.properties : def.common
    shape = {
      known: def.kind === 'object' ? def.properties : { ...def.common, ...def.variants },
      names: def.kind === 'object' ? [] : Object.keys(def.variants),
      required: Object.entries(own)
        .filter(([, prop]) => prop.optional !== true)
        .map(([key]) => key),
    }
    shapes.set(def, shape)
  }
  return shape
}
