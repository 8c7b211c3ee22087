/**
 * Splitting an ARN into its six colon-separated components, the sixth keeping its own colons
 * (`arn:aws:logs:us-east-1:123456789012:log-group:my-group:*`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */

/** How many components an ARN has: `arn`, partition, service, region, account, resource. */
export const ARN_COMPONENTS = 6

/**
 * Splits `value` on its first five colons. Returns fewer than six components when the value has
 * fewer than five colons (it is then not an ARN: `*`, a bucket name, `arn:aws:s3:*`).
 */
export function splitArn(value: string): string[] {
  const parts: string[] = []
  let from = 0
  while (parts.length < ARN_COMPONENTS - 1) {
    const colon = value.indexOf(':', from)
    if (colon < 0) break
    parts.push(value.slice(from, colon))
    from = colon + 1
  }
  parts.push(value.slice(from))
  return parts
}

/** The account component of an ARN (`''` for S3 buckets), or `undefined` when `value` is not an ARN. */
export function arnAccount(value: string): string | undefined {
  const parts = splitArn(value)
  return parts.length === ARN_COMPONENTS && parts[0] === 'arn' ? parts[4] : undefined
}

/** The service component of an ARN (`s3`, `kms`), or `undefined` when `value` is not an ARN. */
export function arnService(value: string): string | undefined {
  const parts = splitArn(value)
  return parts.length === ARN_COMPONENTS && parts[0] === 'arn' ? parts[2] : undefined
}
