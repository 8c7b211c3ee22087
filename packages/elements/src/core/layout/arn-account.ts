/** The account field of an ARN (`arn:aws:iam::123456789012:role/x` → `123456789012`). */

/** The 12-digit account of `arn`, or `undefined` when it has none (S3, `*`, not an ARN). */
export function arnAccount(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined
  const account = arn.split(':')[4]
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined
}

/** The service of an action (`iam:ListRoles` → `iam`), lower-cased. */
export function actionService(action: string): string {
  const colon = action.indexOf(':')
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase()
}
