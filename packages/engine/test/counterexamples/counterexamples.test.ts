/**
 * The counterexamples the property tests found, kept as named cases in the corpus format
 * (`../corpus/README.md`, loaded with `../corpus-case.ts`): each must be decided as its
 * `expected` says, by the engine and by the reference evaluator alike.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import { checkCorpusFile, expectsIssues, loadCase, type CorpusFile } from '../corpus-case.ts'
import { evaluateReference } from '../reference/index.ts'

const folder = dirname(fileURLToPath(import.meta.url))
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, value: JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown }))

describe('the counterexamples', () => {
  it('are well-formed corpus files, every case with its source', () => {
    const problems = files.flatMap(({ name, value }) =>
      checkCorpusFile(value, 'counterexamples').map((problem) => `${name}: ${problem}`),
    )
    expect(problems).toEqual([])
  })

  for (const { name, value } of files) {
    const file = value as CorpusFile
    describe(`${name}: ${file.feature}`, () => {
      for (const kase of file.cases) {
        it(kase.name, () => {
          const expected = kase.expected
          if (expectsIssues(expected)) throw new Error('a counterexample expects a decision')
          const loaded = loadCase(file, kase)
          expect(loaded.failures.map((doc) => doc.name)).toEqual([])
          if (loaded.request === undefined) throw new Error('a counterexample needs a request')
          const engine = evaluate(loaded.request, loaded.policies)
          const reference = evaluateReference(loaded.request, loaded.policies)
          const pick = (d: { decision: string; gate: string; message?: string }) => ({
            decision: d.decision,
            ...(expected.gate !== undefined && { gate: d.gate }),
            ...(expected.message !== undefined && { message: d.message }),
          })
          expect(pick(engine), `the engine, on: ${kase.note ?? kase.source}`).toEqual(expected)
          const { message: _message, ...decisionAndGate } = expected
          expect(pick(reference), 'the reference evaluator').toEqual(decisionAndGate)
        })
      }
    })
  }
})
