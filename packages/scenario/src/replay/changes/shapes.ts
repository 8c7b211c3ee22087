/**
 * How each change operation reads in a trace: whether it creates, updates or deletes, the kind
 * of entity it touches, and its one-line summary ("attached `IAMFullAccess` to role `Deploy`").
 */
import type { ChangeOperationName } from '../../schema/definitions/changes.ts'
import type { EntityKind, WorldChange } from '../../trace/types.ts'
import type { ModelInput } from './resolve-input.ts'

type Op = WorldChange['op']

/** The shape of one operation's change. */
export interface Shape {
  readonly op: Op
  readonly kind: EntityKind
  readonly text: (input: ModelInput, value: Record<string, unknown>) => string
}

const s = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''))
const q = (value: unknown): string => `\`${s(value)}\``
const lastPart = (arn: unknown): string => s(arn).slice(s(arn).lastIndexOf('/') + 1)
const tagList = (tags: unknown): string =>
  Array.isArray(tags)
    ? tags.map((tag: { key: string; value: string }) => `${tag.key}=${tag.value}`).join(', ')
    : ''
const keyList = (keys: unknown): string => (Array.isArray(keys) ? keys.join(', ') : '')
const holder = (kind: string, field: string) => (i: ModelInput) => `${kind} ${q(i[field])}`

const role = holder('role', 'roleName')
const user = holder('user', 'userName')
const group = holder('group', 'groupName')

/** Every operation's shape. */
export const SHAPES: Readonly<Record<ChangeOperationName, Shape>> = {
  createUser: { op: 'create', kind: 'user', text: (i) => `created ${user(i)}` },
  deleteUser: { op: 'delete', kind: 'user', text: (i) => `deleted ${user(i)}` },
  createGroup: { op: 'create', kind: 'group', text: (i) => `created ${group(i)}` },
  deleteGroup: { op: 'delete', kind: 'group', text: (i) => `deleted ${group(i)}` },
  addUserToGroup: { op: 'update', kind: 'group', text: (i) => `added ${user(i)} to ${group(i)}` },
  removeUserFromGroup: {
    op: 'update',
    kind: 'group',
    text: (i) => `removed ${user(i)} from ${group(i)}`,
  },
  createRole: { op: 'create', kind: 'role', text: (i) => `created ${role(i)}` },
  deleteRole: { op: 'delete', kind: 'role', text: (i) => `deleted ${role(i)}` },
  updateAssumeRolePolicy: {
    op: 'update',
    kind: 'role',
    text: (i) => `replaced the trust policy of ${role(i)}`,
  },
  createServiceLinkedRole: {
    op: 'create',
    kind: 'role',
    text: (_, v) => `created the service-linked role ${q(v['name'])}`,
  },
  putRolePolicy: {
    op: 'update',
    kind: 'role',
    text: (i) => `put inline policy ${q(i['policyName'])} on ${role(i)}`,
  },
  putUserPolicy: {
    op: 'update',
    kind: 'user',
    text: (i) => `put inline policy ${q(i['policyName'])} on ${user(i)}`,
  },
  putGroupPolicy: {
    op: 'update',
    kind: 'group',
    text: (i) => `put inline policy ${q(i['policyName'])} on ${group(i)}`,
  },
  deleteRolePolicy: {
    op: 'update',
    kind: 'role',
    text: (i) => `deleted inline policy ${q(i['policyName'])} of ${role(i)}`,
  },
  deleteUserPolicy: {
    op: 'update',
    kind: 'user',
    text: (i) => `deleted inline policy ${q(i['policyName'])} of ${user(i)}`,
  },
  deleteGroupPolicy: {
    op: 'update',
    kind: 'group',
    text: (i) => `deleted inline policy ${q(i['policyName'])} of ${group(i)}`,
  },
  createPolicy: {
    op: 'create',
    kind: 'policy',
    text: (i) => `created managed policy ${q(i['policyName'])}`,
  },
  deletePolicy: {
    op: 'delete',
    kind: 'policy',
    text: (i) => `deleted managed policy ${q(lastPart(i['policyArn']))}`,
  },
  attachRolePolicy: {
    op: 'update',
    kind: 'role',
    text: (i) => `attached ${q(lastPart(i['policyArn']))} to ${role(i)}`,
  },
  attachUserPolicy: {
    op: 'update',
    kind: 'user',
    text: (i) => `attached ${q(lastPart(i['policyArn']))} to ${user(i)}`,
  },
  attachGroupPolicy: {
    op: 'update',
    kind: 'group',
    text: (i) => `attached ${q(lastPart(i['policyArn']))} to ${group(i)}`,
  },
  detachRolePolicy: {
    op: 'update',
    kind: 'role',
    text: (i) => `detached ${q(lastPart(i['policyArn']))} from ${role(i)}`,
  },
  detachUserPolicy: {
    op: 'update',
    kind: 'user',
    text: (i) => `detached ${q(lastPart(i['policyArn']))} from ${user(i)}`,
  },
  detachGroupPolicy: {
    op: 'update',
    kind: 'group',
    text: (i) => `detached ${q(lastPart(i['policyArn']))} from ${group(i)}`,
  },
  putRolePermissionsBoundary: {
    op: 'update',
    kind: 'role',
    text: (i) =>
      `set the permissions boundary of ${role(i)} to ${q(lastPart(i['permissionsBoundary']))}`,
  },
  putUserPermissionsBoundary: {
    op: 'update',
    kind: 'user',
    text: (i) =>
      `set the permissions boundary of ${user(i)} to ${q(lastPart(i['permissionsBoundary']))}`,
  },
  deleteRolePermissionsBoundary: {
    op: 'update',
    kind: 'role',
    text: (i) => `removed the permissions boundary of ${role(i)}`,
  },
  deleteUserPermissionsBoundary: {
    op: 'update',
    kind: 'user',
    text: (i) => `removed the permissions boundary of ${user(i)}`,
  },
  tagRole: {
    op: 'update',
    kind: 'role',
    text: (i) => `tagged ${role(i)} with ${tagList(i['tags'])}`,
  },
  tagUser: {
    op: 'update',
    kind: 'user',
    text: (i) => `tagged ${user(i)} with ${tagList(i['tags'])}`,
  },
  untagRole: {
    op: 'update',
    kind: 'role',
    text: (i) => `removed tags ${keyList(i['tagKeys'])} from ${role(i)}`,
  },
  untagUser: {
    op: 'update',
    kind: 'user',
    text: (i) => `removed tags ${keyList(i['tagKeys'])} from ${user(i)}`,
  },
  createAccessKey: {
    op: 'update',
    kind: 'user',
    text: (i, v) =>
      `created access key ${q((v['accessKey'] as { id?: string } | undefined)?.id)} for ${user(i)}`,
  },
  deleteAccessKey: {
    op: 'update',
    kind: 'user',
    text: (i) => `deleted access key ${q(i['accessKeyId'])} of ${user(i)}`,
  },
  enableMfaDevice: {
    op: 'update',
    kind: 'user',
    text: (i, v) => `enabled MFA device ${q(v['serialNumber'])} for ${user(i)}`,
  },
  deactivateMfaDevice: {
    op: 'update',
    kind: 'user',
    text: (i) => `deactivated the MFA device ${q(i['serialNumber'])} of ${user(i)}`,
  },
  createInstanceProfile: {
    op: 'create',
    kind: 'instanceProfile',
    text: (i) => `created instance profile ${q(i['instanceProfileName'])}`,
  },
  deleteInstanceProfile: {
    op: 'delete',
    kind: 'instanceProfile',
    text: (i) => `deleted instance profile ${q(i['instanceProfileName'])}`,
  },
  addRoleToInstanceProfile: {
    op: 'update',
    kind: 'instanceProfile',
    text: (i) => `added ${role(i)} to instance profile ${q(i['instanceProfileName'])}`,
  },
  removeRoleFromInstanceProfile: {
    op: 'update',
    kind: 'instanceProfile',
    text: (i) => `removed ${role(i)} from instance profile ${q(i['instanceProfileName'])}`,
  },
  createOidcProvider: {
    op: 'create',
    kind: 'provider',
    text: (i) => `created OIDC provider ${q(i['url'])}`,
  },
  createSamlProvider: {
    op: 'create',
    kind: 'provider',
    text: (i) => `created SAML provider ${q(i['name'])}`,
  },
  revokeSessions: {
    op: 'update',
    kind: 'role',
    text: (i) => `revoked the active sessions of ${role(i)}`,
  },
  createResource: {
    op: 'create',
    kind: 'resource',
    text: (i) => `created ${s(i['type'])} ${q(i['name'])}`,
  },
  putResourcePolicy: {
    op: 'update',
    kind: 'resource',
    text: (i) => `set the resource-based policy of ${q(i['arn'])}`,
  },
  deleteResourcePolicy: {
    op: 'update',
    kind: 'resource',
    text: (i) => `removed the resource-based policy of ${q(i['arn'])}`,
  },
  tagResource: {
    op: 'update',
    kind: 'resource',
    text: (i) => `tagged ${q(i['arn'])} with ${tagList(i['tags'])}`,
  },
  untagResource: {
    op: 'update',
    kind: 'resource',
    text: (i) => `removed tags ${keyList(i['tagKeys'])} from ${q(i['arn'])}`,
  },
  createOrganizationPolicy: {
    op: 'update',
    kind: 'organization',
    text: (i) => `created ${s(i['kind']).toUpperCase()} ${q(i['name'])}`,
  },
  attachOrganizationPolicy: {
    op: 'update',
    kind: 'organization',
    text: (i) => `attached ${q(i['policyId'])} to ${q(i['targetId'])}`,
  },
  detachOrganizationPolicy: {
    op: 'update',
    kind: 'organization',
    text: (i) => `detached ${q(i['policyId'])} from ${q(i['targetId'])}`,
  },
  createOrganizationalUnit: {
    op: 'update',
    kind: 'organization',
    text: (i) => `created organizational unit ${q(i['name'])} under ${q(i['parentId'])}`,
  },
  moveAccount: {
    op: 'update',
    kind: 'organization',
    text: (i) => `moved account ${q(i['accountId'])} to ${q(i['destinationParentId'])}`,
  },
}
