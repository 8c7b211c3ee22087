/**
 * `loadChallenge`: a scenario with a `challenge:` section, loaded once, and what the challenge
 * element needs — the goal, the start document, hints, the reference solution, the checklist
 * (taken from grading the reference solution, which also proves it solves the challenge) — and
 * grading and checking of the reader's documents. Never throws.
 */
import { parsePolicy } from '@hatrack/policy'
import { gradeChallenge, load, type Scenario } from '@hatrack/scenario'
import { internalError, loadError } from '../errors.ts'
import type { ElementError } from '../types.ts'
import { goalItems } from './goal-items.ts'
import { editorIssue } from './issues.ts'
import type { EditorIssue, GradeView, LoadedChallenge } from './types.ts'
import { replaceAt } from './yaml-edit.ts'

type Result =
  | { readonly ok: true; readonly challenge: LoadedChallenge }
  | { readonly ok: false; readonly error: ElementError }

function noChallenge(): ElementError {
  return {
    type: 'validate',
    message: 'this scenario has no `challenge:` section',
    code: 'elements.challenge.none',
    hint: 'a challenge is a scenario with a `challenge:` section: see docs/reference/scenario-format.md',
  }
}

function create(text: string, scenario: Scenario): LoadedChallenge | ElementError {
  const challenge = scenario.challenge
  if (challenge === undefined) return noChallenge()
  const graded = challenge.leastPrivilege !== undefined
  const reference = gradeChallenge(scenario, challenge.solutionText)
  const { edit } = challenge
  const options =
    edit.inline === undefined
      ? { kind: edit.policyKind }
      : { kind: edit.policyKind, inline: edit.inline }
  return {
    title: scenario.title,
    ...(scenario.summary === undefined ? {} : { summary: scenario.summary }),
    goal: challenge.goal,
    editLabel: edit.label,
    start: edit.start,
    hints: challenge.hints,
    solution: challenge.solutionText,
    items: goalItems(reference, false, graded),
    grade(document: string): GradeView {
      const grade = gradeChallenge(scenario, document)
      return {
        status: grade.status,
        solved: grade.solved,
        verdict: grade.verdict,
        issues: grade.parse.map(editorIssue),
        items: grade.status === 'invalid' ? [] : goalItems(grade, true, graded),
        extras: grade.leastPrivilege?.extras.map((extra) => extra.sentence) ?? [],
        failed: grade.failed,
      }
    },
    check(document: string): readonly EditorIssue[] {
      try {
        const result = parsePolicy(document, options)
        return (result.ok ? result.warnings : result.issues).map(editorIssue)
      } catch (error) {
        return [{ severity: 'error', message: internalError(error).message }]
      }
    },
    scenarioWith(document: string): string | undefined {
      let value: unknown
      try {
        value = JSON.parse(document)
      } catch {
        return undefined
      }
      const path = edit.path.map(String)
      const edited = replaceAt(text, path, value)
      return edited.ok ? edited.text : undefined
    },
  }
}

/** Loads a challenge scenario. */
export function loadChallenge(text: string, options: { readonly fileName?: string } = {}): Result {
  try {
    const loaded = load(text, options.fileName === undefined ? {} : { fileName: options.fileName })
    if (!loaded.ok) return { ok: false, error: loadError(loaded.issues) }
    const challenge = create(text, loaded.scenario)
    return 'grade' in challenge ? { ok: true, challenge } : { ok: false, error: challenge }
  } catch (error) {
    return { ok: false, error: internalError(error) }
  }
}
