/**
 * Service-linked roles, then roles, then instance profiles. A role whose trust policy names a
 * principal that does not exist yet (a role declared further down, two roles trusting each
 * other) is created once every other role exists; a cycle of such roles is created with a
 * trust policy that lets no one in, then given its own with `UpdateAssumeRolePolicy`. A role
 * IAM still refuses does not exist, and is a setup error, as AWS would answer it.
 */
import {
  addRoleToInstanceProfile,
  attachRolePolicy,
  createInstanceProfile,
  createRole,
  createServiceLinkedRole,
  deleteRole,
  putRolePolicy,
  updateAssumeRolePolicy,
  type Role,
  type World,
} from '@hatrack/model'
import type { RoleDecl } from '../../format/world.ts'
import type { Applied, Builder } from './builder.ts'

const ADMIN = { kind: 'admin' } as const

/** Lets no one assume the role, until its own trust policy can be stored. */
const NO_ONE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
}

/** Creates the service-linked roles. */
export function buildServiceLinkedRoles(builder: Builder): void {
  builder.scenario.serviceLinkedRoles.forEach((role, index) => {
    const created = builder.apply(
      `service-linked role ${role.roleName}`,
      ['serviceLinkedRoles', index],
      (world) =>
        createServiceLinkedRole(world, ADMIN, {
          accountId: role.accountId,
          awsServiceName: role.service,
          ...(role.description === undefined ? {} : { description: role.description }),
          ...(role.customSuffix === undefined ? {} : { customSuffix: role.customSuffix }),
        }),
    )
    if (created !== undefined)
      builder.entities.appear(
        { id: created.arn, kind: 'role', label: role.roleName, accountId: role.accountId },
        0,
      )
  })
}

function create(world: World, role: RoleDecl, trust: unknown): Applied<Role> {
  return createRole(world, ADMIN, {
    accountId: role.accountId,
    roleName: role.name,
    assumeRolePolicyDocument: trust,
    path: role.path,
    ...(role.description === undefined ? {} : { description: role.description }),
    maxSessionDuration: role.maxSessionDuration,
    ...(role.boundary === undefined ? {} : { permissionsBoundary: role.boundary.arn }),
    tags: role.tags,
  })
}

const waitsForPrincipal = (outcome: Applied<Role>): boolean =>
  outcome.status === 'error' &&
  outcome.error.code === 'MalformedPolicyDocument' &&
  /invalid principal/i.test(outcome.error.message)

function finish(builder: Builder, role: RoleDecl, created: Role): void {
  const path = ['roles', role.key]
  const base = { accountId: role.accountId, roleName: role.name }
  builder.entities.appear(
    { id: created.arn, kind: 'role', label: role.key, accountId: role.accountId },
    0,
  )
  for (const policy of role.policies)
    builder.apply(`policy ${policy.arn} of role ${role.key}`, [...path, 'policies'], (world) =>
      attachRolePolicy(world, ADMIN, { ...base, policyArn: policy.arn }),
    )
  for (const inline of role.inline)
    builder.apply(
      `inline policy ${inline.name} of role ${role.key}`,
      [...path, 'inline', inline.name],
      (world) =>
        putRolePolicy(world, ADMIN, {
          ...base,
          policyName: inline.name,
          policyDocument: inline.document.input,
        }),
    )
}

/** Creates the roles, each with its trust policy, policies and boundary. */
export function buildRoles(builder: Builder): void {
  let waiting: RoleDecl[] = []
  for (const role of builder.scenario.roles) {
    const outcome = create(builder.world, role, role.trust.input)
    if (waitsForPrincipal(outcome)) waiting.push(role)
    else {
      const created = builder.apply(`role ${role.key}`, ['roles', role.key], () => outcome)
      if (created !== undefined) finish(builder, role, created)
    }
  }
  // Roles whose trust names roles created since: retry while some succeed.
  for (let progress = true; progress && waiting.length > 0;) {
    progress = false
    const still: RoleDecl[] = []
    for (const role of waiting) {
      const outcome = create(builder.world, role, role.trust.input)
      if (outcome.status === 'ok') {
        builder.world = outcome.world
        finish(builder, role, outcome.value)
        progress = true
      } else still.push(role)
    }
    waiting = still
  }
  // What is left trusts principals that never come, or roles that trust each other: create
  // them trusting no one, then give each its own trust policy. A role IAM still refuses it to
  // is deleted again — AWS would not have created it — and reported.
  const placed: RoleDecl[] = []
  for (const role of waiting) {
    const created = builder.apply(`role ${role.key}`, ['roles', role.key], (world) =>
      create(world, role, NO_ONE),
    )
    if (created !== undefined) placed.push(role)
  }
  for (const role of placed) {
    const base = { accountId: role.accountId, roleName: role.name }
    const trusted = builder.apply(`role ${role.key}`, role.trust.path, (world) =>
      updateAssumeRolePolicy(world, ADMIN, { ...base, policyDocument: role.trust.input }),
    )
    if (trusted !== undefined) finish(builder, role, trusted)
    else {
      const removed = deleteRole(builder.world, ADMIN, base)
      if (removed.status === 'ok') builder.world = removed.world
    }
  }
}

/** Creates the instance profiles, each with its role. */
export function buildInstanceProfiles(builder: Builder): void {
  for (const profile of builder.scenario.instanceProfiles) {
    const path = ['instanceProfiles', profile.key]
    const created = builder.apply(`instance profile ${profile.key}`, path, (world) =>
      createInstanceProfile(world, ADMIN, {
        accountId: profile.accountId,
        instanceProfileName: profile.name,
        path: profile.path,
      }),
    )
    if (created === undefined) continue
    builder.entities.appear(
      {
        id: created.arn,
        kind: 'instanceProfile',
        label: profile.key,
        accountId: profile.accountId,
      },
      0,
    )
    const role = builder.scenario.roles.find((candidate) => candidate.key === profile.role)
    if (role !== undefined)
      builder.apply(`role of instance profile ${profile.key}`, [...path, 'role'], (world) =>
        addRoleToInstanceProfile(world, ADMIN, {
          accountId: profile.accountId,
          instanceProfileName: profile.name,
          roleName: role.name,
        }),
      )
  }
}
