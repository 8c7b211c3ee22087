/** IAM ARNs, derived from an account, a path and a name (iam-facts §1). */

/** `arn:aws:iam::ACCT:TYPE/PATH/NAME`. */
export function iamArn(accountId: string, type: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:${type}${path}${name}`
}

/** The account, path and name of an IAM ARN of `type`, or `undefined`. */
export function parseIamArn(
  arn: string,
  type: string,
): { readonly accountId: string; readonly path: string; readonly name: string } | undefined {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}|aws):([a-z-]+)(\/.*)$/.exec(arn)
  if (match === null || match[2] !== type) return undefined
  const rest = match[3] ?? '/'
  const slash = rest.lastIndexOf('/')
  const name = rest.slice(slash + 1)
  if (name === '') return undefined
  return { accountId: match[1] ?? '', path: rest.slice(0, slash + 1), name }
}
