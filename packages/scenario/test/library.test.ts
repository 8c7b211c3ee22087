/**
 * The scenario library (`scenarios/` at the repository root): every file loads without a warning,
 * names only what AWS defines, narrates and expects something at every step, and replays with
 * every expectation holding.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkVocabulary, load, replay, type Scenario, type Trace } from '../src/index.ts'
import { nodeVocabulary } from './support/node-vocabulary.ts'

const LIBRARY = new URL('../../../scenarios/', import.meta.url)
const FILES = readdirSync(LIBRARY)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
/**
 * The small scenarios of `scenarios/rules/`, one evaluation rule each (the docs' evaluation page
 * plays them): held to the same checks as the course, except the course's numbering.
 */
const RULES = readdirSync(new URL('rules/', LIBRARY))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `rules/${name}`)

function read(name: string): string {
  return readFileSync(new URL(name, LIBRARY), 'utf8')
}

/** The loaded scenario, or the issues and warnings of the file, one line each. */
function loaded(name: string): { readonly scenario?: Scenario; readonly problems: string[] } {
  const result = load(read(name), { fileName: name, resolveFile: (path) => read(path) })
  const issues = result.ok ? result.warnings : result.issues
  const problems = issues.map((issue) => `${name}:${issue.line}:${issue.column}: ${issue.message}`)
  return result.ok ? { scenario: result.scenario, problems } : { problems }
}

/** One line per step whose expectation did not hold, with what differed. */
function failures(trace: Trace): string[] {
  return trace.steps.flatMap((step) =>
    step.expectation === undefined || step.expectation.held
      ? []
      : [`${step.id}: ${step.expectation.detail}`],
  )
}

describe('the scenario library', () => {
  it('has the course in order and at least five scenarios beyond it', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20)
    FILES.forEach((name, index) => {
      expect(name).toMatch(new RegExp(`^${String(index + 1).padStart(2, '0')}-[a-z0-9-]+\\.yaml$`))
    })
    expect(FILES).toContain('02-first-role.yaml')
  })

  it('lists every file, one line each, in its README', () => {
    const readme = read('README.md')
    for (const name of FILES) expect(readme).toContain(`[${name}](${name})`)
  })

  it('has a scenario for each rule of the evaluation page', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(9)
  })

  describe.each([...FILES, ...RULES])('%s', (name) => {
    const { scenario: found, problems } = loaded(name)
    const scenario = (): Scenario => {
      if (found === undefined) throw new Error(problems.join('\n'))
      return found
    }

    it('loads without an issue or a warning', () => {
      expect(problems).toEqual([])
      expect(found).toBeDefined()
    })

    it('points editors at the JSON Schema on its first line', () => {
      const up = '../'.repeat(name.split('/').length)
      expect(read(name).split('\n')[0]).toBe(
        `# yaml-language-server: $schema=${up}packages/scenario/scenario.schema.json`,
      )
    })

    it('narrates every step and expects something of each', () => {
      const silent = scenario().steps.filter((step) => (step.say ?? '').trim() === '')
      const unchecked = scenario().steps.filter((step) => step.expect === undefined)
      expect(silent.map((step) => step.id)).toEqual([])
      expect(unchecked.map((step) => step.id)).toEqual([])
    })

    it('stays readable: a few dozen steps at most, in chapters', () => {
      expect(scenario().steps.length).toBeLessThanOrEqual(40)
      expect(scenario().steps[0]?.chapter).toBeDefined()
    })

    it('names only actions, condition keys and ARNs AWS defines', async () => {
      const warnings = await checkVocabulary(scenario(), nodeVocabulary())
      expect(
        warnings.map((warning) => `${warning.line}:${warning.column}: ${warning.message}`),
      ).toEqual([])
    })

    it('replays with every expectation holding', () => {
      const trace = replay(scenario())
      expect(
        trace.setup.errors.map((error) => `${error.declaration}: ${error.error.message}`),
      ).toEqual([])
      expect(failures(trace)).toEqual([])
      expect(trace.summary.expectations).toEqual({
        passed: scenario().steps.length,
        failed: 0,
        unchecked: 0,
      })
    })
  })
})
