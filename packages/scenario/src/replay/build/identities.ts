/**
 * Customer managed policies, groups and users, as an administrator creates them: each policy,
 * then each group with its policies, then each user with its path, boundary, tags, groups,
 * policies, MFA device (a virtual device named after the user) and access keys.
 */
import {
  addUserToGroup,
  attachGroupPolicy,
  attachUserPolicy,
  createAccessKey,
  createGroup,
  createPolicy,
  createUser,
  enableMfaDevice,
  putGroupPolicy,
  putUserPolicy,
} from '@hatrack/model'
import type { Builder } from './builder.ts'

const ADMIN = { kind: 'admin' } as const

/** Creates the customer managed policies. */
export function buildPolicies(builder: Builder): void {
  for (const policy of builder.scenario.policies) {
    const created = builder.apply(`policy ${policy.key}`, ['policies', policy.key], (world) =>
      createPolicy(world, ADMIN, {
        accountId: policy.accountId,
        policyName: policy.name,
        policyDocument: policy.document.input,
        path: policy.path,
        ...(policy.description === undefined ? {} : { description: policy.description }),
      }),
    )
    if (created !== undefined)
      builder.entities.appear(
        { id: created.arn, kind: 'policy', label: policy.key, accountId: policy.accountId },
        0,
      )
  }
}

/** Creates the groups with their policies. */
export function buildGroups(builder: Builder): void {
  for (const group of builder.scenario.groups) {
    const path = ['groups', group.key]
    const base = { accountId: group.accountId, groupName: group.name }
    const created = builder.apply(`group ${group.key}`, path, (world) =>
      createGroup(world, ADMIN, { ...base, path: group.path }),
    )
    if (created === undefined) continue
    builder.entities.appear(
      { id: created.arn, kind: 'group', label: group.key, accountId: group.accountId },
      0,
    )
    for (const policy of group.policies)
      builder.apply(`policy ${policy.arn} of group ${group.key}`, [...path, 'policies'], (world) =>
        attachGroupPolicy(world, ADMIN, { ...base, policyArn: policy.arn }),
      )
    for (const inline of group.inline)
      builder.apply(
        `inline policy ${inline.name} of group ${group.key}`,
        [...path, 'inline', inline.name],
        (world) =>
          putGroupPolicy(world, ADMIN, {
            ...base,
            policyName: inline.name,
            policyDocument: inline.document.input,
          }),
      )
  }
}

/** Creates the users with everything they carry. */
export function buildUsers(builder: Builder): void {
  for (const user of builder.scenario.users) {
    const path = ['users', user.key]
    const base = { accountId: user.accountId, userName: user.name }
    const created = builder.apply(`user ${user.key}`, path, (world) =>
      createUser(world, ADMIN, {
        ...base,
        path: user.path,
        ...(user.boundary === undefined ? {} : { permissionsBoundary: user.boundary.arn }),
        tags: user.tags,
      }),
    )
    if (created === undefined) continue
    builder.entities.appear(
      { id: created.arn, kind: 'user', label: user.key, accountId: user.accountId },
      0,
    )
    for (const key of user.groups) {
      const group = builder.scenario.groups.find((candidate) => candidate.key === key)
      if (group !== undefined)
        builder.apply(`user ${user.key} in group ${key}`, [...path, 'groups'], (world) =>
          addUserToGroup(world, ADMIN, { ...base, groupName: group.name }),
        )
    }
    for (const policy of user.policies)
      builder.apply(`policy ${policy.arn} of user ${user.key}`, [...path, 'policies'], (world) =>
        attachUserPolicy(world, ADMIN, { ...base, policyArn: policy.arn }),
      )
    for (const inline of user.inline)
      builder.apply(
        `inline policy ${inline.name} of user ${user.key}`,
        [...path, 'inline', inline.name],
        (world) =>
          putUserPolicy(world, ADMIN, {
            ...base,
            policyName: inline.name,
            policyDocument: inline.document.input,
          }),
      )
    if (user.mfa)
      builder.apply(`MFA device of user ${user.key}`, [...path, 'mfa'], (world) =>
        enableMfaDevice(world, ADMIN, { ...base, deviceName: user.name }),
      )
    for (let i = 0; i < user.accessKeys; i++)
      builder.apply(`access key of user ${user.key}`, [...path, 'accessKeys'], (world) =>
        createAccessKey(world, ADMIN, base),
      )
  }
}
