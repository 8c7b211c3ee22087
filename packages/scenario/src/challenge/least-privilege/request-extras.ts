/**
 * Least privilege for permission policies, boundaries and resource policies: every probe
 * principal × action × resource decided in the reader's world and in the reference solution's;
 * what the reader's allows and the solution's does not is an extra, grouped by principal and
 * resource into one sentence: "also allows `s3:DeleteObject` on `arn:aws:s3:::reports/*` to
 * role `AppRole`".
 */
import { authorizeResolved, resolveCaller, type ResolvedCaller, type World } from '@hatrack/model'
import type { Policy } from '@hatrack/policy'
import type { PrivilegeExtra } from '../types.ts'
import type { ActionCatalog } from './catalog.ts'
import { applies } from './applies.ts'
import type { ProbeCaller } from './probe-callers.ts'
import { fits } from './probe-resources.ts'

/** One side of the comparison: a world with its probe callers. */
export interface ProbeSide {
  readonly world: World
  readonly callers: readonly ProbeCaller[]
  /** Decisions already made, by `caller\naction\nresource` (the solution's side is reused). */
  readonly decided: Map<string, boolean>
  /** Callers resolved once, by id. */
  readonly resolved: Map<string, ResolvedCaller | null>
}

function resolvedOf(side: ProbeSide, caller: ProbeCaller): ResolvedCaller | null {
  let known = side.resolved.get(caller.id)
  if (known === undefined) {
    const result = resolveCaller(side.world, caller.caller)
    known = result?.ok === true ? result.caller : null
    side.resolved.set(caller.id, known)
  }
  return known
}

function allowed(side: ProbeSide, caller: ProbeCaller, action: string, resource: string): boolean {
  const key = `${caller.id}\n${action}\n${resource}`
  const known = side.decided.get(key)
  if (known !== undefined) return known
  const resolved = resolvedOf(side, caller)
  const yes =
    resolved !== null &&
    authorizeResolved(side.world, resolved, { action, resource }).decision === 'allowed'
  side.decided.set(key, yes)
  return yes
}

/** `a`, `b` and `c` in backticks, at most three, then how many more. */
export function actionList(actions: readonly string[]): string {
  const shown = actions.slice(0, 3).map((action) => `\`${action}\``)
  const rest = actions.length - shown.length
  if (rest > 0) return `${shown.join(', ')} and ${rest} more action${rest === 1 ? '' : 's'}`
  if (shown.length === 1) return shown[0] ?? ''
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`
}

/**
 * What `reader` allows and `solution` does not, one extra per principal and resource; only the
 * requests one of `documents` (the two versions of the edited one) has a say on are probed.
 */
export function requestExtras(
  reader: ProbeSide,
  solution: ProbeSide,
  probe: {
    readonly actions: readonly string[]
    readonly resources: readonly string[]
    readonly documents: readonly Policy[]
    /** Actions named first in a sentence (lower case): those the goal says must be refused. */
    readonly highlight: ReadonlySet<string>
    /** AWS's actions, to probe each only on the resource types it acts on. */
    readonly catalog?: ActionCatalog | undefined
  },
): PrivilegeExtra[] {
  const { actions, resources, documents, highlight, catalog } = probe
  const first = (action: string): number => (highlight.has(action.toLowerCase()) ? 0 : 1)
  const extras: PrivilegeExtra[] = []
  const theirs = new Map(solution.callers.map((caller) => [caller.id, caller]))
  for (const caller of reader.callers) {
    const other = theirs.get(caller.id)
    if (other === undefined) continue
    for (const resource of resources) {
      const more = actions.filter(
        (action) =>
          fits(action, resource, catalog) &&
          applies(documents, action, resource) &&
          allowed(reader, caller, action, resource) &&
          !allowed(solution, other, action, resource),
      )
      if (more.length === 0) continue
      more.sort((a, b) => first(a) - first(b) || a.localeCompare(b))
      extras.push({
        kind: 'request',
        principal: caller.id,
        principalLabel: caller.label,
        resource,
        actions: more,
        sentence: `also allows ${actionList(more)} on \`${resource}\` to ${caller.label}`,
      })
    }
  }
  return extras
}
