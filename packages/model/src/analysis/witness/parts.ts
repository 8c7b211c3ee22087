/**
 * Conditions split into their parts, one per knob (`mfa`, `externalId`, `tags`, each context key,
 * each claim, …), and the parts a successful call cannot do without: each part whose removal
 * still succeeds is dropped, until every remaining part is needed.
 */
import { attempt } from '../evaluate/attempt.ts'
import type { AnalysisEnv } from '../evaluate/env.ts'
import type { RoleModel } from '../evaluate/role-model.ts'
import type { AssumeConditions } from '../types.ts'
import { mergeConditions, type Witness } from './search.ts'

type Part = { readonly name: string; readonly option: AssumeConditions }

/** The parts of `conditions`. */
export function splitConditions(conditions: AssumeConditions): Part[] {
  const parts: Part[] = []
  if (conditions.mfa === true) parts.push({ name: 'mfa', option: { mfa: true } })
  if (conditions.externalId !== undefined)
    parts.push({ name: 'externalId', option: { externalId: conditions.externalId } })
  if (conditions.roleSessionName !== undefined)
    parts.push({ name: 'roleSessionName', option: { roleSessionName: conditions.roleSessionName } })
  if (conditions.sourceIdentity !== undefined)
    parts.push({ name: 'sourceIdentity', option: { sourceIdentity: conditions.sourceIdentity } })
  if (conditions.tags !== undefined && conditions.tags.length > 0)
    parts.push({ name: 'tags', option: { tags: conditions.tags } })
  for (const [key, value] of Object.entries(conditions.context ?? {}))
    parts.push({ name: `context:${key.toLowerCase()}`, option: { context: { [key]: value } } })
  for (const [key, value] of Object.entries(conditions.claims ?? {}))
    parts.push({ name: `claim:${key.toLowerCase()}`, option: { claims: { [key]: value } } })
  if (conditions.sourceArn !== undefined)
    parts.push({ name: 'sourceArn', option: { sourceArn: conditions.sourceArn } })
  if (conditions.sourceAccount !== undefined)
    parts.push({ name: 'sourceAccount', option: { sourceAccount: conditions.sourceAccount } })
  return parts
}

/**
 * The witness of a call that succeeds with `conditions`, its knobs reduced to those it needs;
 * the conditions stay as given.
 */
export function neededParts(
  env: AnalysisEnv,
  index: number,
  role: RoleModel,
  conditions: AssumeConditions,
): Witness {
  let kept = splitConditions(conditions)
  let dropped = true
  while (dropped) {
    dropped = false
    for (const part of kept) {
      const others = kept.filter((other) => other !== part)
      if (attempt(env, index, role, mergeConditions(others.map((o) => o.option))).ok) {
        kept = others
        dropped = true
        break
      }
    }
  }
  return { conditions, knobs: kept }
}
