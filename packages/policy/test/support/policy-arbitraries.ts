/**
 * Test support (not part of the public API): generated policy documents, well formed or not —
 * statements whose elements hold words IAM knows, near misses (`allow`, `StringEqual`,
 * `GetObject`) and stray JSON values — for the parser's property tests.
 */
import fc from 'fast-check'

/** Small JSON values, for the elements that should not hold them. */
const junk = fc.jsonValue({ maxDepth: 2 })
const words = fc.constantFrom(
  '*',
  's3:GetObject',
  's3:*',
  'GetObject',
  '*:Get*',
  'sts:AssumeRole',
  'sts:TagSession',
  'ec2:RunInstances',
  'arn:aws:s3:::bucket/*',
  'arn:aws:iam::123456789012:root',
  'arn:aws:iam::*:root',
  'arn:aws:iam::123456789012:role/${aws:username}',
  'my-bucket',
  '123456789012',
  'ec2.amazonaws.com',
  'Allow',
  'Deny',
  'allow',
  '2012-10-17',
  '2008-10-17',
  '${aws:username}',
  'true',
  '10',
  '203.0.113.0/24',
  '',
)
const stringOrList = fc.oneof(words, fc.array(words, { maxLength: 3 }))
const principal = fc.oneof(
  fc.constant('*'),
  fc.dictionary(
    fc.constantFrom('AWS', 'Service', 'Federated', 'CanonicalUser', 'aws'),
    stringOrList,
    { maxKeys: 3 },
  ),
)
const condition = fc.dictionary(
  fc.constantFrom(
    'StringEquals',
    'StringLike',
    'NumericLessThan',
    'DateGreaterThan',
    'Bool',
    'IpAddress',
    'ArnLike',
    'Null',
    'NullIfExists',
    'ForAllValues:StringLike',
    'StringEqual',
  ),
  fc.dictionary(
    fc.constantFrom(
      'aws:username',
      'aws:SourceIp',
      'aws:CurrentTime',
      's3:prefix',
      'SourceIp',
      'aws:TagKeys',
    ),
    fc.oneof(stringOrList, junk),
    { maxKeys: 2 },
  ),
  { maxKeys: 3 },
)
export const statementArb = fc.record(
  {
    Sid: fc.oneof(fc.constantFrom('Read', 'read-only', 'A1'), junk),
    Effect: fc.oneof(words, junk),
    Principal: principal,
    NotPrincipal: principal,
    Action: stringOrList,
    NotAction: stringOrList,
    Resource: stringOrList,
    NotResource: stringOrList,
    Condition: fc.oneof(condition, junk),
    Bogus: junk,
  },
  { requiredKeys: [] },
)
export const policyArb = fc.record(
  {
    Version: fc.oneof(words, junk),
    Id: fc.oneof(fc.constant('MyPolicy'), junk),
    Statement: fc.oneof(statementArb, fc.array(statementArb, { maxLength: 3 }), junk),
  },
  { requiredKeys: [] },
)
