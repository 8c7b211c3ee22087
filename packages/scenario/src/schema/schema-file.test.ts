/**
 * `scenario.schema.json` is committed so editors can use it straight from the repository; it must
 * equal the schema the definitions generate. After changing a definition, regenerate it with
 * `HATRACK_UPDATE_SCHEMA=1 npx vitest run --project scenario schema-file`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { scenarioSchema } from './scenario-schema.ts'

const file = fileURLToPath(new URL('../../scenario.schema.json', import.meta.url))

async function generated(): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(JSON.stringify(scenarioSchema), {
    ...options,
    parser: 'json',
    filepath: file,
  })
}

describe('scenario.schema.json', () => {
  it('equals the schema the definitions generate', async () => {
    const expected = await generated()
    if (process.env['HATRACK_UPDATE_SCHEMA'] === '1') writeFileSync(file, expected)
    const committed = readFileSync(file, 'utf8')
    expect(
      committed,
      'run HATRACK_UPDATE_SCHEMA=1 npx vitest run --project scenario schema-file',
    ).toBe(expected)
  })

  it('is a draft 2020-12 schema with a description on every property', () => {
    expect(scenarioSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    const missing: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}/${index}`))
      const record = node as Record<string, unknown>
      const properties = record['properties']
      if (typeof properties === 'object' && properties !== null) {
        for (const [key, value] of Object.entries(properties)) {
          if (typeof (value as Record<string, unknown>)['description'] !== 'string')
            missing.push(`${path}/properties/${key}`)
        }
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`)
    }
    walk(scenarioSchema, '#')
    expect(missing).toEqual([])
  })
})
