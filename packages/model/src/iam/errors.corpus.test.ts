/**
 * IAM's errors, one named case each, with the source of AWS's code and wording
 * (iam-facts §1, §14–16 and the GitHub threads they cite).
 */
import { describe, expect, it } from 'vitest'
import type { Caller, Outcome } from '../operations/types.ts'
import type { World } from '../world/types.ts'
import { addRoleToInstanceProfile } from './add-role-to-instance-profile.ts'
import { addUserToGroup } from './add-user-to-group.ts'
import { attachGroupPolicy, attachRolePolicy, attachUserPolicy } from './attach-policy.ts'
import { createAccessKey } from './create-access-key.ts'
import { createGroup } from './create-group.ts'
import { createInstanceProfile } from './create-instance-profile.ts'
import { createPolicy } from './create-policy.ts'
import { createRole } from './create-role.ts'
import { createServiceLinkedRole } from './create-service-linked-role.ts'
import { createUser } from './create-user.ts'
import { deleteGroup } from './delete-group.ts'
import { deleteInstanceProfile } from './delete-instance-profile.ts'
import { deleteRolePolicy } from './delete-inline-policy.ts'
import { deletePolicy } from './delete-policy.ts'
import { deleteRole } from './delete-role.ts'
import { deleteUser } from './delete-user.ts'
import { detachRolePolicy } from './detach-policy.ts'
import { enableMfaDevice } from './enable-mfa-device.ts'
import { putRolePermissionsBoundary, putUserPermissionsBoundary } from './permissions-boundary.ts'
import { putGroupPolicy, putRolePolicy, putUserPolicy } from './put-inline-policy.ts'
import { tagRole } from './tag-entity.ts'
import { updateAssumeRolePolicy } from './update-assume-role-policy.ts'
import {
  A,
  admin,
  allow,
  ok,
  policyOfSize,
  trustAws,
  trustService,
  twoAccounts,
} from '../../test/iam-support/fixture.ts'

type Step = (world: World, caller: Caller) => Outcome<unknown>

const readAll = `arn:aws:iam::${A}:policy/ReadAll`

/** A's IAM: users alice and bob (bob in devs), role App, policy ReadAll, profile web (empty). */
function base(): World {
  const steps: Step[] = [
    (w, c) => createUser(w, c, { accountId: A, userName: 'alice' }),
    (w, c) => createUser(w, c, { accountId: A, userName: 'bob' }),
    (w, c) => createGroup(w, c, { accountId: A, groupName: 'devs' }),
    (w, c) => addUserToGroup(w, c, { accountId: A, groupName: 'devs', userName: 'bob' }),
    (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'App',
        assumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
      }),
    (w, c) =>
      createPolicy(w, c, { accountId: A, policyName: 'ReadAll', policyDocument: allow('s3:Get*') }),
    (w, c) => createInstanceProfile(w, c, { accountId: A, instanceProfileName: 'web' }),
    (w, c) => createServiceLinkedRole(w, c, { accountId: A, awsServiceName: 'ecs.amazonaws.com' }),
  ]
  return run(twoAccounts(), steps)
}

function run(world: World, steps: readonly Step[]): World {
  return steps.reduce((current, step) => ok(step(current, admin)).world, world)
}

/** `count` customer managed policies P0…, for the attachment quotas. */
function manyPolicies(count: number): Step[] {
  return Array.from(
    { length: count },
    (_, i) => (w: World, c: Caller) =>
      createPolicy(w, c, {
        accountId: A,
        policyName: `P${i}`,
        policyDocument: allow('s3:GetObject'),
      }),
  )
}

const policyArn = (i: number) => `arn:aws:iam::${A}:policy/P${i}`
const protectedRole =
  "Cannot perform the operation on the protected role 'AWSServiceRoleForECS' - this role is only modifiable by AWS"

interface Case {
  readonly name: string
  readonly source: string
  readonly setup?: readonly Step[]
  readonly act: Step
  readonly code: string
  /** The exact message, or a pattern when the text comes from the policy parser. */
  readonly message: string | RegExp
}

const cases: readonly Case[] = [
  {
    name: 'CreateUser refuses a name taken in another case',
    source: 'iam-facts §1; [GH:ucopacme/aws-orgs#12]',
    act: (w, c) => createUser(w, c, { accountId: A, userName: 'ALICE' }),
    code: 'EntityAlreadyExists',
    message: 'User with name ALICE already exists.',
  },
  {
    name: 'CreateRole refuses a name taken in another case',
    source: 'iam-facts §1; [GH:garnaat/kappa#17]',
    act: (w, c) =>
      createRole(w, c, { accountId: A, roleName: 'app', assumeRolePolicyDocument: trustAws(A) }),
    code: 'EntityAlreadyExists',
    message: 'Role with name app already exists.',
  },
  {
    name: 'CreateGroup refuses a name taken in another case',
    source: 'iam-facts §1',
    act: (w, c) => createGroup(w, c, { accountId: A, groupName: 'DEVS' }),
    code: 'EntityAlreadyExists',
    message: 'Group with name DEVS already exists.',
  },
  {
    name: 'CreatePolicy refuses a name taken in another case',
    source: '[GH:Aabyss-Team/awsKeyTools#13]',
    act: (w, c) =>
      createPolicy(w, c, { accountId: A, policyName: 'readall', policyDocument: allow('s3:*') }),
    code: 'EntityAlreadyExists',
    message: 'A policy called readall already exists. Duplicate names are not allowed.',
  },
  {
    name: 'CreateRole refuses a name with a space',
    source: 'IAM API roleNameType [\\w+=,.@-]+; wording [GH:kubecost/docs#36]',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'my role',
        assumeRolePolicyDocument: trustAws(A),
      }),
    code: 'ValidationError',
    message:
      'The specified value for roleName is invalid. It must contain only alphanumeric characters and/or the following: +=,.@_-',
  },
  {
    name: 'CreateRole refuses a 65-character name',
    source: 'iam-facts §15 (role names 1–64); iam-facts §10 (validation wording)',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'r'.repeat(65),
        assumeRolePolicyDocument: trustAws(A),
      }),
    code: 'ValidationError',
    message: `1 validation error detected: Value '${'r'.repeat(65)}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64`,
  },
  {
    name: 'CreateRole refuses MaxSessionDuration 3599',
    source: 'iam-facts §11 (3600–43200)',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'Short',
        assumeRolePolicyDocument: trustAws(A),
        maxSessionDuration: 3599,
      }),
    code: 'ValidationError',
    message:
      "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
  },
  {
    name: 'CreateRole refuses MaxSessionDuration 43201',
    source: 'iam-facts §11 (3600–43200)',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'Long',
        assumeRolePolicyDocument: trustAws(A),
        maxSessionDuration: 43201,
      }),
    code: 'ValidationError',
    message:
      "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200",
  },
  {
    name: 'CreateRole refuses a path that does not begin and end with /',
    source: 'iam-facts §1 (path rules); wording [GH:aws-cloudformation/cfn-lint#722]',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'Pathy',
        path: 'team/',
        assumeRolePolicyDocument: trustAws(A),
      }),
    code: 'ValidationError',
    message:
      'The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.',
  },
  {
    name: 'CreateRole refuses the path of service-linked roles',
    source: 'iam-facts §16; [GH:99designs/iamy#49] (Hatrack wording)',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'Fake',
        path: '/aws-service-role/ecs.amazonaws.com/',
        assumeRolePolicyDocument: trustAws(A),
      }),
    code: 'InvalidInput',
    message: /reserved for service-linked roles/,
  },
  {
    name: 'CreateRole refuses a trust policy without a principal',
    source: 'iam-facts §9 (trust policies name a principal)',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'NoOne',
        assumeRolePolicyDocument: allow('sts:AssumeRole'),
      }),
    code: 'MalformedPolicyDocument',
    message: /./,
  },
  {
    name: 'CreateRole refuses a trust policy over 2,048 characters',
    source: 'iam-facts §14–15 (ACLSizePerRole)',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'Big',
        assumeRolePolicyDocument: trustAws(
          Array.from({ length: 90 }, (_, i) =>
            `arn:aws:iam::${A}:root`.replace(A, String(100000000000 + i)),
          ),
        ),
      }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for ACLSizePerRole: 2048',
  },
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
    name: 'AttachRolePolicy with an unknown policy ARN',
    source: '[GH:getmoto/moto#6482 quoting AWS; pulumi/pulumi#7419]',
    act: (w, c) =>
      attachRolePolicy(w, c, {
        accountId: A,
        roleName: 'App',
        policyArn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess',
      }),
    code: 'NoSuchEntity',
    message:
      'Policy arn:aws:iam::aws:policy/AWSLambdaFullAccess does not exist or is not attachable.',
  },
  {
    name: 'AttachRolePolicy with a service-linked role policy',
    source: 'iam-facts §16; [GH:aws/aws-cdk#6131]',
    act: (w, c) =>
      attachRolePolicy(w, c, {
        accountId: A,
        roleName: 'App',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
      }),
    code: 'PolicyNotAttachable',
    message: 'Cannot attach a Service Role Policy to a Customer Role.',
  },
  {
    name: 'AttachRolePolicy beyond 10 policies',
    source: 'iam-facts §14–15 [GH:ministryofjustice/cloud-platform-environments#14473]',
    setup: [
      ...manyPolicies(11),
      ...Array.from(
        { length: 10 },
        (_, i): Step =>
          (w, c) =>
            attachRolePolicy(w, c, { accountId: A, roleName: 'App', policyArn: policyArn(i) }),
      ),
    ],
    act: (w, c) =>
      attachRolePolicy(w, c, { accountId: A, roleName: 'App', policyArn: policyArn(10) }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for PoliciesPerRole: 10',
  },
  {
    name: 'AttachUserPolicy beyond 10 policies',
    source: 'iam-facts §15',
    setup: [
      ...manyPolicies(11),
      ...Array.from(
        { length: 10 },
        (_, i): Step =>
          (w, c) =>
            attachUserPolicy(w, c, { accountId: A, userName: 'alice', policyArn: policyArn(i) }),
      ),
    ],
    act: (w, c) =>
      attachUserPolicy(w, c, { accountId: A, userName: 'alice', policyArn: policyArn(10) }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for PoliciesPerUser: 10',
  },
  {
    name: 'AttachGroupPolicy beyond 10 policies',
    source: 'iam-facts §15',
    setup: [
      ...manyPolicies(11),
      ...Array.from(
        { length: 10 },
        (_, i): Step =>
          (w, c) =>
            attachGroupPolicy(w, c, { accountId: A, groupName: 'devs', policyArn: policyArn(i) }),
      ),
    ],
    act: (w, c) =>
      attachGroupPolicy(w, c, { accountId: A, groupName: 'devs', policyArn: policyArn(10) }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for PoliciesPerGroup: 10',
  },
  {
    name: 'PutRolePolicy beyond 10,240 characters of inline policies',
    source: 'iam-facts §14–15 [GH:aws-amplify/amplify-backend#2615]',
    setup: [
      (w, c) =>
        putRolePolicy(w, c, {
          accountId: A,
          roleName: 'App',
          policyName: 'one',
          policyDocument: policyOfSize(6000),
        }),
    ],
    act: (w, c) =>
      putRolePolicy(w, c, {
        accountId: A,
        roleName: 'App',
        policyName: 'two',
        policyDocument: policyOfSize(6000),
      }),
    code: 'LimitExceeded',
    message: 'Maximum policy size of 10240 bytes exceeded for role App',
  },
  {
    name: 'PutUserPolicy beyond 2,048 characters of inline policies',
    source: 'iam-facts §15 [GH:danvk/mapsnap#483]',
    setup: [
      (w, c) =>
        putUserPolicy(w, c, {
          accountId: A,
          userName: 'alice',
          policyName: 'one',
          policyDocument: policyOfSize(1500),
        }),
    ],
    act: (w, c) =>
      putUserPolicy(w, c, {
        accountId: A,
        userName: 'alice',
        policyName: 'two',
        policyDocument: policyOfSize(1000),
      }),
    code: 'LimitExceeded',
    message: 'Maximum policy size of 2048 bytes exceeded for user alice',
  },
  {
    name: 'PutUserPolicy with one document over 2,048 characters',
    source: 'iam-facts §15',
    act: (w, c) =>
      putUserPolicy(w, c, {
        accountId: A,
        userName: 'alice',
        policyName: 'big',
        policyDocument: policyOfSize(2100),
      }),
    code: 'LimitExceeded',
    message: 'Maximum policy size of 2048 bytes exceeded for user alice',
  },
  {
    name: 'PutGroupPolicy beyond 5,120 characters of inline policies',
    source: 'iam-facts §14 [GH:HumanCellAtlas/data-store#1963]',
    setup: [
      (w, c) =>
        putGroupPolicy(w, c, {
          accountId: A,
          groupName: 'devs',
          policyName: 'one',
          policyDocument: policyOfSize(3000),
        }),
    ],
    act: (w, c) =>
      putGroupPolicy(w, c, {
        accountId: A,
        groupName: 'devs',
        policyName: 'two',
        policyDocument: policyOfSize(3000),
      }),
    code: 'LimitExceeded',
    message: 'Maximum policy size of 5120 bytes exceeded for group devs',
  },
  {
    name: 'CreatePolicy over 6,144 characters',
    source: 'iam-facts §14 [GH:serverless/serverless#7643]',
    act: (w, c) =>
      createPolicy(w, c, { accountId: A, policyName: 'Huge', policyDocument: policyOfSize(6200) }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for PolicySize: 6144',
  },
  {
    name: 'CreatePolicy with a principal in an identity policy',
    source: 'iam-facts §2 [GH:hashicorp/terraform-provider-aws#10419]',
    act: (w, c) =>
      createPolicy(w, c, {
        accountId: A,
        policyName: 'WithPrincipal',
        policyDocument: trustAws(A),
      }),
    code: 'MalformedPolicyDocument',
    message: /principal/i,
  },
  {
    name: 'DeleteRolePolicy of a policy the role does not have',
    source: '[GH:aws/aws-cli#6139]',
    act: (w, c) => deleteRolePolicy(w, c, { accountId: A, roleName: 'App', policyName: 'Nope' }),
    code: 'NoSuchEntity',
    message: 'The role policy with name Nope cannot be found.',
  },
  {
    name: 'DetachRolePolicy of a policy that is not attached',
    source: 'IAM API DetachRolePolicy (NoSuchEntity; Hatrack wording)',
    act: (w, c) => detachRolePolicy(w, c, { accountId: A, roleName: 'App', policyArn: readAll }),
    code: 'NoSuchEntity',
    message: `Policy ${readAll} was not found.`,
  },
  {
    name: 'CreateAccessKey beyond two keys',
    source: 'iam-facts §15 [GH:bartekj/aws-tools#29]',
    setup: [
      (w, c) => createAccessKey(w, c, { accountId: A, userName: 'alice' }),
      (w, c) => createAccessKey(w, c, { accountId: A, userName: 'alice' }),
    ],
    act: (w, c) => createAccessKey(w, c, { accountId: A, userName: 'alice' }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for AccessKeysPerUser: 2',
  },
  {
    name: 'AddUserToGroup beyond 10 groups',
    source: 'iam-facts §15 (groups per user 10)',
    setup: Array.from({ length: 10 }, (_, i): Step[] => [
      (w, c) => createGroup(w, c, { accountId: A, groupName: `g${i}` }),
      (w, c) => addUserToGroup(w, c, { accountId: A, groupName: `g${i}`, userName: 'alice' }),
    ]).flat(),
    act: (w, c) => addUserToGroup(w, c, { accountId: A, groupName: 'devs', userName: 'alice' }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for GroupsPerUser: 10',
  },
  {
    name: 'AddRoleToInstanceProfile with a second role',
    source: 'iam-facts §15–16 [GH:getmoto/moto#6404 quoting AWS]',
    setup: [
      (w, c) =>
        addRoleToInstanceProfile(w, c, {
          accountId: A,
          instanceProfileName: 'web',
          roleName: 'App',
        }),
      (w, c) =>
        createRole(w, c, {
          accountId: A,
          roleName: 'Other',
          assumeRolePolicyDocument: trustService('ec2.amazonaws.com'),
        }),
    ],
    act: (w, c) =>
      addRoleToInstanceProfile(w, c, {
        accountId: A,
        instanceProfileName: 'web',
        roleName: 'Other',
      }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
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
  {
    name: 'PutRolePermissionsBoundary with an unknown policy',
    source: 'IAM API PutRolePermissionsBoundary; wording seen in rosa CLI output',
    act: (w, c) =>
      putRolePermissionsBoundary(w, c, {
        accountId: A,
        roleName: 'App',
        permissionsBoundary: `arn:aws:iam::${A}:policy/Nope`,
      }),
    code: 'NoSuchEntity',
    message: `Scope ARN: arn:aws:iam::${A}:policy/Nope does not exist or is not attachable.`,
  },
  {
    name: 'TagRole beyond 50 tags',
    source: 'iam-facts §15 (tags per role 50)',
    setup: [
      (w, c) =>
        tagRole(w, c, {
          accountId: A,
          roleName: 'App',
          tags: Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
        }),
    ],
    act: (w, c) =>
      tagRole(w, c, { accountId: A, roleName: 'App', tags: [{ key: 'one-more', value: 'v' }] }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for TagsPerRole: 50',
  },
  {
    name: 'TagRole with the same key twice in different cases',
    source: 'IAM TagRole (moto tests quoting AWS)',
    act: (w, c) =>
      tagRole(w, c, {
        accountId: A,
        roleName: 'App',
        tags: [
          { key: 'team', value: 'a' },
          { key: 'Team', value: 'b' },
        ],
      }),
    code: 'InvalidInput',
    message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
  },
  {
    name: 'TagRole with an aws: key',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html (aws: is reserved)',
    act: (w, c) =>
      tagRole(w, c, { accountId: A, roleName: 'App', tags: [{ key: 'AWS:cost', value: 'x' }] }),
    code: 'InvalidInput',
    message: /reserved/,
  },
  {
    name: 'TagRole with a key of 129 characters',
    source: 'iam-facts §15 (tag keys ≤128)',
    act: (w, c) =>
      tagRole(w, c, {
        accountId: A,
        roleName: 'App',
        tags: [{ key: 'k'.repeat(129), value: 'x' }],
      }),
    code: 'ValidationError',
    message: /Member must have length less than or equal to 128$/,
  },
  {
    name: 'UpdateAssumeRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:rebuy-de/aws-nuke#331]',
    act: (w, c) =>
      updateAssumeRolePolicy(w, c, {
        accountId: A,
        roleName: 'AWSServiceRoleForECS',
        policyDocument: trustAws(A),
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'PutRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:perkbox/cloud-access-bot#11]',
    act: (w, c) =>
      putRolePolicy(w, c, {
        accountId: A,
        roleName: 'AWSServiceRoleForECS',
        policyName: 'x',
        policyDocument: allow('s3:*'),
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'AttachRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:rebuy-de/aws-nuke#441]',
    act: (w, c) =>
      attachRolePolicy(w, c, {
        accountId: A,
        roleName: 'AWSServiceRoleForECS',
        policyArn: readAll,
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'DetachRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:gruntwork-io/cloud-nuke#880]',
    act: (w, c) =>
      detachRolePolicy(w, c, {
        accountId: A,
        roleName: 'AWSServiceRoleForECS',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'PutRolePermissionsBoundary on a service-linked role',
    source: 'iam-facts §16 (no permissions boundary)',
    act: (w, c) =>
      putRolePermissionsBoundary(w, c, {
        accountId: A,
        roleName: 'AWSServiceRoleForECS',
        permissionsBoundary: readAll,
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'DeleteRole on a service-linked role',
    source: 'iam-facts §16 [GH:rebuy-de/aws-nuke#441]',
    act: (w, c) => deleteRole(w, c, { accountId: A, roleName: 'AWSServiceRoleForECS' }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'CreateServiceLinkedRole a second time',
    source: '[GH:Rayraegah/terraform-aws-hasura#17]',
    act: (w, c) =>
      createServiceLinkedRole(w, c, { accountId: A, awsServiceName: 'ecs.amazonaws.com' }),
    code: 'InvalidInput',
    message:
      'Service role name AWSServiceRoleForECS has been taken in this account, please try a different suffix.',
  },
  {
    name: 'CreateServiceLinkedRole with a suffix for a service that takes none',
    source: '[GH:terraform-community-modules/tf_aws_elasticsearch#23]',
    act: (w, c) =>
      createServiceLinkedRole(w, c, {
        accountId: A,
        awsServiceName: 'rds.amazonaws.com',
        customSuffix: 'x',
      }),
    code: 'InvalidInput',
    message: 'Custom suffix is not allowed for rds.amazonaws.com',
  },
]

describe('IAM errors', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const before = run(base(), entry.setup ?? [])
    const outcome = entry.act(before, admin)
    expect(outcome.status).toBe('error')
    if (outcome.status !== 'error') return
    expect(outcome.error.code).toBe(entry.code)
    if (typeof entry.message === 'string') expect(outcome.error.message).toBe(entry.message)
    else expect(outcome.error.message).toMatch(entry.message)
    expect(entry.source.length).toBeGreaterThan(0)
  })
})
