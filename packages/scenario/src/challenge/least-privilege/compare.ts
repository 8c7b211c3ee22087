/**
 * Least privilege: the reader's world against the reference solution's. For a trust policy,
 * who can assume the role (the analysis); for any other document, what every principal may do
 * to every resource, over the actions the two documents name or match. The solution's side is
 * built once per challenge and its decisions kept, so grading again is cheaper.
 */
import { analyzeAssumeRoles, type AssumeGraph } from '@hatrack/model'
import type { Challenge } from '../../format/challenge.ts'
import type { Policy } from '@hatrack/policy'
import type { Scenario } from '../../format/scenario.ts'
import type { BuiltWorld } from '../../replay/build/build-world.ts'
import type { Labels } from '../labels.ts'
import type { LeastPrivilegeResult, PrivilegeExtra } from '../types.ts'
import { affectedPrincipals } from './affected.ts'
import type { ActionCatalog } from './catalog.ts'
import { probeActions } from './probe-actions.ts'
import { probeCallers } from './probe-callers.ts'
import { probeResources } from './probe-resources.ts'
import { requestExtras, type ProbeSide } from './request-extras.ts'
import { trustExtras } from './trust-extras.ts'

/** One world of the comparison, with what is computed from it on demand. */
export interface ComparedWorld {
  readonly built: BuiltWorld
  graph(): AssumeGraph
  side(): ProbeSide
}

/** A world to compare, computing its analysis and probe callers once. */
export function comparedWorld(scenario: Scenario, built: BuiltWorld): ComparedWorld {
  let graph: AssumeGraph | undefined
  let side: ProbeSide | undefined
  return {
    built,
    graph: () => (graph ??= analyzeAssumeRoles(built.world)),
    side: () =>
      (side ??= {
        ...probeCallers(scenario, built.world),
        decided: new Map(),
        resolved: new Map(),
      }),
  }
}

/** What the reader's world allows beyond the solution's. */
export function compareLeastPrivilege(
  scenario: Scenario,
  challenge: Challenge,
  reader: { readonly world: ComparedWorld; readonly policy: Policy },
  solution: ComparedWorld,
  labels: Labels,
  catalog: ActionCatalog | undefined,
): LeastPrivilegeResult {
  const options = challenge.leastPrivilege ?? { actions: [], resources: [] }
  const target = challenge.edit.target
  let extras: PrivilegeExtra[]
  let probed: LeastPrivilegeResult['probed']
  if (target.kind === 'trust') {
    const role = scenario.roles.find((entry) => entry.key === target.role)
    const arn = role?.arn ?? ''
    const graph = reader.world.graph()
    extras = trustExtras(graph, solution.graph(), arn, `role \`${target.role}\``, labels)
    probed = { principals: graph.principals.length, actions: 1, resources: 1 }
  } else {
    const policies = [reader.policy, challenge.solution.policy]
    const actions = probeActions(scenario, policies, options.actions, catalog)
    const resources = probeResources(
      scenario,
      reader.world.built.resourceArns,
      policies,
      options.resources,
    )
    const side = reader.world.side()
    const affected = affectedPrincipals(scenario, target)
    const callers =
      affected === undefined
        ? side.callers
        : side.callers.filter((caller) => affected.has(caller.id))
    extras = requestExtras({ ...side, callers }, solution.side(), {
      actions,
      resources,
      documents: policies,
      catalog,
      // The actions the goal says must be refused come first in a sentence.
      highlight: new Set(
        scenario.steps.flatMap((step) =>
          step.kind === 'request' &&
          step.expect !== undefined &&
          step.expect.decision !== 'allowed' &&
          (step.expect.decision !== undefined || step.expect.error !== undefined)
            ? [step.action.toLowerCase()]
            : [],
        ),
      ),
    })
    probed = { principals: callers.length, actions: actions.length, resources: resources.length }
  }
  return {
    held: extras.length === 0,
    extras,
    detail:
      extras.length === 0
        ? 'allows nothing beyond the reference solution'
        : `allows ${extras.length} thing${extras.length === 1 ? '' : 's'} beyond the reference solution: ${extras[0]?.sentence ?? ''}${extras.length > 1 ? ', …' : ''}`,
    probed,
  }
}
