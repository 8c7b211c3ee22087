/**
 * Issue codes about `Action`, `NotAction`, `Resource` and `NotResource`.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the action and resource elements. */
export const actionResourceIssueCodes = {
  'policy.action.missing': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A statement has no actions',
    explanation:
      'Every statement needs an `Action` (the actions it covers) or a `NotAction` (every action except those), with at least one value. AWS answers "Policy statement must contain actions.". Add the actions, such as `"Action": "s3:GetObject"`.',
    source: DOCS.action,
  },
  'policy.action.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'An action is not of the form `service:action`',
    explanation:
      'An action is a service prefix, one colon and an action name: `s3:GetObject`, `iam:*AccessKey*`, or `*` alone for every action. The prefix names a service and cannot hold a wildcard (`*:Get*` is refused, and so is `s3*:Get`); the name may hold `*` and `?` anywhere. A missing prefix, a second colon or a space is refused. Both parts are case-insensitive.',
    source: DOCS.action,
  },
  'policy.resource.missing': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A statement has no resources',
    explanation:
      'Except in role trust policies (where the role itself is the resource), every statement needs a `Resource` or a `NotResource` with at least one value. AWS answers "Policy statement must contain resources.". Use `"Resource": "*"` for actions that do not work on a particular resource, such as `s3:ListAllMyBuckets`.',
    source: DOCS.resource,
  },
  'policy.resource.notAllowed': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A role trust policy names resources',
    explanation:
      'A role trust policy is attached to the role, and the role is its only resource, so its statements have no `Resource` or `NotResource`: AWS answers "Has prohibited field Resource". If you meant to give the role permissions on resources, put that statement in a permissions policy attached to the role instead.',
    source: DOCS.principal,
  },
  'policy.resource.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A resource is not an ARN',
    explanation:
      'A resource is `*` or an ARN of six colon-separated parts: `arn:partition:service:region:account:resource`, such as `arn:aws:s3:::my-bucket/*` (S3 leaves region and account empty). A bare name like `my-bucket` is refused with "must be in ARN format or \\"*\\"". Wildcards may appear in any part except the partition and the service. IAM resources have no region: `arn:aws:iam::123456789012:role/x`.',
    source: DOCS.resource,
  },
  'policy.allow.notResourceWildcard': {
    severity: 'warning',
    title: '`Allow` with `NotResource` and every action',
    explanation:
      'A statement that allows `"Action": "*"` on `NotResource` grants every action of every service on every resource except the few listed, including resources created tomorrow and actions that have no resource at all. AWS documents this combination as one to avoid. List the resources you mean to allow in `Resource`, or pair `NotResource` with a `Deny`.',
    source: DOCS.notResource,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
