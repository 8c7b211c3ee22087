/**
 * Writes a definition as JSON Schema (draft 2020-12), with a description on every property so
 * editors (VS Code's YAML extension, `# yaml-language-server: $schema=…`) complete keys, show
 * what each means and flag typos.
 */
import type { Def, Meta, ObjectDef, OneKeyDef } from './dsl.ts'

/** A JSON Schema, as plain JSON. */
export type JsonSchema = { readonly [key: string]: unknown }

/** Options of {@link toJsonSchema}. */
export interface JsonSchemaOptions {
  readonly title: string
  /**
   * At the top level: the required keys are required only when `key` is absent (a file that
   * `extends` another gets them from it), except those of `keep`.
   */
  readonly requiredUnless?: { readonly key: string; readonly keep: readonly string[] }
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema'

function annotate(meta: Meta): Record<string, unknown> {
  const out: Record<string, unknown> = { description: meta.description }
  if (meta.description.includes('`')) out['markdownDescription'] = meta.description
  if (meta.default !== undefined) out['default'] = meta.default
  if (meta.examples !== undefined) out['examples'] = meta.examples
  return out
}

function requiredOf(properties: ObjectDef['properties']): string[] {
  return Object.entries(properties)
    .filter(([, def]) => def.optional !== true)
    .map(([key]) => key)
}

class Emitter {
  readonly defs = new Map<string, JsonSchema>()

  emit(def: Def): JsonSchema {
    const meta = annotate(def.meta)
    switch (def.kind) {
      case 'string': {
        const out: Record<string, unknown> = {
          type: def.plain === true ? ['string', 'number', 'boolean'] : 'string',
          ...meta,
        }
        if (def.values !== undefined) out['enum'] = def.values
        if (def.pattern !== undefined) out['pattern'] = def.pattern.source
        if (def.minLength !== undefined) out['minLength'] = def.minLength
        if (def.maxLength !== undefined) out['maxLength'] = def.maxLength
        return out
      }
      case 'number': {
        const out: Record<string, unknown> = { type: def.integer ? 'integer' : 'number', ...meta }
        if (def.minimum !== undefined) out['minimum'] = def.minimum
        if (def.maximum !== undefined) out['maximum'] = def.maximum
        return out
      }
      case 'boolean':
        return { type: 'boolean', ...meta }
      case 'const':
        return { const: def.value, ...meta }
      case 'any':
        return { type: 'object', ...meta }
      case 'object': {
        const required = requiredOf(def.properties)
        return {
          type: def.nullAsEmpty === true ? ['object', 'null'] : 'object',
          ...meta,
          properties: this.properties(def.properties),
          ...(required.length > 0 ? { required } : {}),
          additionalProperties: false,
        }
      }
      case 'record':
        return {
          type: 'object',
          ...meta,
          ...(def.keyPattern === undefined
            ? {}
            : { propertyNames: { pattern: def.keyPattern.source } }),
          ...(def.minEntries === undefined ? {} : { minProperties: def.minEntries }),
          additionalProperties: this.emit(def.values),
        }
      case 'array': {
        const out: Record<string, unknown> = { type: 'array', ...meta, items: this.emit(def.items) }
        if (def.minItems !== undefined) out['minItems'] = def.minItems
        if (def.maxItems !== undefined) out['maxItems'] = def.maxItems
        return out
      }
      case 'union':
        return { ...meta, anyOf: def.variants.map((variant) => this.emit(variant)) }
      case 'ref':
        if (!this.defs.has(def.name)) {
          this.defs.set(def.name, {})
          this.defs.set(def.name, this.emit(def.target()))
        }
        return { $ref: `#/$defs/${def.name}`, ...meta }
      case 'oneKey':
        return this.oneKey(def, meta)
    }
  }

  private properties(properties: ObjectDef['properties']): Record<string, JsonSchema> {
    return Object.fromEntries(Object.entries(properties).map(([key, def]) => [key, this.emit(def)]))
  }

  private oneKey(def: OneKeyDef, meta: Record<string, unknown>): JsonSchema {
    const variants = Object.keys(def.variants)
    const branches: JsonSchema[] = variants.map((key) => ({ required: [key] }))
    if (def.allowNone !== undefined) {
      branches.push({
        not: { anyOf: variants.map((key) => ({ required: [key] })) },
        anyOf: def.allowNone.map((key) => ({ required: [key] })),
      })
    }
    const required = requiredOf(def.common)
    return {
      type: 'object',
      ...meta,
      properties: { ...this.properties(def.common), ...this.properties(def.variants) },
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
      oneOf: branches,
    }
  }
}

/** The JSON Schema of `root`. */
export function toJsonSchema(root: Def, options: JsonSchemaOptions): JsonSchema {
  const emitter = new Emitter()
  const body: Record<string, unknown> = { ...emitter.emit(root) }
  if (options.requiredUnless !== undefined && root.kind === 'object') {
    const required = requiredOf(root.properties)
    delete body['required']
    const { key, keep } = options.requiredUnless
    body['if'] = { required: [key] }
    body['then'] = { required: required.filter((name) => keep.includes(name)) }
    body['else'] = { required }
  }
  const defs = Object.fromEntries(
    [...emitter.defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  return {
    $schema: DRAFT,
    title: options.title,
    ...body,
    ...(emitter.defs.size > 0 ? { $defs: defs } : {}),
  }
}
