/**
 * `gradeChallengeAsync`: `gradeChallenge` with AWS's actions read from a vocabulary first — the
 * services the scenario and the two documents use — so least privilege expands every wildcard
 * (`s3:*`, `*`). A vocabulary that cannot be read only narrows the probe. Never rejects.
 */
import { servicesInPlay } from './least-privilege/probe-actions.ts'
import { loadActionCatalog } from './least-privilege/catalog.ts'
import type { Scenario } from '../format/scenario.ts'
import type { VocabularySource } from '../vocabulary/source.ts'
import { gradeChallenge, type GradeOptions } from './grade.ts'
import { readDocument } from './reader-document.ts'
import type { ChallengeGrade } from './types.ts'

/** Options of {@link gradeChallengeAsync}. */
export interface AsyncGradeOptions extends GradeOptions {
  /** Where AWS's actions come from; ignored when `actions` is given. */
  readonly vocabulary?: VocabularySource
}

/** Grades `text`, reading the actions least privilege needs from `options.vocabulary`. */
export async function gradeChallengeAsync(
  scenario: Scenario,
  text: string,
  options: AsyncGradeOptions = {},
): Promise<ChallengeGrade> {
  const { vocabulary, actions } = options
  const challenge = scenario.challenge
  if (actions !== undefined || vocabulary === undefined || challenge?.leastPrivilege === undefined)
    return gradeChallenge(scenario, text, actions === undefined ? {} : { actions })
  let catalog
  try {
    const read = readDocument(challenge, text)
    const policies = [challenge.solution.policy, ...(read.ok ? [read.document.policy] : [])]
    catalog = await loadActionCatalog(
      vocabulary,
      servicesInPlay(scenario, policies, challenge.leastPrivilege.actions),
    )
  } catch {
    catalog = undefined
  }
  return gradeChallenge(scenario, text, catalog === undefined ? {} : { actions: catalog })
}
