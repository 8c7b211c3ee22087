/**
 * The constraints of STS's parameters, as the API model declares them (iam-facts §10; [STS-API]
 * botocore `sts/2011-06-15/service-2.json` shapes). `pattern` is AWS's Java regular expression
 * as AWS prints it in a validation message; `test` is its JavaScript equivalent, anchored to
 * match the whole value, as Java's `matches()` does.
 */

/** A string parameter's limits. */
export interface StringShape {
  readonly kind: 'string'
  readonly min?: number
  readonly max?: number
  readonly pattern?: { readonly display: string; readonly test: RegExp }
}

/** An integer parameter's limits. */
export interface IntegerShape {
  readonly kind: 'integer'
  readonly min?: number
  readonly max?: number
}

/** A list parameter's limits on its length. */
export interface ListShape {
  readonly kind: 'list'
  readonly max?: number
}

export type Shape = StringShape | IntegerShape | ListShape

function pattern(display: string, source: string): StringShape['pattern'] {
  return { display, test: new RegExp(`^(?:${source})$`, 'u') }
}

/** `arnType`: 20–2048 characters of printable text. */
export const arnType: StringShape = {
  kind: 'string',
  min: 20,
  max: 2048,
  pattern: pattern(
    '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+',
    '[\\t\\n\\r\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+',
  ),
}

/** `roleSessionNameType`: 2–64 characters of `[\w+=,.@-]`. */
export const roleSessionNameType: StringShape = {
  kind: 'string',
  min: 2,
  max: 64,
  pattern: pattern('[\\w+=,.@-]*', '[\\w+=,.@-]*'),
}

/** `sourceIdentityType`: 2–64 characters of `[\w+=,.@-]`. */
export const sourceIdentityType: StringShape = { ...roleSessionNameType }

/** `externalIdType`: 2–1224 characters of `[\w+=,.@:\/-]`. */
export const externalIdType: StringShape = {
  kind: 'string',
  min: 2,
  max: 1224,
  pattern: pattern('[\\w+=,.@:\\/-]*', '[\\w+=,.@:\\/-]*'),
}

/** `serialNumberType`: 9–256 characters of `[\w+=/:,.@-]`. */
export const serialNumberType: StringShape = {
  kind: 'string',
  min: 9,
  max: 256,
  pattern: pattern('[\\w+=/:,.@-]*', '[\\w+=/:,.@-]*'),
}

/** `tokenCodeType`: exactly six digits. */
export const tokenCodeType: StringShape = {
  kind: 'string',
  min: 6,
  max: 6,
  pattern: pattern('[\\d]*', '[\\d]*'),
}

const POLICY_CHARS = pattern(
  '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
  '[\\t\\n\\r\\u0020-\\u00FF]+',
)

/**
 * `unrestrictedSessionPolicyDocumentType` (AssumeRole's `Policy`): no maximum in the model; the
 * 2,048-character limit is enforced through the packed size (see `packed-size.ts`).
 */
export const unrestrictedSessionPolicyDocumentType: StringShape = {
  kind: 'string',
  min: 1,
  pattern: POLICY_CHARS,
}

/** `sessionPolicyDocumentType` (the other calls' `Policy`): 1–2048 characters. */
export const sessionPolicyDocumentType: StringShape = {
  kind: 'string',
  min: 1,
  max: 2048,
  pattern: POLICY_CHARS,
}

/** `roleDurationSecondsType`: 900–43200. */
export const roleDurationSecondsType: IntegerShape = { kind: 'integer', min: 900, max: 43200 }

/** `durationSecondsType` (GetSessionToken, GetFederationToken): 900–129600. */
export const durationSecondsType: IntegerShape = { kind: 'integer', min: 900, max: 129600 }

/** `tagKeyType`: 1–128 letters, spaces, digits and `_.:/=+-@`. */
export const tagKeyType: StringShape = {
  kind: 'string',
  min: 1,
  max: 128,
  pattern: pattern('[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+', '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+'),
}

/** `tagValueType`: 0–256 letters, spaces, digits and `_.:/=+-@`. */
export const tagValueType: StringShape = {
  kind: 'string',
  min: 0,
  max: 256,
  pattern: pattern('[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*', '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*'),
}

/** `tagListType`, `tagKeyListType`: at most 50 entries. */
export const tagListType: ListShape = { kind: 'list', max: 50 }

/**
 * `policyDescriptorListType`: the model sets no maximum, but the API reference allows "up to
 * 10 managed policy ARNs". We report an eleventh as a length violation of the list, in AWS's
 * wording for list limits (the exact response is unconfirmed).
 */
export const policyArnListType: ListShape = { kind: 'list', max: 10 }

/** `clientTokenType` (`WebIdentityToken`): 4–20000 characters. */
export const clientTokenType: StringShape = { kind: 'string', min: 4, max: 20000 }

/** `urlType` (`ProviderId`): 4–2048 characters. */
export const urlType: StringShape = { kind: 'string', min: 4, max: 2048 }
