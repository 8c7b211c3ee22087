/**
 * Reading a web identity token's claims as a scenario or a test writes them (any JSON value)
 * into the {@link WebIdentityToken} `assumeRoleWithWebIdentity` takes, refusing what STS would
 * refuse before it looks further: a token without `aud` or `sub` is `InvalidIdentityToken`
 * "Missing a required claim: aud" (AWS's wording, seen in [GH:aws/aws-sdk-ruby#2698] and
 * [GH:aws-actions/configure-aws-credentials#502]). A claim of the wrong type (a number for
 * `sub`, say) is refused the same way, in Hatrack's words, since a JWT's claims are typed.
 */
import type { AwsError } from '../operations/types.ts'
import type { WebIdentityToken } from '../sts/web-identity/token.ts'

const isText = (value: unknown): value is string => typeof value === 'string'
const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isText)

function invalid(message: string): AwsError {
  return { code: 'InvalidIdentityToken', message, httpStatus: 400 }
}

/** The token the claims make, or the error STS answers. */
export function readWebIdentityToken(
  claims: Readonly<Record<string, unknown>>,
):
  | { readonly ok: true; readonly token: WebIdentityToken }
  | { readonly ok: false; readonly error: AwsError } {
  for (const required of ['aud', 'sub'] as const)
    if (claims[required] === undefined || claims[required] === null)
      return { ok: false, error: invalid(`Missing a required claim: ${required}`) }
  const wrong = (claim: string, expected: string) => ({
    ok: false as const,
    error: invalid(`The token's claim ${claim} must be ${expected}.`),
  })
  if (!isText(claims['aud']) && !isTextList(claims['aud']))
    return wrong('aud', 'text or a list of text')
  if (!isText(claims['sub'])) return wrong('sub', 'text')
  for (const claim of ['iss', 'azp', 'https://aws.amazon.com/source_identity'])
    if (claims[claim] !== undefined && !isText(claims[claim])) return wrong(claim, 'text')
  if (claims['amr'] !== undefined && !isTextList(claims['amr']))
    return wrong('amr', 'a list of text')
  if (
    claims['exp'] !== undefined &&
    (typeof claims['exp'] !== 'number' || !Number.isFinite(claims['exp']))
  )
    return wrong('exp', 'a number of seconds since the epoch')
  const tags = claims['https://aws.amazon.com/tags']
  if (tags !== undefined) {
    const record = tags as Record<string, unknown> | null
    const principal = record?.['principal_tags'] as Record<string, unknown> | undefined
    const transitive = record?.['transitive_tag_keys']
    const shaped =
      typeof record === 'object' &&
      record !== null &&
      (principal === undefined ||
        (typeof principal === 'object' &&
          principal !== null &&
          Object.values(principal).every(isTextList))) &&
      (transitive === undefined || isTextList(transitive))
    if (!shaped)
      return wrong(
        'https://aws.amazon.com/tags',
        'a map of principal_tags (lists of text) and transitive_tag_keys',
      )
  }
  return { ok: true, token: claims as unknown as WebIdentityToken }
}
