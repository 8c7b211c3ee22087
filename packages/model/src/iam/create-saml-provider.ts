/**
 * `CreateSAMLProvider` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html):
 * a SAML identity provider for `AssumeRoleWithSAML`, named 1–128 characters `[\w._-]`, with the
 * ARN `arn:aws:iam::ACCT:saml-provider/NAME` (iam-facts §1); at most 100 per account (iam-facts
 * §15). Hatrack simulates the provider's assertions, so it takes no metadata document.
 * Authorized as `iam:CreateSAMLProvider` on the provider's ARN.
 */
import { updateAccount, withEntry } from '../world/update.ts'
import type { AccountId, SamlProvider, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkLength, constraintError, firstProblem } from './validation.ts'

const SAML_NAME = /^[\w._-]+$/

export interface CreateSamlProviderInput {
  readonly accountId: AccountId
  readonly name: string
}

/** Creates a SAML identity provider. */
export function createSamlProvider(
  world: World,
  caller: Caller,
  input: CreateSamlProviderInput,
): Outcome<SamlProvider> {
  const invalid = firstProblem(
    () => checkLength(input.name, 'name', 1, 128),
    () =>
      SAML_NAME.test(input.name)
        ? undefined
        : constraintError(input.name, 'name', 'satisfy regular expression pattern: [\\w._-]+'),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const arn = `arn:aws:iam::${input.accountId}:saml-provider/${input.name}`
  const auth = authorizeOperation(world, caller, {
    action: 'iam:CreateSAMLProvider',
    resource: arn,
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  if (account.samlProviders.has(arn))
    return fail(iamErrors.samlProviderExists(input.name), auth.decisions)
  if (account.samlProviders.size >= iamQuotas.SAMLProvidersPerAccount) {
    return fail(
      iamErrors.quota('SAMLProvidersPerAccount', iamQuotas.SAMLProvidersPerAccount),
      auth.decisions,
    )
  }
  const provider: SamlProvider = { arn, name: input.name }
  const next = updateAccount(world, input.accountId, (current) => ({
    ...current,
    samlProviders: withEntry(current.samlProviders, arn, provider),
  }))
  return succeed(next, provider, auth.decisions)
}
