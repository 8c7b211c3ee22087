/**
 * Every issue code, with an example file and the exact line and column `load` (or
 * `checkVocabulary`) gives for it. The cases live in `corpus/issues.yaml`; the limits (size,
 * nesting, aliases) and the internal error need generated input, below.
 */
import { describe, expect, it } from 'vitest'
import { checkVocabulary, load, scenarioIssueCodes, type ScenarioIssue } from '../src/index.ts'
import { issueCases } from './support/corpus.ts'
import { nodeVocabulary } from './support/node-vocabulary.ts'

const vocabulary = nodeVocabulary()

async function issuesOf(entry: (typeof issueCases)[number]): Promise<readonly ScenarioIssue[]> {
  const files = entry.files
  const result = load(entry.text, {
    fileName: entry.fileName ?? 'scenario.yaml',
    ...(files === undefined ? {} : { resolveFile: (path: string) => files[path] }),
  })
  if (entry.vocabulary === true) {
    if (!result.ok) throw new Error(`the case does not load: ${JSON.stringify(result.issues)}`)
    return checkVocabulary(result.scenario, vocabulary)
  }
  return result.ok ? result.warnings : result.issues
}

/** Issues made by generated input rather than a corpus file. */
const generated: Readonly<
  Record<string, { text: string; options?: object; line: number; column: number }>
> = {
  'scenario.input.tooLarge': {
    text: `hatrack: 1\nsummary: "${'x'.repeat(1024 * 1024)}"\n`,
    line: 1,
    column: 1,
  },
  'scenario.input.tooDeep': {
    text: `hatrack: 1\nx: ${'['.repeat(200)}${']'.repeat(200)}\n`,
    line: 2,
    column: 102,
  },
  'scenario.yaml.aliasLimit': {
    text: [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'
        .split('')
        .map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
    ].join('\n'),
    line: 4,
    column: 36,
  },
  'scenario.internal': {
    text: 'hatrack: 1',
    options: {
      get fileName(): string {
        throw new Error('a broken option')
      },
    },
    line: 1,
    column: 1,
  },
}

describe('issue codes', () => {
  it.each(issueCases.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const issues = await issuesOf(entry)
    const found = issues.find((candidate) => candidate.code === entry.expect.code)
    expect(found, JSON.stringify(issues, null, 2)).toBeDefined()
    if (found === undefined) return
    expect({ line: found.line, column: found.column }).toEqual({
      line: entry.expect.line,
      column: entry.expect.column,
    })
    expect(found.severity).toBe(entry.expect.severity ?? 'error')
    if (entry.expect.message !== undefined) expect(found.message).toBe(entry.expect.message)
    if (entry.expect.hint !== undefined) expect(found.hint).toBe(entry.expect.hint)
    if (entry.expect.file !== undefined) expect(found.file).toBe(entry.expect.file)
    if (entry.expect.path !== undefined) expect(found.path).toEqual(entry.expect.path)
  })

  it.each(Object.entries(generated))('%s from generated input', (code, entry) => {
    const result = load(entry.text, entry.options)
    expect(result.ok).toBe(false)
    const found = result.ok ? undefined : result.issues.find((candidate) => candidate.code === code)
    expect(found, JSON.stringify(result)).toMatchObject({
      code,
      line: entry.line,
      column: entry.column,
    })
  })

  it('the vocabulary that cannot be read is a warning, not a failure', async () => {
    const result = load(
      'hatrack: 1\ntitle: t\naccounts: { main: { id: "123456789012" } }\nusers: { u: { account: main } }\nsteps:\n  - { as: u, request: { action: s3:GetObject } }\n',
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const broken = {
      services: async () => ['s3'],
      service: async () => Promise.reject(new Error('offline')),
      globalConditionKeys: async () => [],
      conditionPrefixes: async () => ({}),
    }
    const issues = await checkVocabulary(result.scenario, broken)
    expect(issues.map((entry) => [entry.code, entry.severity])).toEqual([
      ['scenario.vocabulary.unavailable', 'warning'],
    ])
  })

  it('every code of the registry has an example', () => {
    const covered = new Set([
      ...issueCases.map((entry) => entry.expect.code),
      ...Object.keys(generated),
      'scenario.vocabulary.unavailable',
    ])
    expect(Object.keys(scenarioIssueCodes).filter((code) => !covered.has(code))).toEqual([])
  })

  it('every code has a title and a paragraph', () => {
    for (const [code, info] of Object.entries(scenarioIssueCodes)) {
      expect(info.title.length, code).toBeGreaterThan(3)
      expect(info.description.length, code).toBeGreaterThan(30)
    }
  })
})
