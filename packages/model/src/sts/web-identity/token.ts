/**
 * A web identity token, modelled as its decoded claims (the JSON payload of an OIDC ID token or
 * the fields of an OAuth 2.0 access token), not as a signed JWT: Hatrack simulates what STS
 * decides from the claims, not signature checking.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html
 */

/** The claims STS reads. Other claims are kept and ignored. */
export interface WebIdentityToken {
  /** The issuer: `https://token.actions.githubusercontent.com`, `https://cognito-identity.amazonaws.com`. */
  readonly iss?: string
  /** The audience: a client id, or several. */
  readonly aud: string | readonly string[]
  /** The subject: the user (or workload) the provider authenticated. */
  readonly sub: string
  /** Cognito identity pools: `unauthenticated`, or `authenticated` and the login provider. */
  readonly amr?: readonly string[]
  /** Google: the authorized party, when it differs from the audience. */
  readonly azp?: string
  /** Expiration, in seconds since the epoch. */
  readonly exp?: number
  /** Session tags: `{ principal_tags: { Key: ['value'] }, transitive_tag_keys: ['Key'] }`. */
  readonly 'https://aws.amazon.com/tags'?: {
    readonly principal_tags?: Readonly<Record<string, readonly string[]>>
    readonly transitive_tag_keys?: readonly string[]
  }
  /** The source identity to set on the session. */
  readonly 'https://aws.amazon.com/source_identity'?: string
}

/** The token's audiences, as a list. */
export function audiencesOf(token: WebIdentityToken): readonly string[] {
  return typeof token.aud === 'string' ? [token.aud] : token.aud
}
