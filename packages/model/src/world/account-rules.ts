/**
 * What makes an account id and an account alias valid.
 * - Account ids are 12 digits (iam-facts §1; https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html).
 * - Aliases: 3 to 63 characters, lower-case letters, digits and hyphens, starting and ending
 *   with a letter or a digit, no two hyphens in a row (IAM API `accountAliasType`,
 *   https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html).
 */
const ACCOUNT_ID = /^\d{12}$/
const ALIAS = /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/

/** Why an account id is refused, or `undefined` when it is valid. */
export function accountIdProblem(id: string): string | undefined {
  return ACCOUNT_ID.test(id)
    ? undefined
    : `The account id '${id}' is not valid: an AWS account id is exactly 12 digits.`
}

/** Why an account alias is refused, or `undefined` when it is valid. */
export function accountAliasProblem(alias: string): string | undefined {
  return ALIAS.test(alias)
    ? undefined
    : `1 validation error detected: Value '${alias}' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`
}
