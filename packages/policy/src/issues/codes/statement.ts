/**
 * Issue codes about statements and their `Sid` and `Effect`.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the `Statement` element and of each statement's own elements. */
export const statementIssueCodes = {
  'policy.statement.missing': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'The policy has no `Statement`',
    explanation:
      'Every policy needs a `Statement` element: one statement object, or an array of them. The statements are what grant or deny; a policy without any says nothing.',
    source: DOCS.grammar,
  },
  'policy.statement.empty': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: '`Statement` is an empty array',
    explanation:
      'A policy must hold at least one statement: `"Statement": []` grants and denies nothing, and AWS refuses it rather than store a policy with no effect. Add a statement, or delete the policy.',
    source: DOCS.grammar,
  },
  'policy.statement.notObject': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'A statement is not a JSON object',
    explanation:
      '`Statement` takes one statement object or an array of statement objects, each with its own `Effect`, `Action` and (in most policies) `Resource`. A string, a number or a nested array is not a statement.',
    source: DOCS.grammar,
  },
  'policy.statement.unknownElement': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'A statement has an element AWS does not know',
    explanation:
      'A statement may hold only `Sid`, `Effect`, `Principal` or `NotPrincipal`, `Action` or `NotAction`, `Resource` or `NotResource`, and `Condition`, spelled with that exact case. `Actions`, `resource` or `Conditions` are refused. Fix the spelling.',
    source: DOCS.grammar,
  },
  'policy.statement.conflict': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'A statement has both an element and its negation',
    explanation:
      'Each pair is exclusive: a statement has `Action` or `NotAction`, `Resource` or `NotResource`, `Principal` or `NotPrincipal`, never both. `NotAction` means "every action except these", so combining it with `Action` has no meaning. Keep one of the two, or split the statement in two.',
    source: DOCS.grammar,
  },
  'policy.element.invalidType': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'An element holds the wrong kind of JSON value',
    explanation:
      '`Action`, `NotAction`, `Resource` and `NotResource` take a string or an array of strings; `Condition` takes an object of operators, each an object of keys. A number, an object or a nested array where a string belongs is refused. Quote the value, or flatten the array.',
    source: DOCS.grammar,
  },
  'policy.element.notSupported': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: 'This policy type does not support the element',
    explanation:
      'Each policy type supports its own set of elements. Resource control policies, for example, support `Principal`, `Action`, `Resource`, `NotResource` and `Condition`, but not `NotAction` or `NotPrincipal`. Rewrite the statement with the supported elements: a `Deny` with a condition on `aws:PrincipalArn` replaces `NotPrincipal`.',
    source: DOCS.rcpSyntax,
  },
  'policy.sid.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage:
      'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
    title: '`Sid` holds characters IAM does not accept',
    explanation:
      '`Sid` is an optional label for a statement. In IAM policies it may hold only the letters A–Z and a–z and the digits 0–9: no spaces, dashes, underscores or dots. (Some services, such as S3 and KMS, accept spaces in bucket and key policies, so Hatrack does not check resource-based policies.) Write the label in camel case: `AllowReadOnly`.',
    source: DOCS.sid,
  },
  'policy.sid.duplicate': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Statement IDs (SID) in a single policy must be unique.',
    title: 'Two statements share a `Sid`',
    explanation:
      'Statement ids must be unique within one policy, so that a statement can be named without doubt. Rename one of them. (Some services accept duplicate ids in their resource-based policies; Hatrack only warns there.)',
    source: DOCS.sid,
  },
  'policy.sid.duplicateInResourcePolicy': {
    severity: 'warning',
    title: 'Two statements share a `Sid`',
    explanation:
      'IAM requires unique statement ids, and so do many services in their resource-based policies. Even where a service accepts the duplicate, two statements with one name make explanations ambiguous. Rename one of them.',
    source: DOCS.sid,
  },
  'policy.effect.missing': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'A statement has no `Effect`',
    explanation:
      'Every statement says whether it allows or denies: `"Effect": "Allow"` or `"Effect": "Deny"`. There is no default.',
    source: DOCS.effect,
  },
  'policy.effect.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'The policy failed legacy parsing',
    title: '`Effect` is neither `Allow` nor `Deny`',
    explanation:
      '`Effect` takes exactly `Allow` or `Deny`, and the case matters: `allow`, `ALLOW` or `Permit` are refused. (AWS answers a lower-case value with "The policy failed legacy parsing" and other values with "Syntax errors in policy.")',
    source: DOCS.effect,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
