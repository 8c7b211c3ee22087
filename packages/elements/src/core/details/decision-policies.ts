/**
 * The policies a step's decisions name (the deciding statements, the near misses, what could not
 * be evaluated), read from the world as it stood before the step ran, each under the name the
 * decision's `StatementRef.policy` uses, so the panel can match statements to documents. The
 * engine's names (packages/model/src/request/): a managed policy by its name (with its ARN),
 * `inline:NAME` (a group's `GROUP/inline:NAME`), `ROLE trust policy`, `NAME resource-based
 * policy`, `inline:session-policy-N`, an SCP or RCP by its name.
 */
import type { Decision, StatementRef } from '@hatrack/engine'
import {
  findPolicy,
  findResource,
  findRoleByArn,
  type StoredPolicy,
  type World,
} from '@hatrack/model'
import type { TraceStep } from '@hatrack/scenario'
import type { PolicyView } from '../types.ts'
import { candidateHolders, type Holder } from './holders.ts'
import { policyView } from './policy-view.ts'

/** Every statement a decision refers to. */
function refsOf(decision: Decision): StatementRef[] {
  return [
    ...decision.gates.flatMap((gate) => [
      ...gate.matched,
      ...gate.closest.map((miss) => miss.statement),
    ]),
    ...decision.notEvaluated.map((entry) => entry.statement),
  ]
}

function inline(ref: StatementRef, holders: readonly Holder[]): StoredPolicy | undefined {
  const match = /^(?:(.+)\/)?inline:(.*)$/.exec(ref.policy)
  if (match === null) return undefined
  const [, group, name = ''] = match
  for (const holder of holders) {
    if (group !== undefined && (holder.kind !== 'group' || holder.name !== group)) continue
    if (group === undefined && holder.kind === 'group') continue
    const found = holder.inlinePolicies.get(name)
    if (found !== undefined) return found
  }
  return undefined
}

function sessionPolicy(world: World, ref: StatementRef, actor: string | undefined) {
  const match = /^(?:inline:)?session-policy-(\d+)$/.exec(ref.policy)
  if (match === null || actor === undefined) return undefined
  return world.sessions.get(actor)?.sessionPolicies[Number(match[1]) - 1]
}

function organizationPolicy(world: World, ref: StatementRef): StoredPolicy | undefined {
  for (const policy of world.organization?.policies.values() ?? [])
    if (policy.name === ref.policy && policy.kind === ref.policyKind) return policy.stored
  return undefined
}

function storedOf(
  world: World,
  ref: StatementRef,
  actor: string | undefined,
  holders: () => readonly Holder[],
): StoredPolicy | undefined {
  const arn = ref.policyArn
  switch (ref.policyKind) {
    case 'trust': {
      const byArn = arn === undefined ? undefined : findRoleByArn(world, arn)
      const role =
        byArn ??
        holders().find(
          (holder) => holder.kind === 'role' && `${holder.name} trust policy` === ref.policy,
        )
      return role?.kind === 'role' ? role.trustPolicy : undefined
    }
    case 'resource':
      return arn === undefined ? undefined : findResource(world, arn)?.policy
    case 'scp':
    case 'rcp':
      return organizationPolicy(world, ref)
    case 'boundary':
    case 'identity':
      if (arn !== undefined) return findPolicy(world, arn)?.stored
      return inline(ref, holders())
    case 'session':
      if (arn !== undefined) return findPolicy(world, arn)?.stored
      return sessionPolicy(world, ref, actor)
  }
}

function viewKind(ref: StatementRef): PolicyView['kind'] {
  if (ref.policyKind === 'identity') return ref.policyArn === undefined ? 'inline' : 'managed'
  return ref.policyKind
}

/** The policies `step`'s decisions name; `world` is the world before the step. */
export function decisionPolicies(step: TraceStep, world: World): PolicyView[] {
  const decisions = [
    ...(step.decision === undefined ? [] : [step.decision]),
    ...(step.decisions ?? []).map((entry) => entry.decision),
  ]
  const actor = step.actor?.entity
  let holders: Holder[] | undefined
  const lazyHolders = () => (holders ??= candidateHolders(world, actor))
  const views = new Map<string, PolicyView>()
  for (const ref of decisions.flatMap(refsOf)) {
    const key = `${ref.policyKind}\u0000${ref.policy}\u0000${ref.policyArn ?? ''}`
    if (views.has(key)) continue
    const stored = storedOf(world, ref, actor, lazyHolders)
    if (stored !== undefined)
      views.set(key, policyView(world, stored, ref.policy, viewKind(ref), ref.policyArn))
  }
  return [...views.values()]
}
