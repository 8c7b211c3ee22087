/**
 * A change's input as the model takes it. The loader has resolved names already (`accountId`,
 * policy ARNs, parsed documents); what only the replay knows is filled in here: a declared
 * resource's ARN (KMS key ids and the like are generated), the ids of organization policies and
 * OUs, each policy document as the text or value written, and the format's defaults.
 */
import type { OrganizationTarget } from '../../format/world.ts'
import type { ReplayState } from '../state.ts'
import { withDefaults } from './defaults.ts'
import { targetArn } from '../steps/request.ts'
import type { ResourceTarget } from '../../format/change.ts'

/** A change's input, keys as the model names them. */
export type ModelInput = Record<string, unknown>

const DOCUMENTS = new Set(['assumeRolePolicyDocument', 'policyDocument', 'document', 'policy'])
const TARGETS = new Set(['targetId', 'parentId', 'destinationParentId'])

/** The id of an organization target. */
export function organizationId(state: ReplayState, target: OrganizationTarget): string {
  switch (target.kind) {
    case 'root':
      return state.simulation.snapshot().organization?.root.id ?? 'root'
    case 'unit':
      return state.organizationUnits.get(target.name) ?? target.name
    case 'account':
      return target.accountId
  }
}

/** The model's input for `operation` with `input`, its defaults filled in (`defaults.ts`). */
export function modelInput(
  state: ReplayState,
  operation: string,
  input: Readonly<Record<string, unknown>>,
): ModelInput {
  const resolved: ModelInput = {}
  for (const [key, value] of Object.entries(input)) {
    if (DOCUMENTS.has(key) && typeof value === 'object' && value !== null && 'input' in value)
      resolved[key] = (value as { readonly input: unknown }).input
    else if (key === 'arn' && typeof value === 'object' && value !== null)
      resolved[key] = targetArn(state, value as ResourceTarget)
    else if (TARGETS.has(key) && typeof value === 'object' && value !== null)
      resolved[key] = organizationId(state, value as OrganizationTarget)
    else if (key === 'policyId' && typeof value === 'string')
      resolved[key] = state.organizationPolicies.get(value) ?? value
    else resolved[key] = value
  }
  return withDefaults(state.simulation.snapshot(), operation, resolved)
}
