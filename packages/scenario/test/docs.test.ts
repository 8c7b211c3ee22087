/**
 * `docs/reference/scenario-format.md` documents every key of the format: its tables are
 * generated from the definitions (`referenceSections`), and must equal what the definitions
 * give. After changing a definition, regenerate them with
 * `HATRACK_UPDATE_DOCS=1 npx vitest run --project scenario docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { changeOperations, scenarioIssueCodes, scenarioSchema, stepKinds } from '../src/index.ts'
import { referenceSections } from '../src/schema/markdown.ts'

const file = fileURLToPath(new URL('../../../docs/reference/scenario-format.md', import.meta.url))
const MARKER = /<!-- reference:([\w-]+) -->[\s\S]*?<!-- \/reference -->/g

async function regenerated(text: string): Promise<string> {
  const sections = referenceSections()
  const filled = text.replace(
    MARKER,
    (_all, id: string) =>
      `<!-- reference:${id} -->\n\n${sections[id] ?? ''}\n\n<!-- /reference -->`,
  )
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(filled, { ...options, parser: 'markdown', filepath: file })
}

describe('the scenario format reference', () => {
  // Formatting the whole page with Prettier takes seconds on a busy machine: no 5 s limit.
  it('has every generated section, up to date', { timeout: 60_000 }, async () => {
    const expected = await regenerated(readFileSync(file, 'utf8'))
    if (process.env['HATRACK_UPDATE_DOCS'] === '1') writeFileSync(file, expected)
    expect(
      readFileSync(file, 'utf8'),
      'run HATRACK_UPDATE_DOCS=1 npx vitest run --project scenario docs',
    ).toBe(expected)
  })

  it('places every section and nothing else', () => {
    const text = readFileSync(file, 'utf8')
    const used = [...text.matchAll(MARKER)].map((match) => match[1])
    expect([...used].sort()).toEqual(Object.keys(referenceSections()).sort())
  })

  it('names every key of the JSON Schema, every step kind, operation and issue code', () => {
    const text = readFileSync(file, 'utf8')
    const names = new Set<string>()
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return
      if (Array.isArray(node)) return node.forEach(walk)
      const record = node as Record<string, unknown>
      const properties = record['properties']
      if (typeof properties === 'object' && properties !== null)
        for (const key of Object.keys(properties)) names.add(key)
      Object.values(record).forEach(walk)
    }
    walk(scenarioSchema)
    for (const name of [
      ...Object.keys(stepKinds),
      ...Object.keys(changeOperations),
      ...Object.keys(scenarioIssueCodes),
    ])
      names.add(name)
    expect([...names].filter((name) => !text.includes(`\`${name}\``))).toEqual([])
  })
})
