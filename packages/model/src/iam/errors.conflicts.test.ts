/**
 * Deleting what is missing or still in use: `NoSuchEntity` and `DeleteConflict` with AWS's
 * words (iam-facts §14, the IAM API's Delete* pages). One named case per error, with its source.
 */
import { describe } from 'vitest'
import { addRoleToInstanceProfile } from './add-role-to-instance-profile.ts'
import { attachGroupPolicy, attachRolePolicy, attachUserPolicy } from './attach-policy.ts'
import { createAccessKey } from './create-access-key.ts'
import { deleteGroup } from './delete-group.ts'
import { deleteInstanceProfile } from './delete-instance-profile.ts'
import { deletePolicy } from './delete-policy.ts'
import { deleteRole } from './delete-role.ts'
import { deleteUser } from './delete-user.ts'
import { enableMfaDevice } from './enable-mfa-device.ts'
import { putUserPermissionsBoundary } from './permissions-boundary.ts'
import { putRolePolicy, putUserPolicy } from './put-inline-policy.ts'
import { readAll, runCorpus, type ErrorCase } from '../../test/iam-support/corpus.ts'
import { A, allow } from '../../test/iam-support/fixture.ts'

const cases: readonly ErrorCase[] = [
  {
    name: 'DeleteRole of a role that does not exist',
    source: '[GH:duo-labs/cloudtracker#41]',
    act: (w, c) => deleteRole(w, c, { accountId: A, roleName: 'ghost' }),
    code: 'NoSuchEntity',
    message: 'The role with name ghost cannot be found.',
  },
  {
    name: 'DeleteRole while it has an inline policy',
    source: 'iam-facts §14 [GH:awslabs/aws-orbit-workbench#633]',
    setup: [
      (w, c) =>
        putRolePolicy(w, c, {
          accountId: A,
          roleName: 'App',
          policyName: 'p',
          policyDocument: allow('s3:*'),
        }),
    ],
    act: (w, c) => deleteRole(w, c, { accountId: A, roleName: 'App' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must delete policies first.',
  },
  {
    name: 'DeleteRole while it has an attached policy',
    source: 'iam-facts §14 [GH:hashicorp/boundary#5646]',
    setup: [
      (w, c) => attachRolePolicy(w, c, { accountId: A, roleName: 'App', policyArn: readAll }),
    ],
    act: (w, c) => deleteRole(w, c, { accountId: A, roleName: 'App' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must detach all policies first.',
  },
  {
    name: 'DeleteRole while it is in an instance profile',
    source: 'IAM API DeleteRole; iam-facts §16',
    setup: [
      (w, c) =>
        addRoleToInstanceProfile(w, c, {
          accountId: A,
          instanceProfileName: 'web',
          roleName: 'App',
        }),
    ],
    act: (w, c) => deleteRole(w, c, { accountId: A, roleName: 'App' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must remove roles from instance profile first.',
  },
  {
    name: 'DeleteUser of a user that does not exist',
    source: '[GH:ansible/ansible#45593]',
    act: (w, c) => deleteUser(w, c, { accountId: A, userName: 'ghost' }),
    code: 'NoSuchEntity',
    message: 'The user with name ghost cannot be found.',
  },
  {
    name: 'DeleteUser while it has an access key',
    source: '[GH:aws-controllers-k8s/community#2229]',
    setup: [(w, c) => createAccessKey(w, c, { accountId: A, userName: 'alice' })],
    act: (w, c) => deleteUser(w, c, { accountId: A, userName: 'alice' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must delete access keys first.',
  },
  {
    name: 'DeleteUser while it has an MFA device',
    source: '[GH:rebuy-de/aws-nuke#281]',
    setup: [
      (w, c) =>
        enableMfaDevice(w, c, { accountId: A, userName: 'alice', deviceName: 'alice-phone' }),
    ],
    act: (w, c) => deleteUser(w, c, { accountId: A, userName: 'alice' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must delete MFA device first.',
  },
  {
    name: 'DeleteUser while it has an inline policy',
    source: 'IAM API DeleteUser; iam-facts §14',
    setup: [
      (w, c) =>
        putUserPolicy(w, c, {
          accountId: A,
          userName: 'alice',
          policyName: 'p',
          policyDocument: allow('s3:*'),
        }),
    ],
    act: (w, c) => deleteUser(w, c, { accountId: A, userName: 'alice' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must delete policies first.',
  },
  {
    name: 'DeleteUser while it has an attached policy',
    source: 'IAM API DeleteUser; iam-facts §14',
    setup: [
      (w, c) => attachUserPolicy(w, c, { accountId: A, userName: 'alice', policyArn: readAll }),
    ],
    act: (w, c) => deleteUser(w, c, { accountId: A, userName: 'alice' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must detach all policies first.',
  },
  {
    name: 'DeleteUser while it is in a group',
    source: '[GH:mozilla-services/userplex#17]',
    act: (w, c) => deleteUser(w, c, { accountId: A, userName: 'bob' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must remove users from group first.',
  },
  {
    name: 'DeleteGroup while it has users',
    source: '[GH:hashicorp/terraform#29147]',
    act: (w, c) => deleteGroup(w, c, { accountId: A, groupName: 'devs' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must remove users from group first.',
  },
  {
    name: 'DeletePolicy while it is attached',
    source: 'iam-facts §14 [GH:serverless/components#312]',
    setup: [
      (w, c) => attachGroupPolicy(w, c, { accountId: A, groupName: 'devs', policyArn: readAll }),
    ],
    act: (w, c) => deletePolicy(w, c, { policyArn: readAll }),
    code: 'DeleteConflict',
    message: 'Cannot delete a policy attached to entities.',
  },
  {
    name: 'DeletePolicy while it is a permissions boundary',
    source: 'iam-facts §14 (Hatrack: boundaries count as use)',
    setup: [
      (w, c) =>
        putUserPermissionsBoundary(w, c, {
          accountId: A,
          userName: 'alice',
          permissionsBoundary: readAll,
        }),
    ],
    act: (w, c) => deletePolicy(w, c, { policyArn: readAll }),
    code: 'DeleteConflict',
    message: 'Cannot delete a policy attached to entities.',
  },
  {
    name: 'DeleteInstanceProfile while it holds a role',
    source: 'IAM API DeleteInstanceProfile',
    setup: [
      (w, c) =>
        addRoleToInstanceProfile(w, c, {
          accountId: A,
          instanceProfileName: 'web',
          roleName: 'App',
        }),
    ],
    act: (w, c) => deleteInstanceProfile(w, c, { accountId: A, instanceProfileName: 'web' }),
    code: 'DeleteConflict',
    message: 'Cannot delete entity, must remove roles from instance profile first.',
  },
]

describe('IAM errors: conflicts', () => {
  runCorpus(cases)
})
