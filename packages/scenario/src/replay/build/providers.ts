/** OIDC and SAML identity providers, as `CreateOpenIDConnectProvider` and `CreateSAMLProvider`. */
import { createOidcProvider, createSamlProvider } from '@hatrack/model'
import type { Builder } from './builder.ts'

const ADMIN = { kind: 'admin' } as const

/** Creates the identity providers. */
export function buildProviders(builder: Builder): void {
  for (const provider of builder.scenario.identityProviders) {
    const path = ['identityProviders', provider.key]
    const created =
      provider.type === 'oidc'
        ? builder.apply(`OIDC provider ${provider.key}`, path, (world) =>
            createOidcProvider(world, ADMIN, {
              accountId: provider.accountId,
              url: provider.url ?? '',
              clientIds: provider.clientIds,
            }),
          )
        : builder.apply(`SAML provider ${provider.key}`, path, (world) =>
            createSamlProvider(world, ADMIN, {
              accountId: provider.accountId,
              name: provider.name,
            }),
          )
    if (created !== undefined)
      builder.entities.appear(
        { id: created.arn, kind: 'provider', label: provider.key, accountId: provider.accountId },
        0,
      )
  }
}
