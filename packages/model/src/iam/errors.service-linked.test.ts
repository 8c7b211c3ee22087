/**
 * Service-linked roles refuse every change (`UnmodifiableEntity`, iam-facts §16), and tags
 * keep their rules (iam-facts §15). One named case per error, with its source.
 */
import { describe } from 'vitest'
import { attachRolePolicy } from './attach-policy.ts'
import { createServiceLinkedRole } from './create-service-linked-role.ts'
import { deleteRole } from './delete-role.ts'
import { detachRolePolicy } from './detach-policy.ts'
import { putRolePermissionsBoundary } from './permissions-boundary.ts'
import { putRolePolicy } from './put-inline-policy.ts'
import { tagRole } from './tag-entity.ts'
import { updateAssumeRolePolicy } from './update-assume-role-policy.ts'
import { protectedRole, readAll, runCorpus, type ErrorCase } from '../../test/iam-support/corpus.ts'
import { A, allow, trustAws } from '../../test/iam-support/fixture.ts'

const ecs = 'AWSServiceRoleForECS'

const cases: readonly ErrorCase[] = [
  {
    name: 'UpdateAssumeRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:rebuy-de/aws-nuke#331]',
    act: (w, c) =>
      updateAssumeRolePolicy(w, c, { accountId: A, roleName: ecs, policyDocument: trustAws(A) }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'PutRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:perkbox/cloud-access-bot#11]',
    act: (w, c) =>
      putRolePolicy(w, c, {
        accountId: A,
        roleName: ecs,
        policyName: 'x',
        policyDocument: allow('s3:*'),
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'AttachRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:rebuy-de/aws-nuke#441]',
    act: (w, c) => attachRolePolicy(w, c, { accountId: A, roleName: ecs, policyArn: readAll }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'DetachRolePolicy on a service-linked role',
    source: 'iam-facts §16 [GH:gruntwork-io/cloud-nuke#880]',
    act: (w, c) =>
      detachRolePolicy(w, c, {
        accountId: A,
        roleName: ecs,
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'PutRolePermissionsBoundary on a service-linked role',
    source: 'iam-facts §16 (a service-linked role has no permissions boundary)',
    act: (w, c) =>
      putRolePermissionsBoundary(w, c, {
        accountId: A,
        roleName: ecs,
        permissionsBoundary: readAll,
      }),
    code: 'UnmodifiableEntity',
    message: protectedRole,
  },
  {
    name: 'DeleteRole on a service-linked role',
    source: 'iam-facts §16 [GH:rebuy-de/aws-nuke#441]',
    act: (w, c) => deleteRole(w, c, { accountId: A, roleName: ecs }),
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
    name: 'TagRole with 51 tags in one request',
    source: 'IAM TagRole (Tags: at most 50 members)',
    act: (w, c) =>
      tagRole(w, c, {
        accountId: A,
        roleName: 'App',
        tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' })),
      }),
    code: 'ValidationError',
    message: /Member must have length less than or equal to 50$/,
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
    name: 'TagRole with a character tags may not hold',
    source: 'IAM TagRole tagKeyType [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+',
    act: (w, c) =>
      tagRole(w, c, { accountId: A, roleName: 'App', tags: [{ key: 'NOWAY!', value: '' }] }),
    code: 'ValidationError',
    message: /Member must satisfy regular expression pattern/,
  },
]

describe('IAM errors: service-linked roles and tags', () => {
  runCorpus(cases)
})
