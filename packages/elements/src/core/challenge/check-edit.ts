/**
 * Checking the sandbox's text as the reader types: the whole scenario (scenario mode), or one
 * policy of it (policy mode: the policy parser first, positions in the editor's text, then the
 * policy spliced into the scenario and the whole loaded and replayed). The result is the
 * scenario text a player can take, or the problems to show; never an exception.
 */
import { parsePolicy } from '@hatrack/policy'
import { loadScenario } from '../load-scenario.ts'
import { errorIssues, editorIssue, outsideIssue } from './issues.ts'
import { parseTarget, targetHelp } from './target.ts'
import type { EditResult, EditorIssue, TutorialCore } from './types.ts'
import { replaceAt } from './yaml-edit.ts'

function scenarioResult(text: string, fileName: string | undefined): EditResult {
  const result = loadScenario(text, fileName === undefined ? {} : { fileName })
  if (!result.ok) return { ok: false, issues: errorIssues(result.error) }
  return {
    ok: true,
    scenario: text,
    warnings: result.warnings.flatMap((warning) => errorIssues(warning, 'warning')),
  }
}

function failure(message: string): EditResult {
  return { ok: false, issues: [{ severity: 'error', message }] }
}

/** Checks an edit (see {@link TutorialCore.checkEdit}). */
export const checkEdit: TutorialCore['checkEdit'] = ({ base, text, target, fileName }) => {
  if (target === undefined) return scenarioResult(text, fileName)
  const parsed = parseTarget(target)
  if (parsed === undefined) return failure(targetHelp(target))
  const policy = parsePolicy(
    text,
    parsed.inline === undefined
      ? { kind: parsed.kind }
      : { kind: parsed.kind, inline: parsed.inline },
  )
  if (!policy.ok) return { ok: false, issues: policy.issues.map(editorIssue) }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return failure('the policy is not JSON')
  }
  const spliced = replaceAt(base, parsed.path, value)
  if (!spliced.ok) return failure(spliced.message)
  const whole = scenarioResult(spliced.text, fileName)
  const own: EditorIssue[] = policy.warnings.map(editorIssue)
  if (!whole.ok) return { ok: false, issues: [...own, ...whole.issues.map(outsideIssue)] }
  return {
    ok: true,
    scenario: whole.scenario,
    warnings: [...own, ...whole.warnings.map(outsideIssue)],
  }
}
