/**
 * A change the world went through, in one line, with the entity it touched: what the trace
 * shows for a `change` step and for each resource of a stack. Entities created or deleted
 * appear in or leave the trace's entity list.
 */
import { isoInstant } from '@hatrack/model'
import type { ChangeOperationName } from '../../schema/definitions/changes.ts'
import type { EntityKind, WorldChange } from '../../trace/types.ts'
import { SHAPES, type Shape } from './shapes.ts'
import type { ReplayState } from '../state.ts'
import type { ModelInput } from './resolve-input.ts'

const s = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''))

function entityOf(
  state: ReplayState,
  kind: EntityKind,
  input: ModelInput,
  value: Record<string, unknown>,
): string {
  if (kind === 'organization') return state.simulation.snapshot().organization?.id ?? 'organization'
  if (typeof value['arn'] === 'string') return value['arn']
  const nested = value['user'] as { arn?: unknown } | undefined
  if (typeof nested?.arn === 'string') return nested.arn
  const accountId = s(input['accountId'])
  const name = s(input['userName'])
  return `arn:aws:iam::${accountId}:user/${name}`
}

function labelOf(kind: EntityKind, input: ModelInput, value: Record<string, unknown>): string {
  const byKind: Partial<Record<EntityKind, unknown>> = {
    user: input['userName'],
    group: input['groupName'],
    role: input['roleName'] ?? value['name'],
    policy: input['policyName'],
    instanceProfile: input['instanceProfileName'],
    provider: input['url'] ?? input['name'],
    resource: input['name'],
  }
  return s(byKind[kind] ?? value['name'] ?? '')
}

const ORGANIZATION_IDS = ['policyId', 'targetId', 'parentId', 'destinationParentId', 'accountId']

/** The scenario's name for an organization id: a policy, an OU, an account key, or `root`. */
function organizationName(state: ReplayState, id: string): string {
  if (id === state.simulation.snapshot().organization?.root.id) return 'root'
  for (const names of [state.organizationPolicies, state.organizationUnits])
    for (const [name, known] of names) if (known === id) return name
  return state.scenario.accounts.find((account) => account.id === id)?.key ?? id
}

/** The input with organization ids shown by name, for the summary. */
function shown(state: ReplayState, shape: Shape, input: ModelInput): ModelInput {
  if (shape.kind !== 'organization') return input
  const named: ModelInput = { ...input }
  for (const key of ORGANIZATION_IDS)
    if (typeof input[key] === 'string') named[key] = organizationName(state, input[key])
  return named
}

/** Records the change `operation` made, with `value` what the model returned. */
export function describeChange(
  state: ReplayState,
  operation: ChangeOperationName,
  input: ModelInput,
  value: unknown,
): WorldChange {
  const shape = SHAPES[operation]
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  const entity = entityOf(state, shape.kind, input, fields)
  if (shape.op === 'create')
    state.entities.appear(
      {
        id: entity,
        kind: shape.kind,
        label: labelOf(shape.kind, input, fields),
        ...(typeof input['accountId'] === 'string' ? { accountId: input['accountId'] } : {}),
      },
      state.step,
    )
  if (shape.op === 'delete') state.entities.disappear(entity, state.step)
  const when =
    operation === 'revokeSessions'
      ? ` issued before ${isoInstant(state.simulation.snapshot().now)}`
      : ''
  return {
    op: shape.op,
    operation,
    entity,
    kind: shape.kind,
    summary: `${shape.text(shown(state, shape, input), fields)}${when}`,
  }
}
