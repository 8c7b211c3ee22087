/**
 * Policies and quotas: malformed and oversized documents, attachments, inline aggregates, keys,
 * groups, instance profiles and boundaries (iam-facts §14–15). One named case per error, with
 * its source.
 */
import { describe } from 'vitest'
import { addRoleToInstanceProfile } from './add-role-to-instance-profile.ts'
import { addUserToGroup } from './add-user-to-group.ts'
import { attachGroupPolicy, attachRolePolicy, attachUserPolicy } from './attach-policy.ts'
import { createAccessKey } from './create-access-key.ts'
import { createGroup } from './create-group.ts'
import { createPolicy } from './create-policy.ts'
import { createRole } from './create-role.ts'
import { deleteRolePolicy } from './delete-inline-policy.ts'
import { detachRolePolicy } from './detach-policy.ts'
import { putRolePermissionsBoundary } from './permissions-boundary.ts'
import { putGroupPolicy, putRolePolicy, putUserPolicy } from './put-inline-policy.ts'
import {
  manyPolicies,
  policyArn,
  readAll,
  runCorpus,
  type ErrorCase,
  type Step,
} from '../../test/iam-support/corpus.ts'
import { A, allow, policyOfSize, trustAws, trustService } from '../../test/iam-support/fixture.ts'

/** `count` steps attaching P0… with `attach`. */
function attachMany(count: number, attach: (i: number) => Step): Step[] {
  return Array.from({ length: count }, (_, i) => attach(i))
}

const cases: readonly ErrorCase[] = [
  {
    name: 'CreateRole refuses a trust policy without a principal',
    source: 'iam-facts §9 (a trust policy names who may assume the role)',
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
    name: 'CreateRole refuses a trust policy that is not JSON',
    source: 'iam-facts §3',
    act: (w, c) =>
      createRole(w, c, {
        accountId: A,
        roleName: 'Broken',
        assumeRolePolicyDocument: '{"Version":',
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
          Array.from({ length: 90 }, (_, i) => `arn:aws:iam::${100000000000 + i}:root`),
        ),
      }),
    code: 'LimitExceeded',
    message: 'Cannot exceed quota for ACLSizePerRole: 2048',
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
      ...attachMany(
        10,
        (i) => (w, c) =>
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
      ...attachMany(
        10,
        (i) => (w, c) =>
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
      ...attachMany(
        10,
        (i) => (w, c) =>
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
]

describe('IAM errors: policies and quotas', () => {
  runCorpus(cases)
})
