/**
 * What the loader takes from @hatrack/model: the AWS managed policies Hatrack carries and the
 * service-linked roles it knows, so a name in a scenario is checked against the same catalog
 * the replay uses.
 */
import { awsManagedPolicies, findAwsManagedPolicy, serviceLinkedRoles } from '@hatrack/model'

/** An AWS managed policy by name or ARN: its name and ARN, or `undefined`. */
export function awsManagedPolicy(
  nameOrArn: string,
): { readonly name: string; readonly arn: string } | undefined {
  const found = findAwsManagedPolicy(nameOrArn)
  return found === undefined ? undefined : { name: found.name, arn: found.arn }
}

/** The names of every AWS managed policy Hatrack carries, for suggestions. */
export function awsManagedPolicyNames(): readonly string[] {
  return awsManagedPolicies.map((policy) => policy.name)
}

/** The service-linked role of `service`, or `undefined` when Hatrack does not know it. */
export function serviceLinkedRoleOf(
  service: string,
): { readonly roleName: string; readonly customSuffix: boolean } | undefined {
  const spec = serviceLinkedRoles.get(service)
  return spec === undefined
    ? undefined
    : { roleName: spec.roleName, customSuffix: spec.customSuffix }
}

/** The services whose service-linked roles Hatrack knows. */
export function serviceLinkedServices(): readonly string[] {
  return [...serviceLinkedRoles.keys()]
}
