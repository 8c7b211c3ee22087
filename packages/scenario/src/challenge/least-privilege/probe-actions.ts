/**
 * The actions least privilege probes: every action the two documents (the reader's and the
 * reference solution's) name or match, and those the author adds. A wildcard is expanded with
 * the {@link ActionCatalog}; without one, with the actions the scenario names anywhere (its
 * steps, its documents). `NotAction` and a bare `*` match every action of the services in play:
 * those the documents and steps name, and those of the world's resources.
 */
import { matchAction, type Policy } from '@hatrack/policy'
import type { Scenario } from '../../format/scenario.ts'
import type { ActionCatalog } from './catalog.ts'

const WILD = /[*?]/

function serviceOf(action: string): string {
  return action.slice(0, action.indexOf(':')).toLowerCase()
}

/** Action patterns of a policy's statements: `Action` ones, and whether any is `NotAction`. */
function patternsOf(policies: readonly Policy[]): { patterns: string[]; negated: boolean } {
  const patterns: string[] = []
  let negated = false
  for (const policy of policies)
    for (const statement of policy.statements) {
      if (statement.action.negated) negated = true
      patterns.push(...statement.action.patterns)
    }
  return { patterns, negated }
}

/** Every action the scenario names without a wildcard: steps, documents of the world. */
function namedActions(scenario: Scenario, policies: readonly Policy[], extra: readonly string[]) {
  const names: string[] = []
  for (const step of scenario.steps) if (step.kind === 'request') names.push(step.action)
  const documents = [
    ...scenario.users.flatMap((user) => user.inline.map((entry) => entry.document.policy)),
    ...scenario.groups.flatMap((group) => group.inline.map((entry) => entry.document.policy)),
    ...scenario.roles.flatMap((role) => [
      role.trust.policy,
      ...role.inline.map((entry) => entry.document.policy),
    ]),
    ...scenario.policies.map((policy) => policy.document.policy),
    ...scenario.resources.flatMap((resource) =>
      resource.policy === undefined ? [] : [resource.policy.policy],
    ),
    ...policies,
  ]
  names.push(...patternsOf(documents).patterns, ...extra)
  return names.filter((name) => name.includes(':') && !WILD.test(name))
}

/** The services in play: named by an action without a wildcard in its service, or owning a resource. */
export function servicesInPlay(
  scenario: Scenario,
  policies: readonly Policy[],
  extra: readonly string[],
): string[] {
  const services = new Set<string>()
  for (const name of [
    ...namedActions(scenario, policies, extra),
    ...patternsOf(policies).patterns,
    ...extra,
  ]) {
    const colon = name.indexOf(':')
    if (colon > 0 && !WILD.test(name.slice(0, colon)))
      services.add(name.slice(0, colon).toLowerCase())
  }
  for (const resource of scenario.resources) services.add(serviceOf(resource.type))
  return [...services].sort()
}

/** The actions to probe, sorted and without repeats. */
export function probeActions(
  scenario: Scenario,
  policies: readonly Policy[],
  extra: readonly string[],
  catalog: ActionCatalog | undefined,
): string[] {
  const named = namedActions(scenario, policies, extra)
  const services = servicesInPlay(scenario, policies, extra)
  const known = (service: string): readonly string[] => [
    ...(catalog?.actions(service) ?? []),
    ...named.filter((name) => serviceOf(name) === service),
  ]
  const { patterns, negated } = patternsOf(policies)
  const found = new Map<string, string>()
  const add = (action: string): void => {
    const key = action.toLowerCase()
    if (!found.has(key)) found.set(key, action)
  }
  for (const pattern of [...patterns, ...extra]) {
    if (!WILD.test(pattern)) {
      if (pattern.includes(':')) add(pattern)
      continue
    }
    const colon = pattern.indexOf(':')
    const servicePart = colon < 0 ? pattern : pattern.slice(0, colon)
    const candidates = WILD.test(servicePart) ? services : [servicePart.toLowerCase()]
    for (const service of candidates)
      for (const action of known(service)) if (matchAction(pattern, action)) add(action)
  }
  if (negated) for (const service of services) known(service).forEach(add)
  return [...found.values()].sort((a, b) => a.localeCompare(b))
}
