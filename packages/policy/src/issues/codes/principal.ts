/**
 * Issue codes about `Principal` and `NotPrincipal`.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the `Principal` and `NotPrincipal` elements. */
export const principalIssueCodes = {
  'policy.principal.notAllowed': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'This kind of policy cannot name a principal',
    explanation:
      'Identity-based policies, permissions boundaries and session policies are attached to a user, group or role, and that identity is their principal: they cannot name another. SCPs cannot name principals either. The IAM console says "Has prohibited field Principal"; the API says "Policy document should not specify a principal.". Remove the `Principal`. If you meant to let someone else use a resource, write a resource-based policy on the resource (or a trust policy on a role) instead.',
    source: DOCS.principal,
  },
  'policy.principal.missing': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A statement has no `Principal`',
    explanation:
      'A resource-based policy sits on a resource, so each statement must say who it applies to: a role trust policy names who may assume the role, a bucket policy who may use the bucket. Add a `Principal`, such as `{"AWS": "arn:aws:iam::111122223333:root"}` for an account or `{"Service": "ec2.amazonaws.com"}` for a service.',
    source: DOCS.principal,
  },
  'policy.principal.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A principal is not in a form AWS accepts',
    explanation:
      '`Principal` is `"*"` or an object whose keys are `AWS`, `Service`, `Federated` or `CanonicalUser`, each with a string or an array of strings. An `AWS` principal is a 12-digit account id or the ARN of an account root, a user, a role, an assumed-role session or a federated user: groups, policies and malformed ARNs (such as `arn:aws::iam::…` with an extra colon) are refused with "Invalid principal in policy". AWS also refuses a well-formed ARN of a user or role that does not exist, which the model checks when it stores the policy.',
    source: DOCS.principal,
  },
  'policy.principal.wildcard': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'A principal uses a partial wildcard',
    explanation:
      'In `Principal`, `*` means everyone, anonymous callers included, and it must stand alone: `"*"` or `{"AWS": "*"}`. You cannot use a wildcard for part of a name or ARN: `arn:aws:iam::*:root` and `arn:aws:iam::123456789012:user/*` are refused with "Invalid principal in policy". To trust every role in an account whose name matches a pattern, trust the account and add a condition: `"Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/deploy-*"}}`.',
    source: DOCS.principal,
  },
  'policy.notPrincipal.notAllowed': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: '`NotPrincipal` is not allowed in this kind of policy',
    explanation:
      'You cannot use `NotPrincipal` in identity-based policies, in role trust policies, in SCPs or in RCPs; only some resource-based policies accept it. AWS recommends against it everywhere: write `"Principal": "*"` with `"Effect": "Deny"` and a condition such as `ArnNotEquals` on `aws:PrincipalArn` instead.',
    source: DOCS.notPrincipal,
  },
  'policy.notPrincipal.allow': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: '`NotPrincipal` is used with `Allow`',
    explanation:
      '`NotPrincipal` must be used with `"Effect": "Deny"`: the IAM guide says that using it with `Allow` is not supported. Such a statement would grant the resource to everyone in the world except the listed principals, anonymous callers included. Name the principals you mean to allow in `Principal` instead.',
    source: DOCS.notPrincipal,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
