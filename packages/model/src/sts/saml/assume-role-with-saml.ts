/**
 * `AssumeRoleWithSAML` (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html;
 * iam-facts §10): unsigned — the caller's credentials play no part. In order:
 * 1. the parameters' shapes (`ValidationError`);
 * 2. `PrincipalArn` must be a SAML provider in IAM (`Specified provider doesn't exist.`; the
 *    error code is not documented, we use `InvalidIdentityToken`);
 * 3. the assertion must still be valid (`NotOnOrAfter`; `ExpiredTokenException`, wording ours);
 * 4. the `Role` attribute must pair this role with this provider, and a `Subject` is required
 *    (else `AccessDenied` `Not authorized to perform sts:AssumeRoleWithSAML`);
 * 5. `RoleSessionName` is required and must match `[a-zA-Z_0-9+=,.@-]{2,64}`, a
 *    `SourceIdentity` attribute too, and not begin with `aws:` (`InvalidIdentityToken`);
 * 6. `PrincipalTag:*` and `TransitiveTagKeys` attributes become session tags;
 * 7. the trust policy decides with the `saml:*` keys; the session lasts `DurationSeconds`
 *    (≤ the role's maximum) or until `SessionNotOnOrAfter`, whichever is shorter.
 * Messages of steps 4–5 are AWS's (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html).
 */
import type { ContextRecord } from '@hatrack/policy'
import type { AwsError, Caller, Outcome } from '../../operations/types.ts'
import { accessDenied } from '../../request/errors.ts'
import { parseArn } from '../../world/arn.ts'
import type { Tag, World } from '../../world/types.ts'
import { federatedAssume } from '../federated-assume.ts'
import { federatedSourceIdentityError } from '../federated-source-identity.ts'
import type { AssumeRoleOutput } from '../types.ts'
import {
  arnType,
  policyArnListType,
  roleDurationSecondsType,
  sessionPolicyDocumentType,
} from '../validation/shapes.ts'
import { tagViolations } from '../validation/tags.ts'
import { memberViolations, validationError, violations } from '../validation/violations.ts'
import {
  persistentSamlKeys,
  samlAttributes,
  samlKeys,
  subjectType,
  type SamlAssertion,
} from './assertion.ts'

/** The parameters of `AssumeRoleWithSAML`; the assertion is given as data. */
export interface AssumeRoleWithSamlInput {
  readonly roleArn: string
  /** The SAML provider's ARN in IAM. */
  readonly principalArn: string
  readonly samlAssertion: SamlAssertion
  readonly policy?: string
  readonly policyArns?: readonly string[]
  readonly durationSeconds?: number
  readonly context?: ContextRecord
}

/** What `AssumeRoleWithSAML` returns beyond the common output. */
export interface AssumeRoleWithSamlOutput extends AssumeRoleOutput {
  readonly subject: string
  readonly subjectType: string
  readonly issuer: string
  /** The assertion's `Recipient`. */
  readonly audience: string
  readonly nameQualifier: string
}

const SESSION_NAME = /^[a-zA-Z_0-9+=,.@-]{2,64}$/
const NOT_AUTHORIZED = 'Not authorized to perform sts:AssumeRoleWithSAML'

function invalidToken(message: string): AwsError {
  return { code: 'InvalidIdentityToken', message, httpStatus: 400 }
}

/** Exchanges a SAML assertion for a role session. `_caller` is ignored: the call is unsigned. */
export function assumeRoleWithSAML(
  world: World,
  _caller: Caller,
  input: AssumeRoleWithSamlInput,
): Outcome<AssumeRoleWithSamlOutput> {
  const fail = (error: AwsError): Outcome<AssumeRoleWithSamlOutput> => ({
    status: 'error',
    error,
    decisions: [],
  })
  const arns = input.policyArns ?? []
  const invalid = validationError([
    ...violations([
      { member: 'roleArn', value: input.roleArn, shape: arnType, required: true },
      { member: 'principalArn', value: input.principalArn, shape: arnType, required: true },
      ...(input.policyArns === undefined
        ? []
        : [{ member: 'policyArns', value: arns, shape: policyArnListType }]),
    ]),
    ...arns.flatMap((arn, index) =>
      memberViolations({
        member: `policyArns.${index + 1}.member.arn`,
        value: arn,
        shape: arnType,
      }),
    ),
    ...violations([
      { member: 'policy', value: input.policy, shape: sessionPolicyDocumentType },
      { member: 'durationSeconds', value: input.durationSeconds, shape: roleDurationSecondsType },
    ]),
  ])
  if (invalid) return fail(invalid)

  const providerAccount = parseArn(input.principalArn)?.account ?? ''
  const provider = world.accounts.get(providerAccount)?.samlProviders.get(input.principalArn)
  if (provider === undefined) return fail(invalidToken("Specified provider doesn't exist."))
  const assertion = input.samlAssertion
  if (assertion.notOnOrAfter !== undefined && assertion.notOnOrAfter <= world.now) {
    return fail({
      code: 'ExpiredTokenException',
      message: 'The SAML assertion has expired.',
      httpStatus: 400,
    })
  }
  const attribute = (name: string): readonly string[] | undefined => assertion.attributes[name]
  const pairs = (attribute(samlAttributes.role) ?? []).map((value) =>
    value.split(',').map((part) => part.trim()),
  )
  const paired = pairs.some(
    (pair) => pair.includes(input.roleArn) && pair.includes(input.principalArn),
  )
  if (!paired || assertion.subject === undefined) return fail(accessDenied(NOT_AUTHORIZED))

  const sessionName = attribute(samlAttributes.roleSessionName)?.[0]
  if (sessionName === undefined)
    return fail(invalidToken('RoleSessionName is required in AuthnResponse'))
  if (!SESSION_NAME.test(sessionName))
    return fail(
      invalidToken('RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}'),
    )
  const sourceIdentity = attribute(samlAttributes.sourceIdentity)?.[0]
  const sourceError = federatedSourceIdentityError(sourceIdentity)
  if (sourceError) return fail(sourceError)

  const tags: Tag[] = Object.entries(assertion.attributes)
    .filter(([name]) => name.startsWith(samlAttributes.principalTagPrefix))
    .map(([name, values]) => ({
      key: name.slice(samlAttributes.principalTagPrefix.length),
      value: values[0] ?? '',
    }))
  const transitiveTagKeys = attribute(samlAttributes.transitiveTagKeys) ?? []
  const tagsInvalid = validationError(tagViolations(tags, transitiveTagKeys))
  if (tagsInvalid) return fail(tagsInvalid)

  const keys = samlKeys(assertion, providerAccount, provider.name)
  const outcome = federatedAssume(world, {
    action: 'sts:AssumeRoleWithSAML',
    roleArn: input.roleArn,
    roleSessionName: sessionName,
    providerPrincipal: provider.arn,
    // Our reading (unconfirmed): the SAML provider's ARN.
    federatedProvider: provider.arn,
    providerKeys: keys,
    persistentKeys: persistentSamlKeys(keys),
    tags,
    transitiveTagKeys,
    sourceIdentity,
    policy: input.policy,
    policyArns: arns,
    durationSeconds: input.durationSeconds,
    ...(assertion.sessionNotOnOrAfter === undefined
      ? {}
      : { endsAt: assertion.sessionNotOnOrAfter }),
    ...(input.context ? { context: input.context } : {}),
  })
  if (outcome.status === 'error') return outcome
  return {
    ...outcome,
    value: {
      ...outcome.value,
      subject: assertion.subject,
      subjectType: subjectType(assertion.subjectFormat),
      issuer: assertion.issuer,
      audience: assertion.recipient,
      nameQualifier: String(keys['saml:namequalifier']),
    },
  }
}
