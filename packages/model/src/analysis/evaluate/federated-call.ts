/**
 * The token or assertion a federated principal presents, from the claims the analysis asks for
 * (`AssumeConditions.claims`, keyed by condition key), and what STS reads from it: the provider
 * STS resolves and the condition keys of the trust evaluation. The token and the assertion are
 * built the same way for the analysis and for replaying an edge through the model's
 * `assumeRoleWithWebIdentity` and `assumeRoleWithSAML`, so both see the same keys.
 */
import type { ContextValue } from '@hatrack/policy'
import type { AwsError } from '../../operations/types.ts'
import { samlAttributes, samlKeys, type SamlAssertion } from '../../sts/saml/assertion.ts'
import { tokenProvider } from '../../sts/web-identity/providers.ts'
import type { WebIdentityToken } from '../../sts/web-identity/token.ts'
import type { World } from '../../world/types.ts'
import {
  DEFAULT_AUDIENCE,
  DEFAULT_SAML_ISSUER,
  DEFAULT_SAML_RECIPIENT,
  DEFAULT_SUBJECT,
  SAML_PERSISTENT,
} from '../defaults.ts'
import type { FederatedSource } from '../principals/federated.ts'
import type { AssumeConditions } from '../types.ts'

/** The claim suffixes a web identity token can carry (`<provider>:<suffix>`). */
export const TOKEN_CLAIMS = ['aud', 'sub', 'amr', 'oaud', 'app_id', 'user_id', 'id'] as const
/** The `saml:` keys an assertion sets from its parts. */
export const ASSERTION_CLAIMS = ['saml:aud', 'saml:sub', 'saml:iss', 'saml:sub_type'] as const

/** The condition-key prefix of a provider's claims: `token.actions.githubusercontent.com:`. */
export function claimPrefix(source: FederatedSource): string {
  if (source.type === 'saml') return 'saml:'
  if (source.type === 'oidc') return `${source.provider?.url ?? ''}:`
  return `${source.entry}:`
}

function claimOf(conditions: AssumeConditions, key: string): ContextValue | undefined {
  const claims = conditions.claims
  if (claims === undefined) return undefined
  const lower = key.toLowerCase()
  for (const [name, value] of Object.entries(claims)) if (name.toLowerCase() === lower) return value
  return undefined
}

const single = (value: ContextValue | undefined): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : value[0]

/** The web identity token for an OIDC or well-known provider. */
export function webIdentityToken(
  source: FederatedSource,
  conditions: AssumeConditions,
): WebIdentityToken {
  const prefix = claimPrefix(source)
  const claim = (suffix: string) => single(claimOf(conditions, prefix + suffix))
  const defaultAudience =
    source.type === 'oidc' ? (source.provider?.clientIds[0] ?? DEFAULT_AUDIENCE) : DEFAULT_AUDIENCE
  const host = source.type === 'oidc' ? (source.provider?.url ?? '') : source.entry
  const amr = claimOf(conditions, `${prefix}amr`)
  const google = source.type === 'wellKnown' && source.entry === 'accounts.google.com'
  const audience = google
    ? (claim('oaud') ?? claim('aud') ?? defaultAudience)
    : (claim('aud') ?? claim('app_id') ?? defaultAudience)
  const azp = google ? claim('aud') : undefined
  return {
    iss: `https://${host}`,
    aud: audience,
    sub: claim('sub') ?? claim('user_id') ?? claim('id') ?? DEFAULT_SUBJECT,
    ...(amr === undefined ? {} : { amr: typeof amr === 'string' ? [amr] : [...amr] }),
    ...(azp !== undefined && azp !== audience ? { azp } : {}),
  }
}

/** The SAML assertion for `roleArn` through a SAML provider. */
export function samlAssertion(
  providerArn: string,
  roleArn: string,
  sessionName: string,
  conditions: AssumeConditions,
): SamlAssertion {
  const claim = (key: string) => single(claimOf(conditions, key))
  const subType = claim('saml:sub_type')
  return {
    issuer: claim('saml:iss') ?? DEFAULT_SAML_ISSUER,
    recipient: claim('saml:aud') ?? DEFAULT_SAML_RECIPIENT,
    subject: claim('saml:sub') ?? DEFAULT_SUBJECT,
    subjectFormat:
      subType === undefined
        ? SAML_PERSISTENT
        : subType === 'persistent' || subType === 'transient'
          ? `urn:oasis:names:tc:SAML:2.0:nameid-format:${subType}`
          : subType,
    attributes: {
      [samlAttributes.role]: [`${roleArn},${providerArn}`],
      [samlAttributes.roleSessionName]: [sessionName],
    },
  }
}

/** What STS reads from a federated call: the provider it names, and its keys. */
export type FederatedRead =
  | {
      readonly ok: true
      readonly providerPrincipal: string
      readonly keys: Readonly<Record<string, ContextValue>>
    }
  | { readonly ok: false; readonly error: AwsError }

/** Reads the token or assertion as STS does for a role of `roleAccount`. */
export function readFederated(
  world: World,
  source: FederatedSource,
  roleArn: string,
  roleAccount: string,
  sessionName: string,
  conditions: AssumeConditions,
): FederatedRead {
  if (source.type === 'saml') {
    const provider = source.provider
    if (provider === undefined)
      return { ok: false, error: invalidToken("Specified provider doesn't exist.") }
    const assertion = samlAssertion(provider.arn, roleArn, sessionName, conditions)
    return {
      ok: true,
      providerPrincipal: provider.arn,
      keys: samlKeys(assertion, source.accountId, provider.name),
    }
  }
  if (source.type === 'unknown')
    return { ok: false, error: invalidToken(`No OpenIDConnect provider found for ${source.entry}`) }
  const token = webIdentityToken(source, conditions)
  const providerId = source.type === 'wellKnown' ? source.providerId : undefined
  const read = tokenProvider(world, roleAccount, token, providerId)
  if (!read.ok) return read
  if (read.provider.principal !== source.entry) {
    return {
      ok: false,
      error: {
        code: 'AccessDenied',
        message: `Not authorized to perform sts:AssumeRoleWithWebIdentity: STS reads tokens from \`${token.iss ?? ''}\` for this role with \`${read.provider.principal}\`, the provider of the role's account, not \`${source.entry}\`.`,
        httpStatus: 403,
      },
    }
  }
  return { ok: true, providerPrincipal: read.provider.principal, keys: read.provider.keys }
}

function invalidToken(message: string): AwsError {
  return { code: 'InvalidIdentityToken', message, httpStatus: 400 }
}
