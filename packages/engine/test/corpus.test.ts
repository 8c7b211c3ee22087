/**
 * Runs the decision corpus (`test/corpus/**\/*.json`, format in `test/corpus/README.md`): one
 * `describe` per file, one `it` per case. The corpus is written from AWS's documentation, not
 * from the engine: when a case fails, the spec decides who is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluate } from '@hatrack/engine'
import type { Decision } from '@hatrack/engine'
import { describe, expect, it } from 'vitest'
import {
  checkCorpusFile,
  expectsIssues,
  loadCase,
  type CorpusCase,
  type CorpusFile,
  type DecisionExpectation,
  type IssuesExpectation,
  type LoadedCase,
} from './corpus-case.ts'

const MINIMUM_CASES = 220
const root = join(dirname(fileURLToPath(import.meta.url)), 'corpus')

interface Entry {
  readonly path: string
  readonly folder: string
  readonly file: CorpusFile | undefined
  readonly problems: readonly string[]
}

const entries: Entry[] = listJson(root).map((absolute) => {
  const path = relative(root, absolute).split(sep).join('/')
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : ''
  let value: unknown
  try {
    value = JSON.parse(readFileSync(absolute, 'utf8'))
  } catch (error) {
    return { path, folder, file: undefined, problems: [`not JSON: ${String(error)}`] }
  }
  const problems = checkCorpusFile(value, folder)
  return { path, folder, file: problems.length === 0 ? (value as CorpusFile) : undefined, problems }
})

describe('the corpus', () => {
  it('has only well-formed files, each case with its source and expectation', () => {
    const problems = entries.flatMap((entry) => entry.problems.map((p) => `${entry.path}: ${p}`))
    expect(problems).toEqual([])
  })

  it(`holds at least ${MINIMUM_CASES} cases`, () => {
    const count = entries.reduce((sum, entry) => sum + (entry.file?.cases.length ?? 0), 0)
    expect(count).toBeGreaterThanOrEqual(MINIMUM_CASES)
  })

  it('names every case uniquely', () => {
    const seen = new Map<string, string>()
    const duplicates: string[] = []
    for (const entry of entries)
      for (const kase of entry.file?.cases ?? []) {
        const first = seen.get(kase.name)
        if (first !== undefined) duplicates.push(`${kase.name} (${first} and ${entry.path})`)
        seen.set(kase.name, entry.path)
      }
    expect(duplicates).toEqual([])
  })
})

for (const entry of entries) {
  const file = entry.file
  if (file === undefined) continue
  describe(`${entry.path}: ${file.feature}`, () => {
    for (const kase of file.cases) {
      it(kase.name, () => {
        const loaded = loadCase(file, kase)
        if (expectsIssues(kase.expected)) checkIssues(kase, loaded, kase.expected)
        else checkDecision(kase, loaded, kase.expected)
      })
    }
  })
}

function checkDecision(kase: CorpusCase, loaded: LoadedCase, expected: DecisionExpectation): void {
  const unparsed = loaded.failures.map(
    (doc) => `${doc.name} (${doc.kind}): ${issuesOf(doc.result)}`,
  )
  expect(unparsed, 'every policy of the case must parse').toEqual([])
  if (loaded.request === undefined) throw new Error('a decision case needs a request')
  const decision = evaluate(loaded.request, loaded.policies)
  const actual: DecisionExpectation = {
    decision: decision.decision,
    ...(expected.gate !== undefined && { gate: decision.gate }),
    ...(expected.message !== undefined && { message: decision.message }),
  }
  expect(actual, report(kase, decision)).toEqual(expected)
}

function checkIssues(kase: CorpusCase, loaded: LoadedCase, expected: IssuesExpectation): void {
  const issues = loaded.documents.flatMap((doc) =>
    doc.result.ok ? [] : doc.result.issues.filter((issue) => issue.severity === 'error'),
  )
  expect(issues.length, `${kase.name}: the document must be refused`).toBeGreaterThan(0)
  for (const want of expected.issues) {
    const found = issues.some(
      (issue) =>
        (want.code === undefined || issue.code === want.code) &&
        want.path.every((step, index) => issue.path[index] === step) &&
        (want.message === undefined || issue.message.includes(want.message)),
    )
    expect(found, `expected ${JSON.stringify(want)} among ${JSON.stringify(issues, null, 2)}`).toBe(
      true,
    )
  }
}

/** The engine's whole answer, for a failing case: every gate with what matched or came close. */
function report(kase: CorpusCase, decision: Decision): string {
  const gates = decision.gates.map((gate) => ({
    gate: gate.gate,
    outcome: gate.outcome,
    ...(gate.reason !== undefined && { reason: gate.reason }),
    ...(gate.level !== undefined && { level: gate.level }),
    matched: gate.matched.map((ref) => `${ref.policy} ${ref.path.join('.')} (${ref.effect})`),
    closest: gate.closest.map((miss) => ({
      statement: `${miss.statement.policy} ${miss.statement.path.join('.')}`,
      mismatches: miss.mismatches.map((m) => `${m.element} at ${m.path.join('.')}: ${m.detail}`),
    })),
  }))
  const shown = {
    decision: decision.decision,
    gate: decision.gate,
    message: decision.message,
    crossAccount: decision.crossAccount,
    gates,
    notEvaluated: decision.notEvaluated.map((n) => `${n.path.join('.')}: ${n.reason}`),
  }
  const note = kase.note === undefined ? '' : `\nrule: ${kase.note}`
  return `${kase.name}\nsource: ${kase.source}${note}\nengine said: ${JSON.stringify(shown, null, 2)}`
}

function issuesOf(result: LoadedCase['documents'][number]['result']): string {
  return result.ok
    ? 'parsed'
    : result.issues.map((i) => `${i.code} at ${i.path.join('.')}: ${i.message}`).join('; ')
}

function listJson(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((item) => {
      const path = join(directory, item.name)
      if (item.isDirectory()) return listJson(path)
      return item.name.endsWith('.json') ? [path] : []
    })
    .sort()
}
