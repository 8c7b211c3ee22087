/**
 * An X.509 end-entity certificate, modelled as the fields IAM Roles Anywhere reads rather than
 * as DER: its subject and issuer names, serial number, subject alternative names and validity.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 */
import type { Tag } from '../../world/types.ts'

/** The certificate fields Roles Anywhere uses. */
export interface X509Certificate {
  /** Subject name attributes in order: `{ CN: 'payments-worker', OU: 'payments', O: 'Example' }`. */
  readonly subject: Readonly<Record<string, string>>
  /** Issuer name attributes: the certificate authority that signed it. */
  readonly issuer: Readonly<Record<string, string>>
  /** The serial number, hex-encoded (`0a1b2c3d…`). */
  readonly serialNumber: string
  readonly subjectAlternativeNames?: {
    readonly dns?: readonly string[]
    readonly uri?: readonly string[]
  }
  /** Validity, in epoch milliseconds. */
  readonly notBefore?: number
  readonly notAfter: number
}

/** `CN=payments-worker,OU=payments`: a name's attributes in their order. */
export function distinguishedName(name: Readonly<Record<string, string>>): string {
  return Object.entries(name)
    .map(([attribute, value]) => `${attribute}=${value}`)
    .join(',')
}

/**
 * Whether the certificate chains to a CA whose subject is `caSubject`: its issuer's
 * distinguished name, or its issuer's common name, is the CA's subject.
 */
export function chainsTo(certificate: X509Certificate, caSubject: string): boolean {
  const normalize = (text: string) => text.replace(/\s*,\s*/g, ',').trim()
  return (
    normalize(distinguishedName(certificate.issuer)) === normalize(caSubject) ||
    certificate.issuer['CN'] === caSubject
  )
}

/**
 * The session tags Roles Anywhere derives from the certificate with its default attribute
 * mappings: `x509Subject/<attribute>`, `x509Issuer/<attribute>`, and the first `x509SAN/DNS`
 * and `x509SAN/URI` (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html#trust-policy;
 * [RA-API] AttributeMapping). They reach policies as `aws:PrincipalTag/x509Subject/CN`, ….
 */
export function certificateTags(certificate: X509Certificate): Tag[] {
  const tags: Tag[] = []
  for (const [attribute, value] of Object.entries(certificate.subject))
    tags.push({ key: `x509Subject/${attribute}`, value })
  for (const [attribute, value] of Object.entries(certificate.issuer))
    tags.push({ key: `x509Issuer/${attribute}`, value })
  const dns = certificate.subjectAlternativeNames?.dns?.[0]
  if (dns !== undefined) tags.push({ key: 'x509SAN/DNS', value: dns })
  const uri = certificate.subjectAlternativeNames?.uri?.[0]
  if (uri !== undefined) tags.push({ key: 'x509SAN/URI', value: uri })
  return tags
}
