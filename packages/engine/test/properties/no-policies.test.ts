import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '@hatrack/engine'
import { FC_RUNS, FC_TIMEOUT, requestArbitrary } from '../arbitraries/index.ts'
import { isAssumeRole, resourceAccountOf, serviceOf } from '../reference/index.ts'

describe('with no policy at all', () => {
  it(
    'everything but the root user is implicitly denied; the root user is allowed in its own account',
    () => {
      fc.assert(
        fc.property(requestArbitrary, (request) => {
          const { principal } = request
          const rootAtHome =
            principal.kind === 'root' && resourceAccountOf(request) === principal.accountId
          // A KMS key always has a key policy, and only it can grant (iam-facts §7, step 4): a key
          // with no policy at all is not a world AWS has, so the root user's KMS calls are left out.
          fc.pre(!(rootAtHome && serviceOf(request.action) === 'kms'))
          // "Roles may not be assumed by root accounts." (iam-facts §2)
          const expected = rootAtHome && !isAssumeRole(request.action) ? 'allowed' : 'implicitDeny'
          expect(evaluate(request, {}).decision).toBe(expected)
        }),
        { numRuns: FC_RUNS },
      )
    },
    FC_TIMEOUT,
  )
})
