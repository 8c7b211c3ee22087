/**
 * The scenario format's JSON Schema, made from the same definitions the loader validates with.
 * Shipped as `packages/scenario/scenario.schema.json`; a test keeps that file equal to this.
 */
import { scenario } from './definitions/scenario.ts'
import { toJsonSchema, type JsonSchema } from './to-json-schema.ts'

/** The JSON Schema (draft 2020-12) of a scenario file. */
export const scenarioSchema: JsonSchema = toJsonSchema(scenario, {
  title: 'Hatrack scenario',
  requiredUnless: { key: 'extends', keep: ['hatrack'] },
})
