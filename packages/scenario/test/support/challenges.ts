/** The course of challenges (`scenarios/challenges/`), loaded, and a grade's text in one string. */
import { readdirSync, readFileSync } from 'node:fs'
import { load, type ChallengeGrade, type Scenario } from '../../src/index.ts'

const COURSE = new URL('../../../../scenarios/challenges/', import.meta.url)

/** The challenge files, in course order. */
export const CHALLENGE_FILES = readdirSync(COURSE)
  .filter((name) => name.endsWith('.yaml'))
  .sort()

/** A file of the course, as text. */
export function readChallenge(name: string): string {
  return readFileSync(new URL(name, COURSE), 'utf8')
}

/** The loaded challenge, or the problems of the file, one line each. */
export function loadChallenge(name: string): { scenario?: Scenario; problems: string[] } {
  const result = load(readChallenge(name), { fileName: name })
  const issues = result.ok ? result.warnings : result.issues
  const problems = issues.map((issue) => `${name}:${issue.line}:${issue.column}: ${issue.message}`)
  return result.ok ? { scenario: result.scenario, problems } : { problems }
}

/** Everything a grade says, for "the grade says …" checks. */
export function gradeText(grade: ChallengeGrade): string {
  return [
    grade.verdict,
    ...grade.parse.map((issue) => issue.message),
    ...grade.goals.map((goal) => goal.detail),
    ...grade.unreachable.map((check) => check.detail),
    ...(grade.leastPrivilege?.extras ?? []).map((extra) => extra.sentence),
  ].join('\n')
}
