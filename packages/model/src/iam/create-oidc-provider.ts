/**
 * `CreateOpenIDConnectProvider` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html):
 * an OIDC identity provider for `AssumeRoleWithWebIdentity`. Its URL (1–255 characters) begins
 * with `https://`; its ARN is `arn:aws:iam::ACCT:oidc-provider/HOST[/PATH]`, the URL without
 * its scheme (iam-facts §1–2); one provider per URL (`Provider with url … already exists.`); at
 * most 100 per account (iam-facts §15); up to 100 client ids (audiences) of 1–255 characters.
 * Authorized as `iam:CreateOpenIDConnectProvider` on the provider's ARN.
 */
import { updateAccount, withEntry } from '../world/update.ts'
import type { AccountId, OidcProvider, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { awsError, iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkLength, constraintError, firstProblem } from './validation.ts'

export interface CreateOidcProviderInput {
  readonly accountId: AccountId
  /** `https://token.actions.githubusercontent.com` */
  readonly url: string
  /** The audiences the provider's tokens may carry (`sts.amazonaws.com`). */
  readonly clientIds?: readonly string[]
}

/** Creates an OIDC identity provider. */
export function createOidcProvider(
  world: World,
  caller: Caller,
  input: CreateOidcProviderInput,
): Outcome<OidcProvider> {
  const clientIds = input.clientIds ?? []
  const invalid = firstProblem(
    () => checkLength(input.url, 'url', 1, 255),
    () =>
      input.url.startsWith('https://')
        ? undefined
        : awsError(
            'InvalidInput',
            'The URL of an OpenID Connect provider must begin with https://.',
          ),
    () =>
      clientIds.length > 100
        ? constraintError(
            `[${clientIds.length} ids]`,
            'clientIDList',
            'have length less than or equal to 100',
          )
        : undefined,
    ...clientIds.map(
      (id, index) => () => checkLength(id, `clientIDList.${index + 1}.member`, 1, 255),
    ),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const url = input.url.slice('https://'.length).replace(/\/+$/, '')
  const arn = `arn:aws:iam::${input.accountId}:oidc-provider/${url}`
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateOpenIDConnectProvider',
    resource: arn,
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (account.oidcProviders.has(arn)) return fail(iamErrors.oidcProviderExists(url), auth.decisions)
  if (account.oidcProviders.size >= iamQuotas.OpenIdConnectProvidersPerAccount) {
    return fail(
      iamErrors.quota(
        'OpenIdConnectProvidersPerAccount',
        iamQuotas.OpenIdConnectProvidersPerAccount,
      ),
      auth.decisions,
    )
  }
  const provider: OidcProvider = { arn, url, clientIds: [...new Set(clientIds)] }
  const next = updateAccount(world, input.accountId, (current) => ({
    ...current,
    oidcProviders: withEntry(current.oidcProviders, arn, provider),
  }))
  return succeed(next, provider, auth.decisions)
}
