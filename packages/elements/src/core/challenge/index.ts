/**
 * The tutorial part of the core: challenges (loading, grading, checking a document) and the
 * sandbox's edits (checking, one policy of a scenario, forking the steps). Heavy: it imports the
 * scenario loader, the grader and `yaml`, so only `src/core/index.ts` imports it.
 */
import { checkEdit } from './check-edit.ts'
import { loadChallenge } from './load-challenge.ts'
import { parseTarget, targetHelp } from './target.ts'
import type { TutorialCore } from './types.ts'
import { cutSteps, valueAt } from './yaml-edit.ts'

export { checkEdit } from './check-edit.ts'
export { loadChallenge } from './load-challenge.ts'
export { parseTarget } from './target.ts'
export type { ParsedTarget } from './target.ts'
export { cutSteps, replaceAt, valueAt } from './yaml-edit.ts'
export type * from './types.ts'

function pretty(value: unknown): string {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2)
    } catch {
      return value
    }
  }
  return JSON.stringify(value, null, 2)
}

/** The tutorial core. */
export const tutorial: TutorialCore = {
  loadChallenge,
  checkEdit,
  policyTarget(base, target) {
    const parsed = parseTarget(target)
    if (parsed === undefined) return { ok: false, message: targetHelp(target) }
    const value = valueAt(base, parsed.path)
    if (value === undefined)
      return { ok: false, message: `the scenario has no ${parsed.label.replace(/^the /, '')}` }
    return { ok: true, policy: { text: pretty(value), label: parsed.label } }
  },
  forkAt: cutSteps,
}
