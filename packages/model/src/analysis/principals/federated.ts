/**
 * The identity providers a trust policy names in `Principal.Federated` (iam-facts §2, §10):
 * - an IAM OIDC provider, `arn:aws:iam::ACCT:oidc-provider/HOST` (`AssumeRoleWithWebIdentity`);
 *   STS reads a token with the provider of the role's own account, so such a provider serves the
 *   roles of its account only (`sts/web-identity/providers.ts`);
 * - an IAM SAML provider, `arn:aws:iam::ACCT:saml-provider/NAME` (`AssumeRoleWithSAML`);
 * - a provider STS knows by name: Amazon Cognito, Google, Login with Amazon, Facebook.
 * Anything else names no provider a token can present (a bare issuer host is a common slip),
 * and so can assume nothing; neither can an IAM provider that does not exist.
 */
import { parseArn } from '../../world/arn.ts'
import type { OidcProvider, SamlProvider, World } from '../../world/types.ts'
import type { AnalysedPrincipal } from './enumerate.ts'

/** What kind of provider a `Federated` entry names, and the provider when it exists. */
export type FederatedSource =
  | {
      readonly type: 'oidc'
      readonly entry: string
      readonly accountId: string
      readonly provider: OidcProvider | undefined
    }
  | {
      readonly type: 'saml'
      readonly entry: string
      readonly accountId: string
      readonly provider: SamlProvider | undefined
    }
  | { readonly type: 'wellKnown'; readonly entry: string; readonly providerId: string | undefined }
  | { readonly type: 'unknown'; readonly entry: string }

/** The providers STS knows by name; the OAuth 2.0 ones are named by `ProviderId`. */
const WELL_KNOWN: ReadonlyMap<string, string | undefined> = new Map([
  ['cognito-identity.amazonaws.com', undefined],
  ['accounts.google.com', undefined],
  ['www.amazon.com', 'www.amazon.com'],
  ['graph.facebook.com', 'graph.facebook.com'],
])

/** What `entry` names. */
export function federatedSource(world: World, entry: string): FederatedSource {
  const wellKnown = WELL_KNOWN.has(entry)
  if (wellKnown) return { type: 'wellKnown', entry, providerId: WELL_KNOWN.get(entry) }
  const arn = parseArn(entry)
  if (arn?.service === 'iam' && arn.resource.startsWith('oidc-provider/')) {
    const provider = world.accounts.get(arn.account)?.oidcProviders.get(entry)
    return { type: 'oidc', entry, accountId: arn.account, provider }
  }
  if (arn?.service === 'iam' && arn.resource.startsWith('saml-provider/')) {
    const provider = world.accounts.get(arn.account)?.samlProviders.get(entry)
    return { type: 'saml', entry, accountId: arn.account, provider }
  }
  return { type: 'unknown', entry }
}

/** The principal for a `Federated` entry. */
export function federatedPrincipal(world: World, entry: string): AnalysedPrincipal {
  const source = federatedSource(world, entry)
  const saml = source.type === 'saml'
  const action = saml ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity'
  const accountId = source.type === 'oidc' || source.type === 'saml' ? source.accountId : undefined
  const kind = saml ? 'SAML' : source.type === 'unknown' ? 'unknown provider' : 'OIDC'
  return {
    node: {
      id: entry,
      kind: 'federated',
      label: `${labelOf(source)} (${kind}${accountId === undefined ? '' : `, ${accountId}`})`,
      accountId,
      action,
      ...(cannotAssume(source) ?? {}),
    },
    source: { kind: 'federated', provider: source },
  }
}

function labelOf(source: FederatedSource): string {
  if (source.type === 'oidc') return source.entry.slice(source.entry.indexOf('oidc-provider/') + 14)
  if (source.type === 'saml') return source.entry.slice(source.entry.indexOf('saml-provider/') + 14)
  return source.entry
}

function cannotAssume(
  source: FederatedSource,
): Pick<AnalysedPrincipal['node'], 'cannotAssume'> | undefined {
  switch (source.type) {
    case 'wellKnown':
      return undefined
    case 'oidc':
      if (source.provider === undefined)
        return {
          cannotAssume: {
            code: 'InvalidIdentityToken',
            message: `No OpenIDConnect provider found in your account for https://${labelOf(source)}`,
          },
        }
      return source.provider.clientIds.length === 0
        ? { cannotAssume: { code: 'InvalidIdentityToken', message: 'Incorrect token audience' } }
        : undefined
    case 'saml':
      return source.provider === undefined
        ? {
            cannotAssume: {
              code: 'InvalidIdentityToken',
              message: "Specified provider doesn't exist.",
            },
          }
        : undefined
    case 'unknown':
      return {
        cannotAssume: {
          code: 'AccessDenied',
          message: `\`${source.entry}\` is neither an IAM identity provider's ARN nor a provider STS knows by name: no token or assertion presents it.`,
        },
      }
  }
}
