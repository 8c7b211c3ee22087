/**
 * A SAML authentication response, modelled as the data STS reads from it rather than signed
 * XML (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html),
 * and the `saml:*` condition keys it yields
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml).
 */
import type { ContextValue } from '@hatrack/policy'
import type { AccountId } from '../../world/types.ts'
import { sha1Base64 } from './sha1.ts'

/** The parts of a SAML response STS uses. */
export interface SamlAssertion {
  /** `Issuer`: the identity provider's entity id (`saml:iss`). */
  readonly issuer: string
  /** `SubjectConfirmationData` `Recipient` (`saml:aud`), `https://signin.aws.amazon.com/saml` for AWS. */
  readonly recipient: string
  /** `Subject`/`NameID` (`saml:sub`); a response without one is refused. */
  readonly subject?: string
  /** `NameID` `Format`: `urn:oasis:names:tc:SAML:2.0:nameid-format:persistent`, … */
  readonly subjectFormat?: string
  /** `SubjectConfirmationData` `NotOnOrAfter`: the assertion is refused from then on. */
  readonly notOnOrAfter?: number
  /** `AuthnStatement` `SessionNotOnOrAfter`: the session ends then at the latest. */
  readonly sessionNotOnOrAfter?: number
  /** Attributes by `Name`, each with its values (`https://aws.amazon.com/SAML/Attributes/Role`, …). */
  readonly attributes: Readonly<Record<string, readonly string[]>>
}

/** AWS's attribute names. */
export const samlAttributes = {
  role: 'https://aws.amazon.com/SAML/Attributes/Role',
  roleSessionName: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
  sourceIdentity: 'https://aws.amazon.com/SAML/Attributes/SourceIdentity',
  principalTagPrefix: 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:',
  transitiveTagKeys: 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys',
} as const

const NAMEID_PREFIX = 'urn:oasis:names:tc:SAML:2.0:nameid-format:'

/**
 * `saml:sub_type` and the response's `SubjectType`: `persistent` or `transient` without AWS's
 * prefix, any other format as written ([STS-API] AssumeRoleWithSAMLResponse.SubjectType).
 */
export function subjectType(format: string | undefined): string {
  const value = format ?? `${NAMEID_PREFIX}transient`
  return value.startsWith(NAMEID_PREFIX) ? value.slice(NAMEID_PREFIX.length) : value
}

/** `saml:namequalifier`: `BASE64(SHA1(Issuer + AccountId + "/" + ProviderName))`. */
export function nameQualifier(issuer: string, accountId: AccountId, providerName: string): string {
  return sha1Base64(`${issuer}${accountId}/${providerName}`)
}

/**
 * Common directory attributes by their standard names (OIDs), and the `saml:` key each becomes
 * (multivalued keys carry all their values).
 */
const ATTRIBUTE_KEYS: Readonly<Record<string, string>> = {
  'urn:oid:0.9.2342.19200300.100.1.1': 'saml:uid',
  'urn:oid:0.9.2342.19200300.100.1.3': 'saml:mail',
  'urn:oid:2.5.4.3': 'saml:cn',
  'urn:oid:2.5.4.42': 'saml:givenName',
  'urn:oid:2.5.4.4': 'saml:surname',
  'urn:oid:2.5.4.41': 'saml:name',
  'urn:oid:1.3.6.1.4.1.5923.1.1.1.1': 'saml:edupersonaffiliation',
  'urn:oid:1.3.6.1.4.1.5923.1.1.1.2': 'saml:edupersonnickname',
  'urn:oid:1.3.6.1.4.1.5923.1.1.1.6': 'saml:edupersonprincipalname',
  'urn:oid:1.3.6.1.4.1.5923.1.1.1.7': 'saml:edupersonentitlement',
  'urn:oid:1.3.6.1.4.1.5923.1.1.1.9': 'saml:edupersonscopedaffiliation',
}

/** The `saml:*` keys of the trust evaluation. */
export function samlKeys(
  assertion: SamlAssertion,
  accountId: AccountId,
  providerName: string,
): Record<string, ContextValue> {
  const keys: Record<string, ContextValue> = {
    'saml:aud': assertion.recipient,
    'saml:iss': assertion.issuer,
    'saml:sub_type': subjectType(assertion.subjectFormat),
    'saml:doc': `${accountId}/${providerName}`,
    'saml:namequalifier': nameQualifier(assertion.issuer, accountId, providerName),
  }
  if (assertion.subject !== undefined) keys['saml:sub'] = assertion.subject
  for (const [name, values] of Object.entries(assertion.attributes)) {
    const key = ATTRIBUTE_KEYS[name]
    if (key !== undefined) keys[key] = [...values]
  }
  return keys
}

/** The keys that stay on the session's later requests (iam-facts §6). */
export function persistentSamlKeys(
  keys: Readonly<Record<string, ContextValue>>,
): Record<string, ContextValue> {
  const kept: Record<string, ContextValue> = {}
  for (const name of ['saml:namequalifier', 'saml:sub', 'saml:sub_type']) {
    const value = keys[name]
    if (value !== undefined) kept[name] = value
  }
  return kept
}
