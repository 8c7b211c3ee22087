/**
 * Organizations, OUs, SCPs and RCPs (iam-facts §7;
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html).
 */
import { describe, expect, it } from 'vitest'
import type { World } from '../world/types.ts'
import { addAccountToOrganization } from './add-account-to-organization.ts'
import { attachOrganizationPolicy, detachOrganizationPolicy } from './attach-organization-policy.ts'
import { createOrganization } from './create-organization.ts'
import { createOrganizationPolicy } from './create-organization-policy.ts'
import { createOrganizationalUnit } from './create-organizational-unit.ts'
import { FULL_AWS_ACCESS_ID, RCP_FULL_AWS_ACCESS_ID } from './default-policies.ts'
import { moveAccount } from './move-account.ts'
import { organizationGates, organizationPath } from './organization-path.ts'
import type { OrganizationsOutcome } from './types.ts'
import { addAccount } from '../world/create-world.ts'
import { A, B, twoAccounts } from '../../test/iam-support/fixture.ts'

function done<T>(outcome: OrganizationsOutcome<T>): { world: World; value: T } {
  if (outcome.status === 'error') throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome
}

function failure<T>(outcome: OrganizationsOutcome<T>) {
  if (outcome.status === 'ok') throw new Error('expected a failure')
  return outcome.error
}

const denyS3 = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
}

function org(): World {
  return done(createOrganization(twoAccounts(), { managementAccount: A })).world
}

describe('createOrganization', () => {
  it('puts every account under the root with FullAWSAccess and RCPFullAWSAccess on the root and each account', () => {
    const world = org()
    const organization = world.organization
    expect(organization?.id).toMatch(/^o-[a-z0-9]{10}$/)
    expect(organization?.root.id).toMatch(/^r-[a-z0-9]{4}$/)
    expect(organization?.root.accounts).toEqual([A, B])
    expect(organization?.root.policies).toEqual([FULL_AWS_ACCESS_ID, RCP_FULL_AWS_ACCESS_ID])
    expect(organization?.accountPolicies?.get(B)).toEqual([
      FULL_AWS_ACCESS_ID,
      RCP_FULL_AWS_ACCESS_ID,
    ])
    expect(organization?.policies.get(FULL_AWS_ACCESS_ID)?.kind).toBe('scp')
    expect(organization?.policies.get(RCP_FULL_AWS_ACCESS_ID)?.kind).toBe('rcp')
  })

  it('refuses a second organization and an unknown management account', () => {
    expect(failure(createOrganization(org(), { managementAccount: A })).code).toBe(
      'AlreadyInOrganizationException',
    )
    expect(
      failure(createOrganization(twoAccounts(), { managementAccount: '999999999999' })).code,
    ).toBe('AccountNotFoundException')
  })
})

describe('OUs and moving accounts', () => {
  it('creates an OU with the default policies and moves an account into it', () => {
    let world = org()
    const rootId = world.organization?.root.id ?? ''
    const ou = done(createOrganizationalUnit(world, { parentId: rootId, name: 'Workloads' }))
    expect(ou.value.id).toMatch(new RegExp(`^ou-${rootId.slice(2)}-[a-z0-9]{8}$`))
    expect(ou.value.policies).toEqual([FULL_AWS_ACCESS_ID, RCP_FULL_AWS_ACCESS_ID])
    world = done(moveAccount(ou.world, { accountId: B, destinationParentId: ou.value.id })).world
    const path = organizationPath(world, B)
    expect(path?.levels.map((level) => level.kind)).toEqual(['root', 'ou', 'account'])
    expect(path?.orgPath).toBe(`${world.organization?.id}/${rootId}/${ou.value.id}/`)
    expect(
      failure(createOrganizationalUnit(world, { parentId: rootId, name: 'Workloads' })).code,
    ).toBe('DuplicateOrganizationalUnitException')
  })

  it('nests OUs five levels deep and no deeper', () => {
    let world = org()
    let parent = world.organization?.root.id ?? ''
    for (let depth = 1; depth <= 5; depth++) {
      const created = done(createOrganizationalUnit(world, { parentId: parent, name: `L${depth}` }))
      world = created.world
      parent = created.value.id
    }
    expect(failure(createOrganizationalUnit(world, { parentId: parent, name: 'L6' })).reason).toBe(
      'OU_DEPTH_LIMIT_EXCEEDED',
    )
  })

  it('adds a new world account to the organization', () => {
    const added = addAccount(org(), { id: '333333333333' })
    if (!added.ok) throw new Error('no account')
    const world = done(addAccountToOrganization(added.world, { accountId: '333333333333' })).world
    expect(organizationPath(world, '333333333333')?.levels).toHaveLength(2)
    expect(organizationPath(world, '444444444444')).toBeUndefined()
  })
})

describe('SCPs and RCPs', () => {
  it('creates an SCP, attaches it to an account and shows it at the account level', () => {
    const created = done(
      createOrganizationPolicy(org(), { name: 'DenyS3', kind: 'scp', document: denyS3 }),
    )
    expect(created.value.id).toMatch(/^p-[a-z0-9]{8}$/)
    const world = done(
      attachOrganizationPolicy(created.world, { policyId: created.value.id, targetId: B }),
    ).world
    const path = organizationPath(world, B)
    expect(path?.levels.at(-1)?.scps.map((policy) => policy.name)).toEqual([
      'FullAWSAccess',
      'DenyS3',
    ])
    expect(path?.levels[0]?.rcps.map((policy) => policy.name)).toEqual(['RCPFullAWSAccess'])
    const organization = world.organization
    if (!organization || !path) throw new Error('no organization')
    const gates = organizationGates(organization, path)
    expect(gates.scps).toHaveLength(2)
    expect(gates.scps[0]?.[0]?.arn).toBe(
      'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
    )
    expect(gates.scps[1]?.[1]?.arn).toBe(
      `arn:aws:organizations::${A}:policy/${organization.id}/service_control_policy/${created.value.id}`,
    )
  })

  it('refuses a duplicate attachment, a sixth SCP, and detaching the last SCP', () => {
    let world = org()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const created = done(
        createOrganizationPolicy(world, { name: `S${i}`, kind: 'scp', document: denyS3 }),
      )
      world = created.world
      ids.push(created.value.id)
    }
    for (const id of ids.slice(0, 4))
      world = done(attachOrganizationPolicy(world, { policyId: id, targetId: B })).world
    expect(
      failure(attachOrganizationPolicy(world, { policyId: ids[0] ?? '', targetId: B })).code,
    ).toBe('DuplicatePolicyAttachmentException')
    expect(
      failure(attachOrganizationPolicy(world, { policyId: ids[4] ?? '', targetId: B })).reason,
    ).toBe('MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED')
    const rootId = world.organization?.root.id ?? ''
    expect(
      failure(detachOrganizationPolicy(world, { policyId: FULL_AWS_ACCESS_ID, targetId: rootId }))
        .reason,
    ).toBe('MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED')
    world = done(
      attachOrganizationPolicy(world, { policyId: ids[0] ?? '', targetId: rootId }),
    ).world
    world = done(
      detachOrganizationPolicy(world, { policyId: FULL_AWS_ACCESS_ID, targetId: rootId }),
    ).world
    expect(world.organization?.root.policies).toEqual([RCP_FULL_AWS_ACCESS_ID, ids[0]])
  })

  it('never detaches RCPFullAWSAccess', () => {
    const world = org()
    expect(
      failure(detachOrganizationPolicy(world, { policyId: RCP_FULL_AWS_ACCESS_ID, targetId: B }))
        .code,
    ).toBe('ConstraintViolationException')
  })

  it('refuses a malformed SCP and one over 5,120 characters', () => {
    const malformed = failure(
      createOrganizationPolicy(org(), { name: 'Bad', kind: 'scp', document: '{"Statement": 3}' }),
    )
    expect(malformed.code).toBe('MalformedPolicyDocumentException')
    const big = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: 's3:*',
          Resource: Array.from({ length: 200 }, (_, i) => `arn:aws:s3:::bucket-${i}-xxxxxxxxxx`),
        },
      ],
    }
    expect(
      failure(createOrganizationPolicy(org(), { name: 'Big', kind: 'scp', document: big })).reason,
    ).toBe('POLICY_CONTENT_LIMIT_EXCEEDED')
  })

  it('parses an RCP as kind rcp', () => {
    const rcp = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }
    expect(
      done(createOrganizationPolicy(org(), { name: 'TLS', kind: 'rcp', document: rcp })).value
        .stored.kind,
    ).toBe('rcp')
  })
})
