/**
 * The course of challenges: every file loads cleanly and names only what AWS defines; its
 * reference solution solves it; its start document does not; every wrong answer fails each
 * check it lists, and the grade says what the file says it must.
 */
import { describe, expect, it } from 'vitest'
import {
  checkVocabulary,
  gradeChallengeAsync,
  type ChallengeGrade,
  type Scenario,
} from '../../src/index.ts'
import { CHALLENGE_FILES, gradeText, loadChallenge, readChallenge } from '../support/challenges.ts'
import { nodeVocabulary } from '../support/node-vocabulary.ts'

const vocabulary = nodeVocabulary()

function summary(grade: ChallengeGrade): string {
  return `${grade.status}: ${grade.verdict}`
}

describe('the course of challenges', () => {
  it('has at least eight challenges, numbered in course order', () => {
    expect(CHALLENGE_FILES.length).toBeGreaterThanOrEqual(8)
    CHALLENGE_FILES.forEach((name, index) => {
      expect(name).toMatch(new RegExp(`^${String(index + 1).padStart(2, '0')}-[a-z0-9-]+\\.yaml$`))
    })
  })

  it('lists every challenge in its README', () => {
    const readme = readChallenge('README.md')
    for (const name of CHALLENGE_FILES) expect(readme).toContain(`[${name}](${name})`)
  })

  it('goes from trusting a user to an external id with least privilege', () => {
    const first = loadChallenge(CHALLENGE_FILES[0] ?? '').scenario?.challenge
    const last = loadChallenge(CHALLENGE_FILES.at(-1) ?? '').scenario?.challenge
    expect(first?.edit.target.kind).toBe('trust')
    expect(last?.solutionText).toContain('sts:ExternalId')
    expect(last?.leastPrivilege).toBeDefined()
    const kinds = new Set(
      CHALLENGE_FILES.map((name) => loadChallenge(name).scenario?.challenge?.edit.target.kind),
    )
    expect([...kinds].sort()).toEqual(['inline', 'managed', 'resource', 'trust'])
  })

  describe.each(CHALLENGE_FILES)('%s', (name) => {
    const { scenario: found, problems } = loadChallenge(name)
    const scenario = (): Scenario => {
      if (found === undefined) throw new Error(problems.join('\n'))
      return found
    }
    const challenge = () => {
      const section = scenario().challenge
      if (section === undefined) throw new Error(`${name} has no challenge`)
      return section
    }
    const grade = (text: string) => gradeChallengeAsync(scenario(), text, { vocabulary })

    it('loads without an issue or a warning, and is a challenge', () => {
      expect(problems).toEqual([])
      expect(found?.challenge).toBeDefined()
    })

    it('points editors at the JSON Schema on its first line', () => {
      expect(readChallenge(name).split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../../packages/scenario/scenario.schema.json',
      )
    })

    it('narrates every step and expects something of each', () => {
      const silent = scenario().steps.filter((step) => (step.say ?? '').trim() === '')
      const unchecked = scenario().steps.filter((step) => step.expect === undefined)
      expect(silent.map((step) => step.id)).toEqual([])
      expect(unchecked.map((step) => step.id)).toEqual([])
    })

    it('gives hints, grades least privilege, and has wrong answers', () => {
      expect(challenge().hints.length).toBeGreaterThanOrEqual(2)
      expect(challenge().leastPrivilege).toBeDefined()
      expect(challenge().wrong.length).toBeGreaterThanOrEqual(1)
    })

    it('names only actions, condition keys and ARNs AWS defines', async () => {
      const warnings = await checkVocabulary(scenario(), vocabulary)
      expect(
        warnings.map((warning) => `${warning.line}:${warning.column}: ${warning.message}`),
      ).toEqual([])
    })

    it('is solved by its reference solution', async () => {
      const result = await grade(challenge().solutionText)
      expect(result.failed, summary(result)).toEqual([])
      expect(result.solved).toBe(true)
      expect(result.status).toBe('solved')
      expect(result.verdict).toMatch(/^Solved: /)
      expect(result.leastPrivilege?.extras).toEqual([])
    })

    it('is not solved by its start document', async () => {
      const result = await grade(challenge().edit.start)
      expect(result.solved, summary(result)).toBe(false)
      expect(result.status).toBe('unsolved')
      expect(result.failed.length).toBeGreaterThan(0)
    })

    it.each(challenge().wrong.map((answer) => [answer.why, answer] as const))(
      'grades the wrong answer "%s" as wrong, for its reasons',
      async (_why, answer) => {
        const result = await grade(answer.document)
        expect(result.solved, summary(result)).toBe(false)
        for (const check of answer.fails) expect(result.failed, summary(result)).toContain(check)
        if (answer.says !== undefined) expect(gradeText(result)).toContain(answer.says)
      },
    )
  })
})
