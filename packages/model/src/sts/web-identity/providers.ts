/**
 * Which identity provider issued a web identity token, and the condition keys it brings to the
 * trust evaluation (iam-facts §6, §10;
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif):
 * - the well-known providers need no IAM provider: Amazon Cognito identity pools
 *   (`cognito-identity.amazonaws.com:aud|sub|amr`), Google (`accounts.google.com:aud|oaud|sub`,
 *   `aud` being `azp` when the token sets it), and, with `ProviderId`, Login with Amazon
 *   (`www.amazon.com:app_id|user_id`) and Facebook (`graph.facebook.com:app_id|id`);
 * - any other issuer must be an IAM OIDC provider of the role's account, and the audience one
 *   of its client ids: `InvalidIdentityToken` `No OpenIDConnect provider found in your account
 *   for https://…` or `Incorrect token audience` otherwise ([GH:awslabs/amazon-eks-irsa-cfn#18]).
 *   Its keys are `<host/path>:aud`, `:sub` and `:amr` when the token has one.
 * After the call only the `amr`, `aud`, `id` (`app_id`, `id`, `user_id`) and `sub` keys remain.
 *
 * `aws:FederatedProvider` on the session's later requests: the well-known provider's name, or
 * for an IAM OIDC provider its issuer without `https://` — observed, although the condition-key
 * page says the provider's ARN (mahitotsu/gekko_08 `experiments/federated-provider/RESULTS.md`).
 */
import type { ContextValue } from '@hatrack/policy'
import type { AwsError } from '../../operations/types.ts'
import type { AccountId, World } from '../../world/types.ts'
import { audiencesOf, type WebIdentityToken } from './token.ts'

/** The provider behind a token. */
export interface TokenProvider {
  /** What a trust policy's `Principal.Federated` names: the provider's ARN or well-known name. */
  readonly principal: string
  /** `aws:FederatedProvider` on the session's requests. */
  readonly federatedProvider: string
  /** `Provider` in the response: the issuer, or `ProviderId` for OAuth 2.0 providers. */
  readonly provider: string
  /** The audience the token was accepted for. */
  readonly audience: string
  /** The provider's keys for the trust evaluation. */
  readonly keys: Readonly<Record<string, ContextValue>>
  /** The keys that stay on the session's later requests. */
  readonly persistent: Readonly<Record<string, ContextValue>>
}

const PERSISTENT = /:(amr|aud|sub|id|app_id|user_id)$/

function invalidToken(message: string): AwsError {
  return { code: 'InvalidIdentityToken', message, httpStatus: 400 }
}

/** The provider that issued `token` for a role of `roleAccount`, or why STS refuses the token. */
export function tokenProvider(
  world: World,
  roleAccount: AccountId,
  token: WebIdentityToken,
  providerId: string | undefined,
):
  | { readonly ok: true; readonly provider: TokenProvider }
  | { readonly ok: false; readonly error: AwsError } {
  const audiences = audiencesOf(token)
  const first = audiences[0] ?? ''
  const issuer = token.iss ?? ''
  const host = issuer.replace(/^https:\/\//, '')
  const made = (
    name: string,
    principal: string,
    audience: string,
    keys: Record<string, ContextValue>,
    provider = issuer,
  ) => {
    const prefixed: Record<string, ContextValue> = {}
    for (const [key, value] of Object.entries(keys)) prefixed[`${name}:${key}`] = value
    const persistent = Object.fromEntries(
      Object.entries(prefixed).filter(([key]) => PERSISTENT.test(key)),
    )
    return {
      ok: true as const,
      provider: {
        principal,
        federatedProvider: name,
        provider,
        audience,
        keys: prefixed,
        persistent,
      },
    }
  }

  if (providerId === 'www.amazon.com' || providerId === 'graph.facebook.com') {
    const userKey = providerId === 'www.amazon.com' ? 'user_id' : 'id'
    return made(providerId, providerId, first, { app_id: first, [userKey]: token.sub }, providerId)
  }
  if (host === 'cognito-identity.amazonaws.com') {
    const keys: Record<string, ContextValue> = { aud: first, sub: token.sub }
    if (token.amr !== undefined) keys['amr'] = [...token.amr]
    return made(host, host, first, keys)
  }
  if (host === 'accounts.google.com') {
    return made(host, host, token.azp ?? first, {
      aud: token.azp ?? first,
      oaud: first,
      sub: token.sub,
    })
  }
  const account = world.accounts.get(roleAccount)
  const oidc = [...(account?.oidcProviders.values() ?? [])].find(
    (candidate) => candidate.url === host,
  )
  if (oidc === undefined)
    return {
      ok: false,
      error: invalidToken(`No OpenIDConnect provider found in your account for ${issuer}`),
    }
  const audience = audiences.find((candidate) => oidc.clientIds.includes(candidate))
  if (audience === undefined) return { ok: false, error: invalidToken('Incorrect token audience') }
  const keys: Record<string, ContextValue> = { aud: audience, sub: token.sub }
  if (token.amr !== undefined) keys['amr'] = [...token.amr]
  return made(oidc.url, oidc.arn, audience, keys)
}
