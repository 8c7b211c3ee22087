/**
 * `AssumeRoleWithWebIdentity`
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html;
 * iam-facts §10): unsigned — the caller's credentials play no part. In order: the parameters'
 * shapes (`ValidationError`); the token's expiry (`ExpiredTokenException`); its issuer and
 * audience (`InvalidIdentityToken`, see `providers.ts`); the source identity claim
 * (`https://aws.amazon.com/source_identity`) and the session tags claim
 * (`https://aws.amazon.com/tags`); then authorization by the trust policy with the provider's
 * keys, the duration (≤ the role's maximum) and the packed size.
 */
import type { ContextRecord } from '@hatrack/policy'
import type { Caller, Outcome } from '../../operations/types.ts'
import type { Tag, World } from '../../world/types.ts'
import { federatedAssume } from '../federated-assume.ts'
import { federatedSourceIdentityError } from '../federated-source-identity.ts'
import type { AssumeRoleOutput } from '../types.ts'
import {
  arnType,
  policyArnListType,
  roleDurationSecondsType,
  roleSessionNameType,
  sessionPolicyDocumentType,
  urlType,
} from '../validation/shapes.ts'
import { tagViolations } from '../validation/tags.ts'
import { memberViolations, validationError, violations } from '../validation/violations.ts'
import { tokenProvider } from './providers.ts'
import type { WebIdentityToken } from './token.ts'

/** The parameters of `AssumeRoleWithWebIdentity`; the token is given as its claims. */
export interface AssumeRoleWithWebIdentityInput {
  readonly roleArn: string
  readonly roleSessionName: string
  readonly webIdentityToken: WebIdentityToken
  /** `www.amazon.com` or `graph.facebook.com` for OAuth 2.0 access tokens; omitted for OIDC. */
  readonly providerId?: string
  readonly policy?: string
  readonly policyArns?: readonly string[]
  readonly durationSeconds?: number
  readonly context?: ContextRecord
}

/** What `AssumeRoleWithWebIdentity` returns beyond the common output. */
export interface AssumeRoleWithWebIdentityOutput extends AssumeRoleOutput {
  /** The token's `sub`. */
  readonly subjectFromWebIdentityToken: string
  /** The token's issuer, or `ProviderId`. */
  readonly provider: string
  readonly audience: string
}

/** Exchanges a web identity token for a role session. `_caller` is ignored: the call is unsigned. */
export function assumeRoleWithWebIdentity(
  world: World,
  _caller: Caller,
  input: AssumeRoleWithWebIdentityInput,
): Outcome<AssumeRoleWithWebIdentityOutput> {
  const arns = input.policyArns ?? []
  const invalid = validationError([
    ...violations([
      { member: 'roleArn', value: input.roleArn, shape: arnType, required: true },
      {
        member: 'roleSessionName',
        value: input.roleSessionName,
        shape: roleSessionNameType,
        required: true,
      },
      { member: 'providerId', value: input.providerId, shape: urlType },
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
  if (invalid) return { status: 'error', error: invalid, decisions: [] }

  const token = input.webIdentityToken
  if (token.exp !== undefined && token.exp * 1000 <= world.now) {
    return {
      status: 'error',
      decisions: [],
      error: {
        code: 'ExpiredTokenException',
        // Wording after AWS's (unconfirmed): both times in epoch seconds.
        message: `Token expired: current date/time ${Math.floor(world.now / 1000)} must be before the expiration date/time ${token.exp}`,
        httpStatus: 400,
      },
    }
  }
  const roleAccount = input.roleArn.split(':')[4] ?? ''
  const found = tokenProvider(world, roleAccount, token, input.providerId)
  if (!found.ok) return { status: 'error', error: found.error, decisions: [] }
  const provider = found.provider

  const sourceIdentity = token['https://aws.amazon.com/source_identity']
  const sourceError = federatedSourceIdentityError(sourceIdentity)
  if (sourceError) return { status: 'error', error: sourceError, decisions: [] }
  const claim = token['https://aws.amazon.com/tags']
  const tags: Tag[] = Object.entries(claim?.principal_tags ?? {}).map(([key, values]) => ({
    key,
    value: values[0] ?? '',
  }))
  const transitiveTagKeys = claim?.transitive_tag_keys ?? []
  const tagsInvalid = validationError(tagViolations(tags, transitiveTagKeys))
  if (tagsInvalid) return { status: 'error', error: tagsInvalid, decisions: [] }

  const outcome = federatedAssume(world, {
    action: 'sts:AssumeRoleWithWebIdentity',
    roleArn: input.roleArn,
    roleSessionName: input.roleSessionName,
    providerPrincipal: provider.principal,
    federatedProvider: provider.federatedProvider,
    providerKeys: provider.keys,
    persistentKeys: provider.persistent,
    tags,
    transitiveTagKeys,
    sourceIdentity,
    policy: input.policy,
    policyArns: arns,
    durationSeconds: input.durationSeconds,
    ...(input.context ? { context: input.context } : {}),
  })
  if (outcome.status === 'error') return outcome
  return {
    ...outcome,
    value: {
      ...outcome.value,
      subjectFromWebIdentityToken: token.sub,
      provider: provider.provider,
      audience: provider.audience,
    },
  }
}
