/**
 * The nodes of a whole trace, found once: every entity that is a node (a CLI profile placed in
 * the account its credentials act in), an `endpoint` node for each API a request reached without
 * reaching an entity (`endpoint:iam` for `iam:ListRoles` on `*`), and the extra nodes given (the
 * analysis's principals). With them, each step's actor and target node.
 */
import type { EntityView, Trace, TraceStep } from '@hatrack/scenario'
import { actionService, arnAccount } from './arn-account.ts'
import { entityNode, type NodeInput } from './node-input.ts'

/** An account lane to draw, in the order the scenario declares accounts. */
export interface AccountInput {
  readonly id: string
  readonly label: string
}

/** The nodes of a trace and the two ends of each step's call. */
export interface TraceNodes {
  readonly accounts: readonly AccountInput[]
  readonly nodes: readonly NodeInput[]
  /** By step index: the node of the actor, when it is one. */
  readonly actors: readonly (string | undefined)[]
  /** By step index: the node the call went to (an entity or an endpoint), when there is a call. */
  readonly targets: readonly (string | undefined)[]
}

/** The account a CLI profile acts in: its sessions', its caller identity's, else the first. */
function profileAccount(
  id: string,
  trace: Trace,
  byId: ReadonlyMap<string, EntityView>,
  fallback: string | undefined,
): string | undefined {
  for (const step of trace.steps) {
    if (step.actor?.entity !== id) continue
    for (const created of step.sessions.created) {
      const account = byId.get(created.entity)?.accountId ?? arnAccount(created.arn)
      if (account !== undefined) return account
    }
    const reported = step.output?.['Account']
    if (typeof reported === 'string' && /^\d{12}$/.test(reported)) return reported
  }
  return fallback
}

interface EndpointUse {
  readonly step: number
  readonly service: string
  readonly account: string | undefined
}

function endpointUse(
  index: number,
  step: TraceStep,
  actor: NodeInput | undefined,
  lanes: ReadonlySet<string>,
): EndpointUse | undefined {
  if (step.call === undefined) return undefined
  const own = arnAccount(step.call.resource)
  const account =
    own !== undefined && lanes.has(own)
      ? own
      : actor?.accountId !== undefined && lanes.has(actor.accountId)
        ? actor.accountId
        : undefined
  return { step: index, service: actionService(step.call.action), account }
}

/** Endpoint ids: `endpoint:SERVICE`, or `endpoint:SERVICE:ACCOUNT` when one service sits in several lanes. */
function endpointIds(uses: readonly EndpointUse[]): (use: EndpointUse) => string {
  const lanesOf = new Map<string, Set<string>>()
  for (const use of uses) {
    const set = lanesOf.get(use.service) ?? new Set<string>()
    set.add(use.account ?? 'outside')
    lanesOf.set(use.service, set)
  }
  return (use) =>
    (lanesOf.get(use.service)?.size ?? 0) > 1
      ? `endpoint:${use.service}:${use.account ?? 'outside'}`
      : `endpoint:${use.service}`
}

/** Every node of `trace` (with `extra` ones the trace does not know), and each step's call ends. */
export function traceNodes(trace: Trace, extra: readonly NodeInput[] = []): TraceNodes {
  const byId = new Map(trace.entities.map((entity) => [entity.id, entity]))
  const accounts = trace.entities
    .filter((entity) => entity.kind === 'account')
    .map((entity) => ({ id: entity.accountId ?? entity.id, label: entity.label }))
  const lanes = new Set(accounts.map((account) => account.id))
  const nodes = new Map<string, NodeInput>()
  for (const entity of trace.entities) {
    const account =
      entity.kind === 'cliProfile'
        ? profileAccount(entity.id, trace, byId, accounts[0]?.id)
        : undefined
    const node = entityNode(entity, account)
    if (node !== undefined) nodes.set(node.id, node)
  }
  const actors = trace.steps.map((step) =>
    step.actor !== undefined && nodes.has(step.actor.entity) ? step.actor.entity : undefined,
  )
  const direct: (string | undefined)[] = []
  const uses: EndpointUse[] = []
  trace.steps.forEach((step, index) => {
    const resource = step.call?.resource
    if (resource !== undefined && nodes.has(resource)) direct.push(resource)
    else {
      direct.push(undefined)
      const actor = actors[index]
      const use = endpointUse(
        index,
        step,
        actor === undefined ? undefined : nodes.get(actor),
        lanes,
      )
      if (use !== undefined) uses.push(use)
    }
  })
  const idOf = endpointIds(uses)
  const targets = [...direct]
  for (const use of uses) {
    const id = idOf(use)
    targets[use.step] = id
    if (!nodes.has(id))
      nodes.set(id, {
        id,
        kind: 'endpoint',
        label: `${use.service} API`,
        ...(use.account === undefined ? {} : { accountId: use.account }),
        firstStep: use.step,
      })
  }
  for (const node of extra) if (!nodes.has(node.id)) nodes.set(node.id, node)
  return { accounts, nodes: [...nodes.values()], actors, targets }
}
