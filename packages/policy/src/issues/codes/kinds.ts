/**
 * Issue codes that belong to one kind of policy: role trust policies, SCPs and RCPs.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the rules that only one kind of policy has. */
export const kindIssueCodes = {
  'policy.trust.action': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'AssumeRole policy may only specify STS AssumeRole actions.',
    title: 'A role trust policy names an action that is not an STS action',
    explanation:
      'A trust policy answers one question: who may assume this role. Its actions are the STS calls that assume it (`sts:AssumeRole`, `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`) and the permissions that go with them (`sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`). What the role may do once assumed (`s3:GetObject`, …) belongs in a permissions policy attached to the role.',
    source: DOCS.principal,
  },
  'policy.trust.unusualAction': {
    severity: 'warning',
    title: 'A role trust policy names an unusual STS action',
    explanation:
      'The STS actions that mean something in a trust policy are `sts:AssumeRole`, `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`, `sts:TagSession`, `sts:SetSourceIdentity` and `sts:SetContext`. A wildcard such as `sts:*` or `*` covers them all, which allows more than you may mean (tagging sessions, setting a source identity); other STS actions have no effect on the role. Name the actions you mean.',
    source: DOCS.assumeRole,
  },
  'policy.trust.publicPrincipal': {
    severity: 'warning',
    title: 'A role trust policy lets anyone assume the role',
    explanation:
      'With `"Principal": "*"` (or `{"AWS": "*"}`) and no condition, any AWS account in the world may assume the role. AWS accepts it and strongly recommends against it: limit who can assume the role with a `Condition`, such as `aws:PrincipalOrgID` for your organization or `sts:ExternalId` for a third party, or name the trusted accounts.',
    source: DOCS.principal,
  },
  'policy.trust.rolesAnywhereActions': {
    severity: 'warning',
    title: 'A trust for IAM Roles Anywhere lacks an action it needs',
    explanation:
      'IAM Roles Anywhere assumes a role as `rolesanywhere.amazonaws.com` and always tags the session and sets its source identity, so the trust policy must allow `sts:AssumeRole`, `sts:TagSession` and `sts:SetSourceIdentity` together; without the last two, `CreateSession` fails.',
    source: DOCS.rolesAnywhere,
  },
  'policy.rcp.effect': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'An RCP statement allows',
    explanation:
      'Resource control policies only restrict: the effect `Allow` is supported only in the `RCPFullAWSAccess` policy that AWS attaches everywhere (`Principal`, `Action` and `Resource` all `"*"`, no condition). Write your RCPs as `Deny` statements with conditions.',
    source: DOCS.rcpSyntax,
  },
  'policy.rcp.principal': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'An RCP names principals',
    explanation:
      'In a resource control policy, `Principal` must be `"*"`: the policy applies to every caller, and you choose which callers to deny with conditions such as `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `aws:PrincipalIsAWSService`.',
    source: DOCS.rcpSyntax,
  },
  'policy.rcp.unsupportedService': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'An RCP names an action of a service RCPs do not cover',
    explanation:
      'Resource control policies apply only to the resources of the services that support them (Amazon S3, AWS STS, AWS KMS, Amazon SQS, AWS Secrets Manager and a few more). An action of another service, such as `ec2:RunInstances`, cannot be controlled by an RCP. Use an SCP for permissions of your own principals, or a resource-based policy on that service.',
    source: DOCS.rcpSyntax,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
