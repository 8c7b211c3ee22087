/**
 * Each change operation of the format mapped to its model call. IAM operations authorize
 * themselves (an administrator's change is not authorized); resource and Organizations calls
 * made by a caller go through the model's authorized versions; `revokeSessions` is the
 * console's `AWSRevokeOlderSessions` (the format's other defaults: `defaults.ts`).
 */
import * as model from '@hatrack/model'
import type { Caller, World } from '@hatrack/model'
import type { ChangeOperationName } from '../../schema/definitions/changes.ts'
import type { RunResult } from '../run.ts'
import type { ModelInput } from './resolve-input.ts'

type Operation = (
  world: World,
  caller: Caller,
  input: ModelInput,
  region: string,
) => RunResult<unknown>

/** The model call of every change operation. */
export const operations: Readonly<Record<ChangeOperationName, Operation>> = {
  createUser: (w, c, i) => model.createUser(w, c, i as never),
  deleteUser: (w, c, i) => model.deleteUser(w, c, i as never),
  createGroup: (w, c, i) => model.createGroup(w, c, i as never),
  deleteGroup: (w, c, i) => model.deleteGroup(w, c, i as never),
  addUserToGroup: (w, c, i) => model.addUserToGroup(w, c, i as never),
  removeUserFromGroup: (w, c, i) => model.removeUserFromGroup(w, c, i as never),
  createRole: (w, c, i) => model.createRole(w, c, i as never),
  deleteRole: (w, c, i) => model.deleteRole(w, c, i as never),
  updateAssumeRolePolicy: (w, c, i) => model.updateAssumeRolePolicy(w, c, i as never),
  createServiceLinkedRole: (w, c, i) => model.createServiceLinkedRole(w, c, i as never),
  putRolePolicy: (w, c, i) => model.putRolePolicy(w, c, i as never),
  putUserPolicy: (w, c, i) => model.putUserPolicy(w, c, i as never),
  putGroupPolicy: (w, c, i) => model.putGroupPolicy(w, c, i as never),
  deleteRolePolicy: (w, c, i) => model.deleteRolePolicy(w, c, i as never),
  deleteUserPolicy: (w, c, i) => model.deleteUserPolicy(w, c, i as never),
  deleteGroupPolicy: (w, c, i) => model.deleteGroupPolicy(w, c, i as never),
  createPolicy: (w, c, i) => model.createPolicy(w, c, i as never),
  deletePolicy: (w, c, i) => model.deletePolicy(w, c, i as never),
  attachRolePolicy: (w, c, i) => model.attachRolePolicy(w, c, i as never),
  attachUserPolicy: (w, c, i) => model.attachUserPolicy(w, c, i as never),
  attachGroupPolicy: (w, c, i) => model.attachGroupPolicy(w, c, i as never),
  detachRolePolicy: (w, c, i) => model.detachRolePolicy(w, c, i as never),
  detachUserPolicy: (w, c, i) => model.detachUserPolicy(w, c, i as never),
  detachGroupPolicy: (w, c, i) => model.detachGroupPolicy(w, c, i as never),
  putRolePermissionsBoundary: (w, c, i) => model.putRolePermissionsBoundary(w, c, i as never),
  putUserPermissionsBoundary: (w, c, i) => model.putUserPermissionsBoundary(w, c, i as never),
  deleteRolePermissionsBoundary: (w, c, i) => model.deleteRolePermissionsBoundary(w, c, i as never),
  deleteUserPermissionsBoundary: (w, c, i) => model.deleteUserPermissionsBoundary(w, c, i as never),
  tagRole: (w, c, i) => model.tagRole(w, c, i as never),
  tagUser: (w, c, i) => model.tagUser(w, c, i as never),
  untagRole: (w, c, i) => model.untagRole(w, c, i as never),
  untagUser: (w, c, i) => model.untagUser(w, c, i as never),
  createAccessKey: (w, c, i) => model.createAccessKey(w, c, i as never),
  deleteAccessKey: (w, c, i) => model.deleteAccessKey(w, c, { accessKeyId: '', ...i } as never),
  enableMfaDevice: (w, c, i) => model.enableMfaDevice(w, c, i as never),
  deactivateMfaDevice: (w, c, i) =>
    model.deactivateMfaDevice(w, c, { serialNumber: '', ...i } as never),
  createInstanceProfile: (w, c, i) => model.createInstanceProfile(w, c, i as never),
  deleteInstanceProfile: (w, c, i) => model.deleteInstanceProfile(w, c, i as never),
  addRoleToInstanceProfile: (w, c, i) => model.addRoleToInstanceProfile(w, c, i as never),
  removeRoleFromInstanceProfile: (w, c, i) => model.removeRoleFromInstanceProfile(w, c, i as never),
  createOidcProvider: (w, c, i) => model.createOidcProvider(w, c, i as never),
  createSamlProvider: (w, c, i) => model.createSamlProvider(w, c, i as never),
  revokeSessions: (w, c, i) => model.revokeOlderSessions(w, c, i as never),
  createResource: (w, c, i, region) => {
    const { accountId, ...rest } = i
    return model.createResourceAs(w, c, {
      ...rest,
      account: accountId,
      region: i['region'] ?? region,
    } as never)
  },
  putResourcePolicy: (w, c, i) => model.putResourcePolicyAs(w, c, i as never),
  deleteResourcePolicy: (w, c, i) => model.deleteResourcePolicyAs(w, c, i as never),
  tagResource: (w, c, i) => model.tagResourceAs(w, c, i as never),
  untagResource: (w, c, i) => model.untagResourceAs(w, c, i as never),
  createOrganizationPolicy: (w, c, i) =>
    model.organizationCallAs(w, c, 'organizations:CreatePolicy', (world) =>
      model.createOrganizationPolicy(world, i as never),
    ),
  attachOrganizationPolicy: (w, c, i) =>
    model.organizationCallAs(w, c, 'organizations:AttachPolicy', (world) =>
      model.attachOrganizationPolicy(world, i as never),
    ),
  detachOrganizationPolicy: (w, c, i) =>
    model.organizationCallAs(w, c, 'organizations:DetachPolicy', (world) =>
      model.detachOrganizationPolicy(world, i as never),
    ),
  createOrganizationalUnit: (w, c, i) =>
    model.organizationCallAs(w, c, 'organizations:CreateOrganizationalUnit', (world) =>
      model.createOrganizationalUnit(world, i as never),
    ),
  moveAccount: (w, c, i) =>
    model.organizationCallAs(w, c, 'organizations:MoveAccount', (world) =>
      model.moveAccount(world, i as never),
    ),
}
