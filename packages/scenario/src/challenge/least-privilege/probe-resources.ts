/**
 * The resources least privilege probes: `*`, every resource of the world (and every object of
 * each bucket, as `BUCKET/*`), every user, role and customer managed policy (IAM actions act on
 * them; `sts:AssumeRole` on roles), the resource patterns the two documents name, and those the
 * author adds. An action is probed only on resources of its own service (STS's on IAM's) and on
 * `*`: `s3:GetObject` on a role says nothing, and STS's act on roles only.
 */
import { arnService, type Policy } from '@hatrack/policy'
import type { Scenario } from '../../format/scenario.ts'
import { overlaps, policyArnTokens, templateTokens } from '../../vocabulary/templates.ts'
import type { ActionCatalog } from './catalog.ts'

/** The resource ARNs to probe, in a fixed order, without repeats. */
export function probeResources(
  scenario: Scenario,
  resourceArns: ReadonlyMap<string, string>,
  policies: readonly Policy[],
  extra: readonly string[],
): string[] {
  const found = new Set<string>(['*'])
  for (const resource of scenario.resources) {
    const arn = resourceArns.get(resource.key)
    if (arn === undefined) continue
    found.add(arn)
    if (resource.type === 's3:bucket') found.add(`${arn}/*`)
  }
  for (const entity of [...scenario.users, ...scenario.roles, ...scenario.policies])
    found.add(entity.arn)
  for (const policy of policies)
    for (const statement of policy.statements) {
      const element = statement.resource
      if (element === undefined || element.negated) continue
      for (const pattern of element.patterns) if (!pattern.includes('${')) found.add(pattern)
    }
  for (const arn of extra) found.add(arn)
  return [...found]
}

/**
 * Whether `action` is probed on `resource`: `*`, or a resource of the action's service — of a
 * type the action acts on, when `catalog` describes it (AWS never asks whether
 * `s3:ListAllMyBuckets` is allowed on an object: that action takes only `*`).
 */
export function fits(action: string, resource: string, catalog?: ActionCatalog): boolean {
  if (resource === '*') return true
  const service = arnService(resource)?.toLowerCase()
  const own = action.slice(0, action.indexOf(':')).toLowerCase()
  // STS acts on roles (`sts:AssumeRole`, `sts:TagSession`), which are IAM's.
  const ofService =
    own === 'sts' ? service === 'iam' && resource.includes(':role/') : service === own
  const types = catalog?.resources(action)
  if (!ofService || types === undefined) return ofService
  const probe = policyArnTokens(resource)
  return types.some((template) => overlaps(probe, templateTokens(template, true)))
}
