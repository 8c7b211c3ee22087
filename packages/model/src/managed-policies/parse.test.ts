import { awsManagedPolicy } from '../world/aws-managed.ts'
import { parsePolicy } from '@hatrack/policy'
import { describe, expect, it } from 'vitest'
import { awsManagedPolicies } from './index.ts'
import { parseAwsManagedDocument } from '../../test/managed-policies-support.ts'

describe('AWS managed policy documents', () => {
  it.each(awsManagedPolicies.map((p) => [p.name, p] as const))(
    '%s parses as an identity policy with no error',
    (_name, policy) => {
      const result = parseAwsManagedDocument(policy)
      expect(result.ok ? [] : result.issues).toEqual([])
      expect(result.ok ? result.warnings.filter((w) => w.severity === 'error') : []).toEqual([])
    },
  )

  it('leaves only ViewOnlyAccess over the 6,144-character quota of customer managed policies', () => {
    const overQuota = awsManagedPolicies
      .filter((p) => {
        const result = parsePolicy(p.document, { kind: 'identity' })
        return !result.ok && result.issues.some((i) => i.code === 'policy.quota.exceeded')
      })
      .map((p) => p.name)
    expect(overQuota).toEqual(['ViewOnlyAccess'])
  })
})

describe('the world stores every AWS managed policy of the library', () => {
  it.each(awsManagedPolicies.map((managed) => [managed.name, managed.arn]))(
    '%s is attachable by its ARN',
    (_name, arn) => {
      expect(awsManagedPolicy(arn)?.arn).toBe(arn)
    },
  )
})
