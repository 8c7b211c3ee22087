/**
 * Building a `WorldSpec` with the model's operations, as an administrator's changes. An
 * operation the model refuses (a trust naming a principal that does not exist, say) is skipped:
 * the world stays valid and the test runs on what was built. Roles are created with a service
 * trust first, so that trust policies can name roles made after them. Test support only.
 */
import { addUserToGroup } from '../../iam/add-user-to-group.ts'
import { createGroup } from '../../iam/create-group.ts'
import { createOidcProvider } from '../../iam/create-oidc-provider.ts'
import { createPolicy } from '../../iam/create-policy.ts'
import { createRole } from '../../iam/create-role.ts'
import { createSamlProvider } from '../../iam/create-saml-provider.ts'
import { createUser } from '../../iam/create-user.ts'
import { deleteUserPolicy } from '../../iam/delete-inline-policy.ts'
import { deleteUser } from '../../iam/delete-user.ts'
import { deactivateMfaDevice, enableMfaDevice } from '../../iam/enable-mfa-device.ts'
import { putUserPermissionsBoundary } from '../../iam/permissions-boundary.ts'
import { putGroupPolicy, putRolePolicy, putUserPolicy } from '../../iam/put-inline-policy.ts'
import { removeUserFromGroup } from '../../iam/remove-user-from-group.ts'
import { updateAssumeRolePolicy } from '../../iam/update-assume-role-policy.ts'
import type { Outcome } from '../../operations/types.ts'
import { attachOrganizationPolicy } from '../../organizations/attach-organization-policy.ts'
import { createOrganizationPolicy } from '../../organizations/create-organization-policy.ts'
import { createOrganization } from '../../organizations/create-organization.ts'
import type { OrganizationsOutcome } from '../../organizations/types.ts'
import { createWorld } from '../../world/create-world.ts'
import type { World } from '../../world/types.ts'
import { ADMIN } from './build.ts'
import {
  GITHUB,
  OUTSIDE,
  SPEC_ACCOUNTS,
  type ConditionChoice,
  type IdentityStatementSpec,
  type PrincipalChoice,
  type WorldSpec,
} from './world-spec.ts'

/** 2026-01-01T09:00:00Z */
export const SPEC_NOW = Date.UTC(2026, 0, 1, 9, 0, 0)
const A = SPEC_ACCOUNTS[0]

/** The world a spec describes. */
export function buildSpec(spec: WorldSpec): World {
  const made = createWorld({
    seed: spec.seed,
    now: SPEC_NOW,
    accounts: SPEC_ACCOUNTS.map((id) => ({ id })),
  })
  if (!made.ok) throw new Error('fixture: invalid accounts')
  let world = made.world
  const step = <T>(outcome: Outcome<T> | OrganizationsOutcome<T>): void => {
    if (outcome.status === 'ok') world = outcome.world
  }
  if (spec.organization) step(createOrganization(world, { managementAccount: SPEC_ACCOUNTS[2] }))
  if (spec.organization && spec.scp !== 'none') {
    const resource = spec.scp === 'denyR0' ? 'arn:aws:iam::*:role/r0' : '*'
    const scp = createOrganizationPolicy(world, {
      name: 'DenyAssume',
      kind: 'scp',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: resource }],
      },
    })
    if (scp.status === 'ok')
      step(attachOrganizationPolicy(scp.world, { policyId: scp.value.id, targetId: A }))
  }
  if (spec.organization && spec.rcp === 'perimeter') {
    const rcp = createOrganizationPolicy(world, {
      name: 'IdentityPerimeter',
      kind: 'rcp',
      document: perimeter(world.organization?.id ?? ''),
    })
    if (rcp.status === 'ok')
      step(attachOrganizationPolicy(rcp.world, { policyId: rcp.value.id, targetId: A }))
  }
  step(
    createOidcProvider(world, ADMIN, {
      accountId: A,
      url: `https://${GITHUB}`,
      clientIds: ['sts.amazonaws.com'],
    }),
  )
  step(createSamlProvider(world, ADMIN, { accountId: A, name: 'Okta' }))
  for (const id of SPEC_ACCOUNTS.slice(0, 2)) {
    step(
      createPolicy(world, ADMIN, {
        accountId: id,
        policyName: 'AssumeOnly',
        policyDocument: statements(
          [{ effect: 'Allow', actions: ['sts:*'], resource: '*', conditions: [] }],
          spec,
          undefined,
        ),
      }),
    )
    step(
      createPolicy(world, ADMIN, {
        accountId: id,
        policyName: 'S3Only',
        policyDocument: statements(
          [{ effect: 'Allow', actions: ['s3:*'], resource: '*', conditions: [] }],
          spec,
          undefined,
        ),
      }),
    )
  }
  const orgId = () => world.organization?.id
  for (const id of SPEC_ACCOUNTS.slice(0, 2)) {
    step(createGroup(world, ADMIN, { accountId: id, groupName: 'team' }))
    if (spec.groupPolicy.length > 0)
      step(
        putGroupPolicy(world, ADMIN, {
          accountId: id,
          groupName: 'team',
          policyName: 'g',
          policyDocument: statements(spec.groupPolicy, spec, orgId()),
        }),
      )
  }
  spec.users.forEach((user, i) => {
    const accountId = SPEC_ACCOUNTS[user.account] ?? A
    const userName = `u${i}`
    step(
      createUser(world, ADMIN, {
        accountId,
        userName,
        ...(user.team ? { tags: [{ key: 'team', value: user.team }] } : {}),
      }),
    )
    if (user.mfaDevice)
      step(enableMfaDevice(world, ADMIN, { accountId, userName, deviceName: userName }))
    if (user.group) step(addUserToGroup(world, ADMIN, { accountId, groupName: 'team', userName }))
    if (user.policy.length > 0)
      step(
        putUserPolicy(world, ADMIN, {
          accountId,
          userName,
          policyName: 'p',
          policyDocument: statements(user.policy, spec, orgId()),
        }),
      )
    if (user.boundary !== 'none') {
      const name = user.boundary === 'assumeOnly' ? 'AssumeOnly' : 'S3Only'
      step(
        putUserPermissionsBoundary(world, ADMIN, {
          accountId,
          userName,
          permissionsBoundary: `arn:aws:iam::${accountId}:policy/${name}`,
        }),
      )
    }
  })
  spec.roles.forEach((role, i) => {
    const accountId = SPEC_ACCOUNTS[role.account] ?? A
    const roleName = `r${i}`
    step(
      createRole(world, ADMIN, {
        accountId,
        roleName,
        assumeRolePolicyDocument: trustOf([{ Service: 'ec2.amazonaws.com' }]),
      }),
    )
    if (role.policy.length > 0)
      step(
        putRolePolicy(world, ADMIN, {
          accountId,
          roleName,
          policyName: 'p',
          policyDocument: statements(role.policy, spec, orgId()),
        }),
      )
  })
  spec.roles.forEach((role, i) => {
    const accountId = SPEC_ACCOUNTS[role.account] ?? A
    const Statement = role.trust.flatMap((statement) => {
      const principal = principalOf(statement.principal, spec)
      if (principal === undefined) return []
      return [
        {
          Effect: statement.effect,
          Principal: principal,
          Action: statement.actions,
          ...conditionBlock(statement.conditions, orgId()),
        },
      ]
    })
    if (Statement.length > 0)
      step(
        updateAssumeRolePolicy(world, ADMIN, {
          accountId,
          roleName: `r${i}`,
          policyDocument: { Version: '2012-10-17', Statement },
        }),
      )
  })
  const first = spec.users[0]
  if (spec.recreateUser && first !== undefined) {
    const accountId = SPEC_ACCOUNTS[first.account] ?? A
    const serial = world.accounts.get(accountId)?.users.get('u0')?.mfaDevices[0]?.serialNumber
    if (serial !== undefined)
      step(deactivateMfaDevice(world, ADMIN, { accountId, userName: 'u0', serialNumber: serial }))
    step(deleteUserPolicy(world, ADMIN, { accountId, userName: 'u0', policyName: 'p' }))
    step(removeUserFromGroup(world, ADMIN, { accountId, groupName: 'team', userName: 'u0' }))
    step(deleteUser(world, ADMIN, { accountId, userName: 'u0' }))
    step(createUser(world, ADMIN, { accountId, userName: 'u0' }))
  }
  return world
}

/** AWS's example identity perimeter RCP (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html). */
function perimeter(orgId: string): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'sts:AssumeRole',
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': orgId },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        },
      },
    ],
  }
}

function trustOf(principals: readonly object[]): object {
  return {
    Version: '2012-10-17',
    Statement: principals.map((Principal) => ({
      Effect: 'Allow',
      Principal,
      Action: 'sts:AssumeRole',
    })),
  }
}

function principalOf(choice: PrincipalChoice, spec: WorldSpec): object | string | undefined {
  switch (choice.kind) {
    case 'user': {
      const user = spec.users[choice.index]
      return (
        user && { AWS: `arn:aws:iam::${SPEC_ACCOUNTS[user.account] ?? A}:user/u${choice.index}` }
      )
    }
    case 'role':
    case 'session': {
      const role = spec.roles[choice.index]
      const accountId = SPEC_ACCOUNTS[role?.account ?? 0] ?? A
      if (role === undefined) return undefined
      return choice.kind === 'role'
        ? { AWS: `arn:aws:iam::${accountId}:role/r${choice.index}` }
        : { AWS: `arn:aws:sts::${accountId}:assumed-role/r${choice.index}/hatrack` }
    }
    case 'account':
      return { AWS: SPEC_ACCOUNTS[choice.account] ?? A }
    case 'root':
      return { AWS: `arn:aws:iam::${SPEC_ACCOUNTS[choice.account] ?? A}:root` }
    case 'outside':
      return { AWS: OUTSIDE }
    case 'everyone':
      return '*'
    case 'oidc':
      return { Federated: `arn:aws:iam::${A}:oidc-provider/${GITHUB}` }
    case 'saml':
      return { Federated: `arn:aws:iam::${A}:saml-provider/Okta` }
    case 'service':
      return { Service: choice.service }
  }
}

function statements(
  list: readonly IdentityStatementSpec[],
  _spec: WorldSpec,
  orgId: string | undefined,
): object {
  return {
    Version: '2012-10-17',
    Statement: list.map((statement) => ({
      Effect: statement.effect,
      Action: statement.actions,
      Resource:
        statement.resource === '*'
          ? '*'
          : 'account' in statement.resource
            ? `arn:aws:iam::${SPEC_ACCOUNTS[statement.resource.account] ?? A}:role/*`
            : `arn:aws:iam::*:role/r${statement.resource.role}`,
      ...conditionBlock(statement.conditions, orgId),
    })),
  }
}

/** The clause of each condition choice, as an IAM `Condition` block. */
export function conditionBlock(
  choices: readonly ConditionChoice[],
  orgId: string | undefined,
): object {
  if (choices.length === 0) return {}
  const block: Record<string, Record<string, string>> = {}
  for (const choice of choices) {
    const [operator, key, value] = clauseOf(choice, orgId)
    block[operator] = { ...block[operator], [key]: value }
  }
  return { Condition: block }
}

function clauseOf(
  choice: ConditionChoice,
  orgId: string | undefined,
): readonly [string, string, string] {
  switch (choice) {
    case 'mfa':
      return ['Bool', 'aws:MultiFactorAuthPresent', 'true']
    case 'noMfaDeny':
      return ['BoolIfExists', 'aws:MultiFactorAuthPresent', 'false']
    case 'externalId':
      return ['StringEquals', 'sts:ExternalId', 'ext-1']
    case 'sourceIp':
      return ['IpAddress', 'aws:SourceIp', '203.0.113.0/24']
    case 'notSourceIp':
      return ['NotIpAddress', 'aws:SourceIp', '198.51.100.0/24']
    case 'requestTag':
      return ['StringEquals', 'aws:RequestTag/team', 'blue']
    case 'sourceIdentity':
      return ['StringLike', 'sts:SourceIdentity', 'alice*']
    case 'orgId':
      return ['StringEquals', 'aws:PrincipalOrgID', orgId ?? 'o-none']
    case 'principalTag':
      return ['StringEquals', 'aws:PrincipalTag/team', 'blue']
    case 'githubSub':
      return ['StringLike', `${GITHUB}:sub`, 'repo:example/*']
    case 'githubAud':
      return ['StringEquals', `${GITHUB}:aud`, 'sts.amazonaws.com']
    case 'samlAud':
      return ['StringEquals', 'SAML:aud', 'https://signin.aws.amazon.com/saml']
    case 'sourceAccount':
      return ['StringEquals', 'aws:SourceAccount', A]
    case 'sessionNameIsUser':
      return ['StringLike', 'sts:RoleSessionName', '${aws:username}']
  }
}
