/**
 * Names, paths and durations: validation first, then uniqueness regardless of case
 * (iam-facts §1, §10–11, §15). One named case per error, with its source.
 */
import { describe } from 'vitest'
import { createGroup } from './create-group.ts'
import { createPolicy } from './create-policy.ts'
import { createRole } from './create-role.ts'
import { createUser } from './create-user.ts'
import { runCorpus, type ErrorCase } from '../../test/iam-support/corpus.ts'
import { A, allow, trustAws } from '../../test/iam-support/fixture.ts'

const cases: readonly ErrorCase[] = [
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
    name: 'CreateUser refuses an empty name',
    source: 'iam-facts §15 (user names 1–64)',
    act: (w, c) => createUser(w, c, { accountId: A, userName: '' }),
    code: 'ValidationError',
    message:
      "1 validation error detected: Value '' at 'userName' failed to satisfy constraint: Member must have length greater than or equal to 1",
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
    name: 'CreateRole in an account the world does not hold',
    source: 'Hatrack: the world knows only its accounts',
    act: (w, c) =>
      createRole(w, c, {
        accountId: '999999999999',
        roleName: 'X',
        assumeRolePolicyDocument: trustAws(A),
      }),
    code: 'ValidationError',
    message: 'The account 999999999999 is not part of this world.',
  },
]

describe('IAM errors: names', () => {
  runCorpus(cases)
})
