/**
 * Issue codes about the document as a whole: JSON syntax, characters, and the top-level elements.
 */
import { DOCS, type PolicyIssueCodeInfo } from '../info.ts'

/** Issues of the JSON text and of the top level of the policy. */
export const documentIssueCodes = {
  'policy.json.syntax': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'This policy contains invalid Json',
    title: 'The text is not valid JSON',
    explanation:
      'A policy document is JSON, and JSON is strict: property names and strings take double quotes, items are separated by commas with no comma after the last one, and there are no comments. AWS rejects the whole document when one character is out of place, without saying where; Hatrack points at the line and column where reading stopped. Fix that spot, then look again: the real mistake is often just before it (a missing comma or quote on the previous line).',
    source: DOCS.grammar,
  },
  'policy.json.duplicateKey': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'A property name appears twice in one object',
    explanation:
      'The policy grammar says that an element must not contain the same key twice: two `Effect` blocks in one statement, two `Resource` blocks, or the same condition key twice under one operator. Many JSON readers silently keep the last one, so the first would be ignored without a word; AWS refuses the document instead. Merge the two values (most elements take an array) or remove one of them.',
    source: DOCS.grammar,
  },
  'policy.json.tooDeep': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'The document nests too deeply',
    explanation:
      'An IAM policy never needs more than about six levels of nesting (document, Statement array, statement, Condition, operator, key, values). Hatrack stops reading at 64 levels rather than risk running out of memory; a document that deep is almost always a runaway or unbalanced set of brackets.',
    source: DOCS.grammar,
  },
  'policy.json.notJson': {
    severity: 'error',
    title: 'The value cannot be written as JSON',
    explanation:
      'A policy given as an object (from YAML or code) must hold only what JSON can: objects, arrays, strings, finite numbers, `true`, `false` and `null`. `undefined`, `NaN`, bigints, dates, maps, functions and objects that contain themselves have no JSON form, so AWS could never receive them. Replace the value with a string or a number.',
    source: DOCS.grammar,
  },
  'policy.document.invalidCharacters': {
    severity: 'error',
    awsError: 'ValidationError',
    awsMessage:
      "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    title: 'The document holds a character AWS does not accept',
    explanation:
      'IAM accepts policy documents made of tab, line feed, carriage return and the characters from U+0020 to U+00FF (ASCII and Latin-1). Emoji, Chinese characters, typographic quotes pasted from a word processor (“ ” ‘ ’) and invisible characters such as a byte-order mark are refused before the policy is even read. Replace the character, or write it out of the policy (a tag value can hold it; the policy can test it with a wildcard).',
    source: DOCS.createPolicy,
  },
  'policy.document.tooLong': {
    severity: 'error',
    awsError: 'ValidationError',
    awsMessage:
      "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must have length less than or equal to 131072",
    title: 'The document is longer than the API accepts',
    explanation:
      'The IAM API refuses a policy document longer than 131,072 characters, white space included, before it counts anything against the (much smaller) size quotas. A document that long is mostly indentation: minify it.',
    source: DOCS.createPolicy,
  },
  'policy.document.notObject': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'The document is not a JSON object',
    explanation:
      'A policy is one JSON object with a `Statement` element, and usually a `Version`: `{"Version": "2012-10-17", "Statement": [ … ]}`. A bare array of statements, a string or a number is not a policy.',
    source: DOCS.grammar,
  },
  'policy.document.unknownElement': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: 'The document has an element AWS does not know',
    explanation:
      'At the top of a policy, AWS knows only `Version`, `Id` and `Statement`, spelled with that exact case. Anything else (a misspelling such as `Statements`, a lower-case `statement`, or a `Condition` placed outside any statement) makes AWS reject the document. Move the element into a statement, or fix its name.',
    source: DOCS.grammar,
  },
  'policy.version.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: '`Version` is not a policy language version',
    explanation:
      '`Version` names the version of the policy language, not of your policy: it is either `"2012-10-17"` (use this one) or the legacy `"2008-10-17"`, written as a string. A date of your own, such as the day you wrote the policy, is refused. AWS Organizations also requires `2012-10-17` in SCPs and RCPs.',
    source: DOCS.version,
  },
  'policy.version.missing': {
    severity: 'warning',
    title: 'AWS documents `Version` as required here',
    explanation:
      'The AWS Organizations guide says every SCP and RCP must include `"Version": "2012-10-17"`. Without a `Version`, IAM reads a policy with the legacy 2008-10-17 rules, in which policy variables such as `${aws:username}` are plain text. Add `"Version": "2012-10-17"` at the top.',
    source: DOCS.scpSyntax,
  },
  'policy.version.variablesLiteral': {
    severity: 'warning',
    title: 'Policy variables are plain text in this version',
    explanation:
      'Policy variables such as `${aws:username}` work only in documents with `"Version": "2012-10-17"`. Without a `Version`, or with `"2008-10-17"`, AWS treats `${aws:username}` as the literal characters `$`, `{`, `a`, …, so a resource like `arn:aws:s3:::bucket/${aws:username}/*` matches only a folder that is really named `${aws:username}`. Add `"Version": "2012-10-17"`.',
    source: DOCS.variables,
  },
  'policy.id.invalid': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    awsMessage: 'Syntax errors in policy.',
    title: '`Id` is not a string',
    explanation:
      'The optional `Id` element names the whole policy, and some services (Amazon SQS, Amazon SNS) use it in their own ways. Its value must be a string, such as `"Id": "cd3ad3d9-2776-4ef1-a904-4c229d1642ee"`; a number or an object is refused.',
    source: DOCS.id,
  },
  'policy.id.notAllowed': {
    severity: 'error',
    awsError: 'MalformedPolicyDocument',
    title: '`Id` is not allowed in this kind of policy',
    explanation:
      'The policy grammar says the `Id` block is optional in resource-based policies (bucket policies, trust policies) and must not be included in identity-based policies. Identity-based policies, permissions boundaries and session policies get their name from the API call that stores them, not from the document. Remove `Id`.',
    source: DOCS.grammar,
  },
  'policy.id.undocumented': {
    severity: 'warning',
    title: 'AWS Organizations does not document `Id` in this policy type',
    explanation:
      'The SCP and RCP syntax pages list `Version`, `Statement`, `Sid`, `Effect`, `Action`, `Resource`, `Condition` and their negated forms, but not `Id`. AWS may refuse the document, and the `Id` would have no effect anyway: the policy is named when you create it. Remove `Id`.',
    source: DOCS.scpSyntax,
  },
} as const satisfies Record<string, PolicyIssueCodeInfo>
