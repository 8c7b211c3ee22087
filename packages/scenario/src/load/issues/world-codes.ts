/** Issue codes of the declared world: what AWS itself would refuse to create. */
import type { ScenarioIssueCodeInfo } from './info.ts'

/** Codes of the declared world. */
export const worldCodes = {
  'scenario.world.duplicateAccountId': {
    severity: 'error',
    title: 'Account id used twice',
    description: 'Two accounts have the same 12-digit id.',
  },
  'scenario.world.duplicateName': {
    severity: 'error',
    title: 'Name used twice in an account',
    description:
      'IAM names of users, groups, roles, policies and instance profiles are unique in an account, regardless of case (`Admins` and `admins` clash). Rename one, or use `name:` to give it another IAM name.',
  },
  'scenario.world.notApplicable': {
    severity: 'error',
    title: 'Key does not apply here',
    description:
      'A key is given that means nothing for this kind of thing: `role` on an S3 bucket, `instanceProfile` on a Lambda function, `url` on a SAML provider.',
  },
  'scenario.world.missingValue': {
    severity: 'error',
    title: 'Value needed',
    description:
      'This kind of thing needs a key that is optional elsewhere: an OIDC provider needs its `url`.',
  },
  'scenario.world.organization': {
    severity: 'error',
    title: 'Organization not well formed',
    description:
      'An account sits in two OUs, an OU name is used twice, an account of an OU is not a member, or the management account is placed in an OU.',
  },
  'scenario.world.cliProfile': {
    severity: 'error',
    title: 'CLI profile not well formed',
    description:
      "A CLI profile has either `user` (long-term keys) or `roleArn` with `sourceProfile`; its `sourceProfile` chain must end in a user's keys without going round in a circle, and that user needs `accessKeys`.",
  },
  'scenario.world.bucket': {
    severity: 'error',
    title: 'S3 object without its bucket',
    description:
      'An S3 object is named `BUCKET/KEY`, and its bucket must be declared in the same account.',
  },
} as const satisfies Record<string, ScenarioIssueCodeInfo>
