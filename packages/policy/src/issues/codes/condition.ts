/**
 * Issue codes about `Condition` and policy variables.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the `Condition` element and of policy variables. */
export const conditionIssueCodes = {
  'policy.condition.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: '`Condition` is not shaped operator → key → values',
    explanation:
      'A condition block is an object of operators, each an object of condition keys, each with a value or an array of values: `"Condition": {"StringEquals": {"aws:PrincipalTag/team": ["blue", "green"]}}`. Values are strings, numbers or booleans; `null`, objects and nested arrays are refused. Writing the key directly under `Condition` (forgetting the operator) is a common slip.',
    source: DOCS.condition,
  },
  'policy.condition.unknownOperator': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'A condition operator does not exist',
    explanation:
      'AWS knows a fixed set of condition operators (`StringEquals`, `StringLike`, `NumericLessThan`, `DateGreaterThan`, `Bool`, `IpAddress`, `ArnLike`, `Null`, …), optionally prefixed by `ForAllValues:` or `ForAnyValue:` and suffixed by `IfExists`. Names are case-sensitive. An unknown operator could never be evaluated, so AWS rejects the document rather than guess.',
    source: DOCS.operators,
  },
  'policy.condition.nullIfExists': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: '`Null` cannot take `IfExists`',
    explanation:
      'You can add `IfExists` to any condition operator except `Null`. `Null` already asks whether the key exists (`"true"`: it is absent; `"false"`: it is present), so "if it exists" has no meaning there. Use `Null` alone.',
    source: DOCS.operators,
  },
  'policy.condition.invalidValue': {
    severity: 'error',
    title: 'A condition value does not fit its operator',
    explanation:
      'Each operator family reads its values in its own way: `Numeric…` takes numbers (`"10"`, `"2.5"`), `Date…` takes ISO 8601 dates (`"2026-01-01T00:00:00Z"`) or epoch seconds, `Bool` takes `true` or `false`, `IpAddress` takes IPv4 or IPv6 addresses in CIDR notation (a bare address means `/32` or `/128`), and `BinaryEquals` takes base64. A value that cannot be read can never match. IAM Access Analyzer reports such values as errors; AWS refuses a malformed date outright ("The policy failed legacy parsing").',
    source: DOCS.operators,
  },
  'policy.condition.unreadableArn': {
    severity: 'warning',
    title: 'An ARN condition value is not a full ARN',
    explanation:
      "ARN operators (`ArnLike`, `ArnEquals` and their negations) compare the six colon-separated parts of an ARN one by one, each part with its own wildcards. A value with fewer than six parts, such as `*` or `arn:aws:s3:*`, has no part to compare with the last part of the request's ARN; AWS does not document what it does then, and Hatrack cannot evaluate the condition. Write all six parts, with wildcards in the ones to leave open: `arn:aws:s3:::*`, or use `StringLike`.",
    source: DOCS.operators,
  },
  'policy.condition.keyFormat': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    title: 'A condition key has no service prefix',
    explanation:
      'Condition keys are written `prefix:name`: `aws:SourceIp`, `s3:prefix`, `sts:ExternalId`, `accounts.google.com:aud`. A key without a prefix, such as `SourceIp`, is refused.',
    source: DOCS.condition,
  },
  'policy.condition.emptyValues': {
    severity: 'warning',
    title: 'A condition key has no values',
    explanation:
      'An empty array of values gives the condition nothing to compare with: a positive operator can then never match, and a negated one always does. Give the key at least one value, or remove it.',
    source: DOCS.condition,
  },
  'policy.condition.duplicateKeyCase': {
    severity: 'warning',
    title: 'One condition key appears twice with different case',
    explanation:
      'Condition key names are case-insensitive, so `aws:SourceIp` and `aws:sourceip` under one operator are the same key written twice. IAM Access Analyzer reports this as an error. Merge the values into one array under one spelling.',
    source: DOCS.accessAnalyzerChecks,
  },
  'policy.condition.forAllValuesAllow': {
    severity: 'warning',
    title: '`ForAllValues` in an `Allow` statement',
    explanation:
      '`ForAllValues:` is true when every value of the key in the request matches, and also when the request has no value for the key at all. In an `Allow` statement that makes the condition pass for requests that leave the key out, which is rarely intended; AWS advises against it. Add a `Null` check (`"Null": {"aws:TagKeys": "false"}`) or use `ForAnyValue:`.',
    source: DOCS.multiValue,
  },
  'policy.variable.unsupportedOperator': {
    severity: 'error',
    title: 'A policy variable is used with an operator that does not resolve it',
    explanation:
      'Policy variables such as `${aws:username}` are resolved in the `Resource` element and in the values of string and ARN operators. Numeric, date, IP address, binary and `Null` operators compare the value as written, so `${aws:EpochTime}` there is not a number. IAM Access Analyzer reports this as an error. Compare with a string operator, or write a fixed value.',
    source: DOCS.variables,
  },
  'policy.variable.unsupportedElement': {
    severity: 'warning',
    title: 'A policy variable stays plain text in this element',
    explanation:
      'Policy variables are resolved only in `Resource`, `NotResource` and condition values. In `Action`, `NotAction`, `Principal` or `NotPrincipal`, `${aws:username}` is the literal text, which never names a real action or principal. To vary by caller, keep a fixed `Action` and put the variable in a resource ARN or a condition.',
    source: DOCS.variables,
  },
  'policy.variable.outsideResourcePart': {
    severity: 'warning',
    title: 'A policy variable stands outside the resource part of an ARN',
    explanation:
      'The IAM guide documents policy variables in the last part of a resource ARN, after the fifth colon: `arn:aws:s3:::bucket/${aws:username}/*`. Variables in the partition, service, region or account parts may not be resolved. Move the variable into the resource part, or test the account with a condition such as `aws:ResourceAccount`.',
    source: DOCS.variables,
  },
  'policy.variable.malformed': {
    severity: 'warning',
    title: 'A policy variable is not closed',
    explanation:
      "A policy variable is `${` followed by a key and `}`: `${aws:username}`, optionally with a default value `${aws:PrincipalTag/team, 'none'}`. A `${` with no `}` is not a variable, and AWS reads it as plain text. Close the brace. To write a literal `$`, use `${$}`.",
    source: DOCS.variables,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
