/**
 * `gradeChallenge`: the reader's document put in place of the one the challenge lets them edit,
 * the scenario replayed with it, and every check of the goal made — the steps' expectations,
 * the unreachable principals (the who-can-assume analysis) and least privilege against the
 * reference solution. A document that does not parse, or that AWS would refuse to save, is
 * graded `invalid` and nothing is replayed. Never throws; the same input gives the same grade.
 */
import type { Scenario } from '../format/scenario.ts'
import type { Challenge } from '../format/challenge.ts'
import { buildWorld } from '../replay/build/build-world.ts'
import { createEntityRegistry } from '../replay/entities.ts'
import { replay } from '../replay/replay.ts'
import type { Trace } from '../trace/types.ts'
import { goalResults } from './goals.ts'
import { labelsOf } from './labels.ts'
import type { ActionCatalog } from './least-privilege/catalog.ts'
import {
  compareLeastPrivilege,
  comparedWorld,
  type ComparedWorld,
} from './least-privilege/compare.ts'
import { readDocument } from './reader-document.ts'
import type { ChallengeGrade, GradeIssue } from './types.ts'
import { checkUnreachable } from './unreachable.ts'
import { gradedVerdict, invalidVerdict } from './verdict.ts'
import { withDocument } from './with-document.ts'

/** Options of {@link gradeChallenge}. */
export interface GradeOptions {
  /**
   * AWS's actions, to expand wildcards for least privilege (`s3:*`). Without it, wildcards
   * match the actions the scenario names; `gradeChallengeAsync` loads one from a vocabulary.
   */
  readonly actions?: ActionCatalog
}

/** The solution's world of each challenge, built once. */
const solutions = new WeakMap<Challenge, ComparedWorld>()

function solutionWorld(scenario: Scenario, challenge: Challenge): ComparedWorld {
  let known = solutions.get(challenge)
  if (known === undefined) {
    const solved = withDocument(scenario, challenge.edit.target, challenge.solution)
    known = comparedWorld(solved, buildWorld(solved, createEntityRegistry()))
    solutions.set(challenge, known)
  }
  return known
}

function invalid(
  issues: readonly GradeIssue[],
  failed: readonly string[] = ['parse'],
): ChallengeGrade {
  return {
    status: 'invalid',
    solved: false,
    verdict: invalidVerdict(issues),
    parse: issues,
    goals: [],
    unreachable: [],
    failed,
  }
}

function refusals(trace: Trace): GradeIssue[] {
  return trace.setup.errors.map((error) => ({
    code: 'challenge.refused',
    severity: 'error',
    message: `${error.declaration}: ${error.error.message}`,
    path: [],
    awsError: error.error.code,
  }))
}

function grade(scenario: Scenario, text: string, options: GradeOptions): ChallengeGrade {
  const challenge = scenario.challenge
  if (challenge === undefined)
    return invalid(
      [
        {
          code: 'challenge.none',
          severity: 'error',
          message: 'this scenario has no `challenge:` section',
          path: [],
        },
      ],
      [],
    )
  const read = readDocument(challenge, text)
  if (!read.ok) return invalid(read.issues)
  const edited = withDocument(scenario, challenge.edit.target, read.document)
  const trace = replay(edited)
  const refused = refusals(trace)
  if (refused.length > 0) return invalid([...read.warnings, ...refused])
  const labels = labelsOf(scenario)
  const world = comparedWorld(edited, buildWorld(edited, createEntityRegistry()))
  const goals = goalResults(trace)
  const unreachable =
    challenge.unreachable.length === 0
      ? []
      : checkUnreachable(challenge.unreachable, world.graph(), labels)
  const leastPrivilege =
    challenge.leastPrivilege === undefined
      ? undefined
      : compareLeastPrivilege(
          scenario,
          challenge,
          { world, policy: read.document.policy },
          solutionWorld(scenario, challenge),
          labels,
          options.actions,
        )
  const failed = [
    ...goals.filter((goal) => !goal.held).map((goal) => goal.id),
    ...(unreachable.some((check) => !check.held) ? ['unreachable'] : []),
    ...(leastPrivilege !== undefined && !leastPrivilege.held ? ['leastPrivilege'] : []),
  ]
  const solved = failed.length === 0
  return {
    status: solved ? 'solved' : 'unsolved',
    solved,
    verdict: gradedVerdict(goals, unreachable, leastPrivilege),
    parse: read.warnings,
    goals,
    unreachable,
    ...(leastPrivilege === undefined ? {} : { leastPrivilege }),
    failed,
    trace,
  }
}

/** Grades `text`, the reader's version of the document `scenario.challenge` lets them edit. */
export function gradeChallenge(
  scenario: Scenario,
  text: string,
  options: GradeOptions = {},
): ChallengeGrade {
  try {
    return grade(scenario, text, options)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return invalid(
      [
        {
          code: 'challenge.internal',
          severity: 'error',
          message: `${reason}; this is a bug in Hatrack, not in the document: please report it`,
          path: [],
        },
      ],
      [],
    )
  }
}
