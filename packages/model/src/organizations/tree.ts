/**
 * The organization's tree of root and OUs, read and rebuilt immutably, and the policies
 * attached to a target (the root, an OU or a member account).
 */
import type { AccountId, Organization, OrganizationalUnit } from '../world/types.ts'

/** The unit with this id (`r-…` or `ou-…`), anywhere under `unit`. */
export function findUnit(unit: OrganizationalUnit, id: string): OrganizationalUnit | undefined {
  if (unit.id === id) return unit
  for (const child of unit.children) {
    const found = findUnit(child, id)
    if (found) return found
  }
  return undefined
}

/** The units from `unit` down to the one with id `id`, or `undefined`. */
export function unitPath(unit: OrganizationalUnit, id: string): OrganizationalUnit[] | undefined {
  if (unit.id === id) return [unit]
  for (const child of unit.children) {
    const below = unitPath(child, id)
    if (below) return [unit, ...below]
  }
  return undefined
}

/** The unit that holds the account directly, or `undefined` when it is not a member. */
export function parentOfAccount(
  unit: OrganizationalUnit,
  accountId: AccountId,
): OrganizationalUnit | undefined {
  if (unit.accounts.includes(accountId)) return unit
  for (const child of unit.children) {
    const found = parentOfAccount(child, accountId)
    if (found) return found
  }
  return undefined
}

/** A copy of the tree with the unit `id` replaced by `update(unit)`. */
export function updateUnit(
  unit: OrganizationalUnit,
  id: string,
  update: (unit: OrganizationalUnit) => OrganizationalUnit,
): OrganizationalUnit {
  if (unit.id === id) return update(unit)
  const children = unit.children.map((child) => updateUnit(child, id, update))
  return children.every((child, index) => child === unit.children[index])
    ? unit
    : { ...unit, children }
}

/** What a policy can be attached to. */
export type Target =
  | { readonly kind: 'unit'; readonly unit: OrganizationalUnit }
  | { readonly kind: 'account'; readonly accountId: AccountId }

/** The root, OU or member account that `targetId` names. */
export function findTarget(organization: Organization, targetId: string): Target | undefined {
  if (/^\d{12}$/.test(targetId)) {
    return parentOfAccount(organization.root, targetId)
      ? { kind: 'account', accountId: targetId }
      : undefined
  }
  const unit = findUnit(organization.root, targetId)
  return unit ? { kind: 'unit', unit } : undefined
}

/** The ids of the policies attached directly to the target. */
export function targetPolicies(organization: Organization, target: Target): readonly string[] {
  return target.kind === 'unit'
    ? target.unit.policies
    : (organization.accountPolicies?.get(target.accountId) ?? [])
}

/** A copy of the organization with the target's attached policy ids set to `policies`. */
export function withTargetPolicies(
  organization: Organization,
  target: Target,
  policies: readonly string[],
): Organization {
  if (target.kind === 'unit') {
    return {
      ...organization,
      root: updateUnit(organization.root, target.unit.id, (unit) => ({ ...unit, policies })),
    }
  }
  const accountPolicies = new Map(organization.accountPolicies ?? [])
  accountPolicies.set(target.accountId, policies)
  return { ...organization, accountPolicies }
}
