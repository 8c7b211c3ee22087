/**
 * What a graph keeps beside its data, in a WeakMap: the analysis environment of its world (to
 * decide on demand the pairs it did not store) and lookups built on first use (edges by pair,
 * roles by ARN). The graph itself stays plain data.
 */
import type { AnalysisEnv } from './evaluate/env.ts'
import type { AssumeEdge, AssumeGraph } from './types.ts'

/** A graph's companions. */
export interface GraphInternals {
  readonly env: AnalysisEnv
  /** Role index by ARN. */
  readonly roleIndex: ReadonlyMap<string, number>
  /** Principal index by id. */
  readonly principalIndex: ReadonlyMap<string, number>
  /** Edges by principal id, then role index. */
  edgesByPrincipal(): ReadonlyMap<string, ReadonlyMap<number, AssumeEdge>>
}

const internals = new WeakMap<AssumeGraph, GraphInternals>()

/** Keeps the environment of a new graph. */
export function registerGraph(graph: AssumeGraph, env: AnalysisEnv): void {
  let edges: Map<string, Map<number, AssumeEdge>> | undefined
  internals.set(graph, {
    env,
    roleIndex: env.roleIndex,
    principalIndex: env.principalIndex,
    edgesByPrincipal() {
      if (edges === undefined) {
        edges = new Map()
        for (const edge of graph.edges) {
          const role = env.roleIndex.get(edge.role)
          if (role === undefined) continue
          let byRole = edges.get(edge.principal)
          if (byRole === undefined) {
            byRole = new Map()
            edges.set(edge.principal, byRole)
          }
          byRole.set(role, edge)
        }
      }
      return edges
    },
  })
}

/** The companions of a graph made by `analyzeAssumeRoles`. */
export function graphInternals(graph: AssumeGraph): GraphInternals {
  const found = internals.get(graph)
  if (found === undefined)
    throw new Error('invariant: this graph was not made by analyzeAssumeRoles')
  return found
}
