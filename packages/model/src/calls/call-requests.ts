/**
 * What an API call asks IAM's authorization, without making the call: its action, the ARN it
 * acts on and its context keys — the same requests the operations themselves authorize. A
 * CloudFormation stack needs them (`deployStack` authorizes each template resource before it
 * applies any). Calls are named as AWS names them, in camelCase (`attachRolePolicy`), with
 * their parameters (`roleName`, `policyArn`, `accountId`, …).
 */
import type { OperationRequest } from '../iam/authorize-operation.ts'
import { targetArn } from '../iam/entities.ts'
import { instanceProfileArn } from '../iam/instance-profile-store.ts'
import { serviceLinkedRoles } from '../iam/service-linked-roles.ts'
import { requestTagContext, tagKeysContext } from '../iam/tags.ts'
import { newResourceArn } from '../resources/resource-arn.ts'
import { findResource } from '../world/find-resource.ts'
import { iamArn } from '../world/arn.ts'
import { getEntity } from '../iam/entities.ts'
import type { ResourceType, Tag, World } from '../world/types.ts'
import { resourceActions } from './resource-actions.ts'

/** One call: its camelCase name and its parameters. */
export interface ApiCall {
  readonly operation: string
  readonly input: Readonly<Record<string, unknown>>
}

type Holder = 'user' | 'group' | 'role'
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const tagsOf = (value: unknown): readonly Tag[] => (Array.isArray(value) ? (value as Tag[]) : [])
const keysOf = (value: unknown): readonly string[] =>
  Array.isArray(value) ? (value as string[]) : []

/** `iam:<Action>` on a user, group or role named by the call. */
function onHolder(
  world: World,
  call: ApiCall,
  action: string,
  holder: Holder,
  context?: OperationRequest['context'],
): OperationRequest {
  const accountId = str(call.input['accountId'])
  const name = str(call.input[`${holder}Name`])
  return {
    action,
    resource: targetArn(world, holder, accountId, name),
    ...(context ? { context } : {}),
  }
}

const HOLDER_CALLS: Readonly<Record<string, readonly [string, Holder]>> = {
  deleteUser: ['iam:DeleteUser', 'user'],
  deleteGroup: ['iam:DeleteGroup', 'group'],
  addUserToGroup: ['iam:AddUserToGroup', 'group'],
  removeUserFromGroup: ['iam:RemoveUserFromGroup', 'group'],
  deleteRole: ['iam:DeleteRole', 'role'],
  updateAssumeRolePolicy: ['iam:UpdateAssumeRolePolicy', 'role'],
  putRolePolicy: ['iam:PutRolePolicy', 'role'],
  putUserPolicy: ['iam:PutUserPolicy', 'user'],
  putGroupPolicy: ['iam:PutGroupPolicy', 'group'],
  deleteRolePolicy: ['iam:DeleteRolePolicy', 'role'],
  deleteUserPolicy: ['iam:DeleteUserPolicy', 'user'],
  deleteGroupPolicy: ['iam:DeleteGroupPolicy', 'group'],
  createAccessKey: ['iam:CreateAccessKey', 'user'],
  deleteAccessKey: ['iam:DeleteAccessKey', 'user'],
  enableMfaDevice: ['iam:EnableMFADevice', 'user'],
  deactivateMfaDevice: ['iam:DeactivateMFADevice', 'user'],
  // The console's "Revoke active sessions" writes an inline policy (sessions/revoke-older-sessions.ts).
  revokeSessions: ['iam:PutRolePolicy', 'role'],
}

const ATTACH_CALLS: Readonly<Record<string, readonly [string, Holder]>> = {
  attachRolePolicy: ['iam:AttachRolePolicy', 'role'],
  attachUserPolicy: ['iam:AttachUserPolicy', 'user'],
  attachGroupPolicy: ['iam:AttachGroupPolicy', 'group'],
  detachRolePolicy: ['iam:DetachRolePolicy', 'role'],
  detachUserPolicy: ['iam:DetachUserPolicy', 'user'],
  detachGroupPolicy: ['iam:DetachGroupPolicy', 'group'],
}

const TAG_CALLS: Readonly<Record<string, readonly [string, Holder, 'tag' | 'untag']>> = {
  tagRole: ['iam:TagRole', 'role', 'tag'],
  tagUser: ['iam:TagUser', 'user', 'tag'],
  untagRole: ['iam:UntagRole', 'role', 'untag'],
  untagUser: ['iam:UntagUser', 'user', 'untag'],
}

const BOUNDARY_CALLS: Readonly<Record<string, readonly [string, 'user' | 'role']>> = {
  putRolePermissionsBoundary: ['iam:PutRolePermissionsBoundary', 'role'],
  putUserPermissionsBoundary: ['iam:PutUserPermissionsBoundary', 'user'],
  deleteRolePermissionsBoundary: ['iam:DeleteRolePermissionsBoundary', 'role'],
  deleteUserPermissionsBoundary: ['iam:DeleteUserPermissionsBoundary', 'user'],
}

const ORGANIZATION_CALLS: Readonly<Record<string, string>> = {
  createOrganizationPolicy: 'organizations:CreatePolicy',
  attachOrganizationPolicy: 'organizations:AttachPolicy',
  detachOrganizationPolicy: 'organizations:DetachPolicy',
  createOrganizationalUnit: 'organizations:CreateOrganizationalUnit',
  moveAccount: 'organizations:MoveAccount',
}

function creation(call: ApiCall, accountId: string): OperationRequest | undefined {
  const path = str(call.input['path']) || '/'
  const boundary = call.input['permissionsBoundary']
  const created = {
    ...(typeof boundary === 'string' ? { 'iam:PermissionsBoundary': boundary } : {}),
    ...requestTagContext(tagsOf(call.input['tags'])),
  }
  switch (call.operation) {
    case 'createUser':
      return {
        action: 'iam:CreateUser',
        resource: iamArn(accountId, 'user', path, str(call.input['userName'])),
        context: created,
      }
    case 'createRole':
      return {
        action: 'iam:CreateRole',
        resource: iamArn(accountId, 'role', path, str(call.input['roleName'])),
        context: created,
      }
    case 'createGroup':
      return {
        action: 'iam:CreateGroup',
        resource: iamArn(accountId, 'group', path, str(call.input['groupName'])),
      }
    case 'createPolicy':
      return {
        action: 'iam:CreatePolicy',
        resource: iamArn(accountId, 'policy', path, str(call.input['policyName'])),
      }
    case 'createInstanceProfile':
      return {
        action: 'iam:CreateInstanceProfile',
        resource: iamArn(
          accountId,
          'instance-profile',
          path,
          str(call.input['instanceProfileName']),
        ),
      }
    case 'createOidcProvider':
      return {
        action: 'iam:CreateOpenIDConnectProvider',
        resource: `arn:aws:iam::${accountId}:oidc-provider/${str(call.input['url']).replace(/^https:\/\//, '')}`,
      }
    case 'createSamlProvider':
      return {
        action: 'iam:CreateSAMLProvider',
        resource: `arn:aws:iam::${accountId}:saml-provider/${str(call.input['name'])}`,
      }
    case 'createServiceLinkedRole': {
      const service = str(call.input['awsServiceName'])
      const suffix = str(call.input['customSuffix'])
      const roleName = `${serviceLinkedRoles.get(service)?.roleName ?? service}${suffix ? `_${suffix}` : ''}`
      return {
        action: 'iam:CreateServiceLinkedRole',
        resource: iamArn(accountId, 'role', `/aws-service-role/${service}/`, roleName),
        context: { 'iam:AWSServiceName': service },
      }
    }
    default:
      return undefined
  }
}

function instanceProfileCall(world: World, call: ApiCall, accountId: string) {
  const action = {
    deleteInstanceProfile: 'iam:DeleteInstanceProfile',
    addRoleToInstanceProfile: 'iam:AddRoleToInstanceProfile',
    removeRoleFromInstanceProfile: 'iam:RemoveRoleFromInstanceProfile',
  }[call.operation]
  if (action === undefined) return undefined
  return {
    action,
    resource: instanceProfileArn(world, accountId, str(call.input['instanceProfileName'])),
  }
}

/** A resource call: `createResource` and the calls on a resource's policy and tags. */
function resourceCall(world: World, call: ApiCall): OperationRequest[] | undefined {
  if (call.operation === 'createResource') {
    const type = str(call.input['type']) as ResourceType
    const actions = resourceActions[type]
    if (actions === undefined) return []
    const accountId = str(call.input['accountId'])
    const region = str(call.input['region']) || 'us-east-1'
    const arn =
      type === 'kms:key'
        ? '*'
        : newResourceArn(world, type, accountId, region, str(call.input['name'])).arn
    const requests: OperationRequest[] = [
      {
        action: actions.create,
        resource: arn,
        context: requestTagContext(tagsOf(call.input['tags'])),
      },
    ]
    const role = call.input['role']
    if (typeof role === 'string' && actions.passRoleTo !== undefined && type !== 'ec2:instance')
      requests.push({
        action: 'iam:PassRole',
        resource: role,
        context: { 'iam:PassedToService': actions.passRoleTo },
      })
    return requests
  }
  const pick = {
    putResourcePolicy: 'putPolicy',
    deleteResourcePolicy: 'deletePolicy',
    tagResource: 'tag',
    untagResource: 'untag',
  } as const
  const which = pick[call.operation as keyof typeof pick] as
    (typeof pick)[keyof typeof pick] | undefined
  if (which === undefined) return undefined
  const arn = str(call.input['arn'])
  const resource = findResource(world, arn)
  const action = resource === undefined ? undefined : resourceActions[resource.type][which]
  if (action === undefined) return []
  const context =
    which === 'tag'
      ? requestTagContext(tagsOf(call.input['tags']))
      : which === 'untag'
        ? tagKeysContext(keysOf(call.input['tagKeys']))
        : undefined
  return [{ action, resource: arn, ...(context ? { context } : {}) }]
}

/**
 * The authorization requests `call` makes, in order (creating a Lambda function also passes
 * its role), or `undefined` for a call this table does not know.
 */
export function callRequests(world: World, call: ApiCall): OperationRequest[] | undefined {
  const accountId = str(call.input['accountId'])
  const holder = HOLDER_CALLS[call.operation]
  if (holder) return [onHolder(world, call, holder[0], holder[1])]
  const attach = ATTACH_CALLS[call.operation]
  if (attach)
    return [
      onHolder(world, call, attach[0], attach[1], {
        'iam:PolicyARN': str(call.input['policyArn']),
      }),
    ]
  const tag = TAG_CALLS[call.operation]
  if (tag) {
    const context =
      tag[2] === 'tag'
        ? requestTagContext(tagsOf(call.input['tags']))
        : tagKeysContext(keysOf(call.input['tagKeys']))
    return [onHolder(world, call, tag[0], tag[1], context)]
  }
  const boundary = BOUNDARY_CALLS[call.operation]
  if (boundary) {
    const given = call.input['permissionsBoundary']
    const current =
      typeof given === 'string'
        ? given
        : getEntity(world, boundary[1], accountId, str(call.input[`${boundary[1]}Name`]))?.boundary
    return [
      onHolder(
        world,
        call,
        boundary[0],
        boundary[1],
        current === undefined ? {} : { 'iam:PermissionsBoundary': current },
      ),
    ]
  }
  if (call.operation === 'deletePolicy')
    return [{ action: 'iam:DeletePolicy', resource: str(call.input['policyArn']) }]
  const created = creation(call, accountId)
  if (created) return [created]
  const profile = instanceProfileCall(world, call, accountId)
  if (profile) return [profile]
  const organization = ORGANIZATION_CALLS[call.operation]
  if (organization) return [{ action: organization, resource: '*' }]
  return resourceCall(world, call)
}
