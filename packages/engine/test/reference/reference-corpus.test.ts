/**
 * The reference evaluator against the decision corpus: both are written from the spec, so where
 * they disagree one of them is wrong, and the corpus (with its `source`) is the judge.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkCorpusFile, expectsIssues, loadCase, type CorpusFile } from '../corpus-case.ts'
import { evaluateReference } from './evaluate-reference.ts'

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus')

function listJson(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((item) => {
      const path = join(directory, item.name)
      if (item.isDirectory()) return listJson(path)
      return item.name.endsWith('.json') ? [path] : []
    })
    .sort()
}

const files = listJson(corpus).flatMap((absolute) => {
  const path = relative(corpus, absolute).split(sep).join('/')
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : ''
  let value: unknown
  try {
    value = JSON.parse(readFileSync(absolute, 'utf8'))
  } catch {
    return []
  }
  return checkCorpusFile(value, folder).length === 0 ? [{ path, file: value as CorpusFile }] : []
})

describe('the reference evaluator decides the corpus cases as AWS does', () => {
  for (const { path, file } of files) {
    // Cases whose documents the parser refuses are the corpus runner's concern, not this one's.
    const cases = file.cases.flatMap((kase) => {
      const expected = kase.expected
      if (expectsIssues(expected)) return []
      const loaded = loadCase(file, kase)
      const request = loaded.request
      return request !== undefined && loaded.failures.length === 0
        ? [{ kase, expected, request, policies: loaded.policies }]
        : []
    })
    if (cases.length === 0) continue
    describe(path, () => {
      for (const { kase, expected, request, policies } of cases) {
        it(kase.name, () => {
          const actual = evaluateReference(request, policies)
          expect(
            expected.gate === undefined ? { decision: actual.decision } : actual,
            kase.note ?? kase.source,
          ).toEqual({ decision: expected.decision, ...(expected.gate && { gate: expected.gate }) })
        })
      }
    })
  }
})
