/**
 * The organization: created with its members under the root, its OUs (nested, in file order)
 * with their accounts moved in, its SCPs and RCPs created and attached. Names the scenario uses
 * are kept with the ids the model generates (`ou-…`, `p-…`), for later steps.
 */
import {
  createOrganization,
  createOrganizationalUnit,
  createOrganizationPolicy,
  attachOrganizationPolicy,
  FULL_AWS_ACCESS_ID,
  moveAccount,
  RCP_FULL_AWS_ACCESS_ID,
} from '@hatrack/model'
import type { JsonPath } from '@hatrack/policy'
import type { OrganizationalUnitDecl, OrganizationTarget } from '../../format/world.ts'
import type { Builder } from './builder.ts'

/** Names of the organization → ids. */
export interface OrganizationNames {
  readonly policies: Map<string, string>
  readonly units: Map<string, string>
}

/** The AWS managed organization policies, by name. */
const AWS_POLICIES: Readonly<Record<string, string>> = {
  FullAWSAccess: FULL_AWS_ACCESS_ID,
  RCPFullAWSAccess: RCP_FULL_AWS_ACCESS_ID,
}

/** Names → ids, starting with AWS's own policies. */
export function emptyOrganizationNames(): OrganizationNames {
  return { policies: new Map(Object.entries(AWS_POLICIES)), units: new Map() }
}

/** The id of an organization target, or `undefined` while the organization does not exist. */
export function organizationTargetId(
  builder: { readonly world: Builder['world'] },
  names: OrganizationNames,
  target: OrganizationTarget,
): string | undefined {
  switch (target.kind) {
    case 'root':
      return builder.world.organization?.root.id
    case 'unit':
      return names.units.get(target.name) ?? target.name
    case 'account':
      return target.accountId
  }
}

function buildUnits(
  builder: Builder,
  names: OrganizationNames,
  units: readonly OrganizationalUnitDecl[],
  parentId: string,
  path: JsonPath,
): void {
  for (const unit of units) {
    const at = [...path, 'units', unit.name]
    const created = builder.apply(`organizational unit ${unit.name}`, at, (world) =>
      createOrganizationalUnit(world, { parentId, name: unit.name }),
    )
    if (created === undefined) continue
    names.units.set(unit.name, created.id)
    for (const key of unit.accounts) {
      const account = builder.scenario.accounts.find((candidate) => candidate.key === key)
      if (account === undefined) continue
      builder.apply(`account ${key} in ${unit.name}`, [...at, 'accounts'], (world) =>
        moveAccount(world, { accountId: account.id, destinationParentId: created.id }),
      )
    }
    buildUnits(builder, names, unit.units, created.id, at)
  }
}

/** Builds the declared organization, if any. */
export function buildOrganization(builder: Builder, names: OrganizationNames): void {
  const declared = builder.scenario.organization
  if (declared === undefined) return
  const members = declared.members.flatMap((key) => {
    const account = builder.scenario.accounts.find((candidate) => candidate.key === key)
    return account === undefined ? [] : [account.id]
  })
  const organization = builder.apply('organization', ['organization'], (world) =>
    createOrganization(world, {
      managementAccount: declared.managementId,
      memberAccounts: members,
    }),
  )
  if (organization === undefined) return
  builder.entities.appear(
    {
      id: organization.id,
      kind: 'organization',
      label: 'organization',
      accountId: declared.managementId,
    },
    0,
  )
  buildUnits(builder, names, declared.units, organization.root.id, ['organization'])
  for (const policy of declared.policies) {
    const created = builder.apply(
      `organization policy ${policy.name}`,
      ['organization', 'policies', policy.name],
      (world) =>
        createOrganizationPolicy(world, {
          name: policy.name,
          kind: policy.kind,
          document: policy.document.input,
        }),
    )
    if (created !== undefined) names.policies.set(policy.name, created.id)
  }
  for (const attachment of declared.attachments) {
    const policyId = names.policies.get(attachment.policy)
    const targetId = organizationTargetId(builder, names, attachment.target)
    if (policyId === undefined || targetId === undefined) continue
    builder.apply(
      `attachment of ${attachment.policy}`,
      ['organization', 'attach', attachment.policy],
      (world) => attachOrganizationPolicy(world, { policyId, targetId }),
    )
  }
}
