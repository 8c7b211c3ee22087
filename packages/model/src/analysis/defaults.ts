/**
 * What the analysis's plain call carries when the caller sets nothing: the values a condition
 * must not depend on for an edge to need no condition. Chosen to be neutral (no policy would
 * name them) and valid for STS's shapes (iam-facts §10).
 */

/** `RoleSessionName` of every call, and the name of the role sessions that chain. */
export const DEFAULT_SESSION_NAME = 'hatrack'

/** The `sub` of a web identity token, the `Subject` of a SAML assertion. */
export const DEFAULT_SUBJECT = 'hatrack-subject'

/** The audience of a token from a provider STS knows by name (an IAM OIDC provider's first client id otherwise). */
export const DEFAULT_AUDIENCE = 'hatrack-audience'

/**
 * A SAML assertion's `Recipient` (`saml:aud`): AWS's sign-in endpoint, which every assertion
 * for the console carries (iam-facts §6).
 */
export const DEFAULT_SAML_RECIPIENT = 'https://signin.aws.amazon.com/saml'

/** A SAML assertion's `Issuer` (`saml:iss`). */
export const DEFAULT_SAML_ISSUER = 'https://idp.example.com/saml'

/** A SAML `NameID` format: persistent. */
export const SAML_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'
