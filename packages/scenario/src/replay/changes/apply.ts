/**
 * Applying one change: the model call, then what the replay learns from it (the ids of new
 * organization policies and OUs, for later steps) and the change's line in the trace.
 */
import type { Caller, World } from '@hatrack/model'
import type { ChangeOperationName } from '../../schema/definitions/changes.ts'
import type { WorldChange } from '../../trace/types.ts'
import type { RunResult } from '../run.ts'
import type { ReplayState } from '../state.ts'
import { describeChange } from './describe.ts'
import { operations } from './dispatch.ts'
import type { ModelInput } from './resolve-input.ts'

/** Runs the change's model call on `world`. */
export function applyChange(
  state: ReplayState,
  world: World,
  caller: Caller,
  operation: ChangeOperationName,
  input: ModelInput,
): RunResult<unknown> {
  return operations[operation](world, caller, input, state.scenario.region)
}

/** Once the change is part of the world: learns its names and describes it. */
export function changeApplied(
  state: ReplayState,
  operation: ChangeOperationName,
  input: ModelInput,
  value: unknown,
): WorldChange {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  if (operation === 'createOrganizationPolicy' && typeof fields['id'] === 'string')
    state.organizationPolicies.set(String(input['name']), fields['id'])
  if (operation === 'createOrganizationalUnit' && typeof fields['id'] === 'string')
    state.organizationUnits.set(String(input['name']), fields['id'])
  return describeChange(state, operation, input, value)
}
