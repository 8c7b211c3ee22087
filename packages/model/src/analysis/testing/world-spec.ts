/**
 * Small worlds for the analysis's property tests, as plain data (`WorldSpec`) drawn by fast-check
 * and built with the model's own operations. The vocabulary is the analysis's subject: users and
 * roles in two accounts (a third manages the organization), trust policies naming users, roles,
 * role sessions, accounts (one outside the world), everyone, services and providers, with MFA,
 * external-id, source-IP, tag, source-identity, session-name, organization and provider-claim
 * conditions; identity policies, denies, boundaries, SCPs; a user deleted and re-created.
 * Test support only.
 */
import fc from 'fast-check'

/** The accounts: two in the world, one managing the organization, one outside the world. */
export const SPEC_ACCOUNTS = ['111111111111', '222222222222', '333333333333'] as const
export const OUTSIDE = '999999999999'
export const GITHUB = 'token.actions.githubusercontent.com'

/** Who a trust statement names. */
export type PrincipalChoice =
  | { readonly kind: 'user' | 'role' | 'session'; readonly index: number }
  | { readonly kind: 'account' | 'root'; readonly account: number }
  | { readonly kind: 'outside' | 'everyone' | 'oidc' | 'saml' }
  | { readonly kind: 'service'; readonly service: 'ec2.amazonaws.com' | 'lambda.amazonaws.com' }

/** A condition clause, by name (see `conditionOf` in `build-spec.ts`). */
export type ConditionChoice =
  | 'mfa'
  | 'noMfaDeny'
  | 'externalId'
  | 'sourceIp'
  | 'notSourceIp'
  | 'requestTag'
  | 'sourceIdentity'
  | 'orgId'
  | 'principalTag'
  | 'githubSub'
  | 'githubAud'
  | 'samlAud'
  | 'sourceAccount'
  | 'sessionNameIsUser'

export interface TrustStatementSpec {
  readonly effect: 'Allow' | 'Deny'
  readonly principal: PrincipalChoice
  readonly actions: readonly string[]
  readonly conditions: readonly ConditionChoice[]
}

export interface IdentityStatementSpec {
  readonly effect: 'Allow' | 'Deny'
  readonly actions: readonly string[]
  /** `*`, the roles of one account, or one role by index. */
  readonly resource: '*' | { readonly account: number } | { readonly role: number }
  readonly conditions: readonly ConditionChoice[]
}

export interface UserSpec {
  readonly account: number
  /** A member of its account's group `team` (whose policy is `WorldSpec.groupPolicy`). */
  readonly group: boolean
  readonly mfaDevice: boolean
  readonly team: 'blue' | 'red' | undefined
  readonly policy: readonly IdentityStatementSpec[]
  readonly boundary: 'none' | 'assumeOnly' | 's3Only'
}

export interface RoleSpec {
  readonly account: number
  readonly trust: readonly TrustStatementSpec[]
  readonly policy: readonly IdentityStatementSpec[]
}

export interface WorldSpec {
  readonly seed: number
  /** The policy of group `team` in each account. */
  readonly groupPolicy: readonly IdentityStatementSpec[]
  readonly organization: boolean
  /** An SCP on the first account: none, a deny of `sts:AssumeRole`, or one on role `r0` only. */
  readonly scp: 'none' | 'denyAssume' | 'denyR0'
  /** An RCP on the first account: none, or the identity perimeter (deny callers outside the organization). */
  readonly rcp: 'none' | 'perimeter'
  readonly users: readonly UserSpec[]
  readonly roles: readonly RoleSpec[]
  /** Delete and re-create user `u0` after the trust policies are written. */
  readonly recreateUser: boolean
}

const account = fc.integer({ min: 0, max: 1 })
const index = fc.integer({ min: 0, max: 4 })

const principal: fc.Arbitrary<PrincipalChoice> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constantFrom('user', 'role', 'session' as const), index }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ kind: fc.constantFrom('account', 'root' as const), account }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ kind: fc.constantFrom('outside', 'everyone', 'oidc', 'saml' as const) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('service' as const),
      service: fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com' as const),
    }),
    weight: 1,
  },
)

const condition: fc.Arbitrary<ConditionChoice> = fc.constantFrom(
  'mfa',
  'noMfaDeny',
  'externalId',
  'sourceIp',
  'notSourceIp',
  'requestTag',
  'sourceIdentity',
  'orgId',
  'principalTag',
  'githubSub',
  'githubAud',
  'samlAud',
  'sourceAccount',
  'sessionNameIsUser',
)
const conditions = fc.oneof(
  { arbitrary: fc.constant([] as ConditionChoice[]), weight: 3 },
  { arbitrary: fc.uniqueArray(condition, { maxLength: 2 }), weight: 2 },
)

const trustActions = fc.constantFrom(
  ['sts:AssumeRole'],
  ['sts:AssumeRole'],
  ['sts:AssumeRole', 'sts:TagSession'],
  ['sts:AssumeRole', 'sts:SetSourceIdentity'],
  ['sts:*'],
  ['sts:AssumeRoleWithWebIdentity'],
  ['sts:AssumeRoleWithSAML'],
)

/** Conditions a trust statement for this principal would likely carry, and some of any kind. */
function conditionsFor(choice: PrincipalChoice): fc.Arbitrary<readonly ConditionChoice[]> {
  const likely: readonly ConditionChoice[] =
    choice.kind === 'oidc'
      ? ['githubSub', 'githubAud']
      : choice.kind === 'saml'
        ? ['samlAud']
        : choice.kind === 'service'
          ? ['sourceAccount']
          : []
  if (likely.length === 0) return conditions
  return fc.oneof(conditions, fc.subarray([...likely], { minLength: 1 }))
}

/** The actions a trust statement for this principal would likely allow, and any of them. */
function actionsFor(choice: PrincipalChoice): fc.Arbitrary<readonly string[]> {
  if (choice.kind === 'oidc')
    return fc.oneof(fc.constant(['sts:AssumeRoleWithWebIdentity']), trustActions)
  if (choice.kind === 'saml') return fc.oneof(fc.constant(['sts:AssumeRoleWithSAML']), trustActions)
  return trustActions
}

const trustStatement: fc.Arbitrary<TrustStatementSpec> = principal.chain((choice) =>
  fc.record({
    effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny' as const),
    principal: fc.constant(choice),
    actions: actionsFor(choice),
    conditions: conditionsFor(choice),
  }),
)

const identityStatement: fc.Arbitrary<IdentityStatementSpec> = fc.record({
  effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny' as const),
  actions: fc.constantFrom(
    ['sts:AssumeRole'],
    ['sts:AssumeRole', 'sts:TagSession'],
    ['sts:*'],
    ['*'],
    ['s3:*'],
  ),
  resource: fc.oneof(fc.constant('*' as const), fc.record({ account }), fc.record({ role: index })),
  conditions,
})

/** A small world to analyse. */
export const worldSpec: fc.Arbitrary<WorldSpec> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  groupPolicy: fc.array(identityStatement, { maxLength: 2 }),
  organization: fc.boolean(),
  scp: fc.constantFrom('none', 'none', 'denyAssume', 'denyR0' as const),
  rcp: fc.constantFrom('none', 'none', 'perimeter' as const),
  users: fc.array(
    fc.record({
      account,
      group: fc.boolean(),
      mfaDevice: fc.boolean(),
      team: fc.constantFrom('blue', 'red', undefined),
      policy: fc.oneof(fc.constant([]), fc.array(identityStatement, { maxLength: 2 })),
      boundary: fc.constantFrom('none', 'none', 'assumeOnly', 's3Only' as const),
    }),
    { maxLength: 4 },
  ),
  roles: fc.array(
    fc.record({
      account,
      trust: fc.array(trustStatement, { minLength: 1, maxLength: 3 }),
      policy: fc.array(identityStatement, { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  recreateUser: fc.boolean(),
})
