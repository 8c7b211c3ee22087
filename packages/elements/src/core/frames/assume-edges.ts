/**
 * The `assume` edges of a trace: one for each session a step created, from whoever's credentials
 * created it (the session's parent: a user, a session for role chaining, a service, a provider;
 * else the step's actor) to its role (to the session itself for `GetSessionToken`). They persist
 * from the step that created them.
 */
import type { SessionView, Trace } from '@hatrack/scenario'
import type { FrameEdge, NodeBox } from '../types.ts'
import { makeEdge } from './edge.ts'

/** An `assume` edge and the step and session it comes from. */
export interface AssumeRecord {
  readonly step: number
  readonly session: SessionView
  readonly edge: FrameEdge
}

const sourceActions: Readonly<Record<string, string>> = {
  AssumeRole: 'sts:AssumeRole',
  AssumeRoleWithWebIdentity: 'sts:AssumeRoleWithWebIdentity',
  AssumeRoleWithSAML: 'sts:AssumeRoleWithSAML',
  GetSessionToken: 'sts:GetSessionToken',
  GetFederationToken: 'sts:GetFederationToken',
  RolesAnywhere: 'rolesanywhere:CreateSession',
  ServiceRole: 'sts:AssumeRole',
}

/** The STS call that created a session, from its `source`. */
export function sessionAction(session: SessionView): string {
  return sourceActions[session.source] ?? `sts:${session.source}`
}

/** Every `assume` edge of `trace`, in step order. */
export function assumeRecords(
  trace: Trace,
  actors: readonly (string | undefined)[],
  boxes: ReadonlyMap<string, NodeBox>,
): AssumeRecord[] {
  const parents = new Map(trace.entities.map((entity) => [entity.id, entity.parent]))
  const records: AssumeRecord[] = []
  trace.steps.forEach((step, index) => {
    for (const session of step.sessions.created) {
      const to =
        session.role !== undefined && boxes.has(session.role)
          ? session.role
          : boxes.has(session.entity)
            ? session.entity
            : undefined
      const parent = parents.get(session.entity)
      const from = parent !== undefined && boxes.has(parent) ? parent : actors[index]
      if (to === undefined || from === undefined || from === to) continue
      const label =
        session.source === 'ServiceRole'
          ? `${sessionAction(session)} (for the service)`
          : sessionAction(session)
      records.push({ step: index, session, edge: makeEdge('assume', from, to, boxes, { label }) })
    }
  })
  return records
}
