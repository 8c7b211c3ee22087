/**
 * `Condition` blocks from a small set of keys and operators, with values from the same domain
 * as the generated request contexts ({@link CONTEXT_DOMAIN}), so they sometimes hold.
 */
import fc from 'fast-check'
import type { StatementJson } from './world.ts'
import { CONTEXT_DOMAIN } from './context.ts'
import { ACCOUNTS } from './vocabulary.ts'

type Clause = readonly [operator: string, key: string, values: readonly string[]]
type ConditionJson = NonNullable<StatementJson['Condition']>

const values = (domain: readonly string[]): fc.Arbitrary<string[]> =>
  fc.uniqueArray(fc.constantFrom(...domain), { minLength: 1, maxLength: 2 })

const clause = (
  operators: readonly string[],
  key: string,
  domain: readonly string[],
): fc.Arbitrary<Clause> => fc.tuple(fc.constantFrom(...operators), fc.constant(key), values(domain))

const PRINCIPAL_ARN_PATTERNS = [
  `arn:aws:iam::${ACCOUNTS[0]}:*`,
  'arn:aws:iam::*:role/Deployer',
  `arn:aws:iam::${ACCOUNTS[1]}:user/alice`,
  'arn:aws:iam::*:user/*',
  `arn:aws:sts::${ACCOUNTS[0]}:federated-user/*`,
]

/** One (operator, key, values) clause. */
export const clauseArbitrary: fc.Arbitrary<Clause> = fc.oneof(
  clause(
    ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringLike'],
    'aws:PrincipalTag/team',
    [...CONTEXT_DOMAIN.team, 'r*'],
  ),
  clause(['Null'], 'aws:PrincipalTag/team', ['true', 'false']),
  clause(['Bool', 'BoolIfExists'], 'aws:MultiFactorAuthPresent', CONTEXT_DOMAIN.mfa),
  clause(['NumericLessThan', 'NumericGreaterThanEquals'], 'aws:MultiFactorAuthAge', ['3600']),
  clause(['IpAddress', 'NotIpAddress'], 'aws:SourceIp', ['10.0.0.0/8', '192.0.2.0/24']),
  clause(['ArnLike', 'ArnNotLike', 'ArnEquals'], 'aws:PrincipalArn', PRINCIPAL_ARN_PATTERNS),
  clause(['StringEquals', 'StringNotEquals'], 'aws:PrincipalAccount', [ACCOUNTS[0], ACCOUNTS[1]]),
  clause(['StringEquals', 'StringEqualsIfExists'], 'sts:ExternalId', CONTEXT_DOMAIN.externalId),
  clause(['StringLike'], 'aws:username', ['al*', 'bob']),
  clause(['Bool'], 'aws:PrincipalIsAWSService', ['true', 'false']),
  clause(['Bool', 'BoolIfExists'], 'aws:SecureTransport', ['true', 'false']),
  clause(
    ['StringNotEqualsIfExists', 'StringNotLike', 'StringNotEqualsIgnoreCase'],
    'aws:PrincipalTag/team',
    [...CONTEXT_DOMAIN.team, 'b*'],
  ),
  clause(['ArnNotLikeIfExists', 'ArnLikeIfExists'], 'aws:PrincipalArn', PRINCIPAL_ARN_PATTERNS),
  clause(['DateGreaterThan', 'DateLessThanEquals'], 'aws:CurrentTime', [
    '2026-01-01T00:00:00Z',
    '1767225600',
  ]),
  clause(['NumericLessThanIfExists'], 'aws:MultiFactorAuthAge', ['3600', '60']),
  // Multivalued keys and the set operators (iam-facts §4): a missing or empty set makes
  // `ForAllValues` true and `ForAnyValue` false.
  clause(
    [
      'ForAnyValue:StringEquals',
      'ForAllValues:StringEquals',
      'ForAllValues:StringLike',
      'ForAnyValue:StringNotLike',
    ],
    'aws:TagKeys',
    ['team', 'env', 'te*'],
  ),
  clause(['Null'], 'aws:TagKeys', ['true', 'false']),
  // Policy variables in condition values, with and without a default (iam-facts §5).
  clause(['StringLike', 'StringNotLike', 'ArnLike'], 'aws:PrincipalArn', [
    'arn:aws:iam::*:user/${aws:username}',
    'arn:aws:iam::*:user/*/${aws:username}',
  ]),
  clause(['StringEquals', 'StringNotEqualsIfExists'], 'aws:PrincipalTag/team', [
    '${aws:username}',
    "${aws:PrincipalTag/team, 'red'}",
    '${sts:ExternalId}',
  ]),
)

/** A `Condition` block of one or two clauses (a repeated operator and key keeps the first). */
export const conditionArbitrary: fc.Arbitrary<ConditionJson> = fc
  .array(clauseArbitrary, { minLength: 1, maxLength: 2 })
  .map((clauses) => {
    const block: Record<string, Record<string, readonly string[]>> = {}
    for (const [operator, key, vals] of clauses) {
      const byKey = (block[operator] ??= {})
      byKey[key] ??= vals
    }
    return block
  })
