import { describe, expect, it } from 'vitest'
import { checkInlinePolicySizes, checkPolicySize, quotaForKind } from './check-policy-size.ts'
import { policyQuotas } from './quotas.ts'

/** A document of exactly `size` non-white-space characters, pretty-printed. */
function documentOfSize(size: number): string {
  const skeleton = '{\n  "Id": ""\n}'
  const base = skeleton.replace(/\s/g, '').length
  return skeleton.replace('""', `"${'x'.repeat(size - base)}"`)
}

describe('the quota table (iam-facts §15)', () => {
  const limits: Array<[keyof typeof policyQuotas, number, 'nonWhitespace' | 'allCharacters']> = [
    ['PolicySize', 6144, 'nonWhitespace'],
    ['ACLSizePerRole', 2048, 'nonWhitespace'],
    ['UserPolicySize', 2048, 'nonWhitespace'],
    ['RolePolicySize', 10240, 'nonWhitespace'],
    ['GroupPolicySize', 5120, 'nonWhitespace'],
    ['SessionPolicySize', 2048, 'allCharacters'],
    ['ServiceControlPolicySize', 5120, 'allCharacters'],
    ['ResourceControlPolicySize', 5120, 'allCharacters'],
  ]
  for (const [name, limit, counts] of limits) {
    it(`${name} is ${limit} characters, counting ${counts}`, () => {
      expect(policyQuotas[name]).toMatchObject({ name, limit, counts })
    })
  }

  it('lets the role trust policy quota be raised to 4,096', () => {
    expect(policyQuotas.ACLSizePerRole.maximum).toBe(4096)
  })

  it('picks the quota of each kind', () => {
    expect(quotaForKind('identity')?.name).toBe('PolicySize')
    expect(quotaForKind('boundary')?.name).toBe('PolicySize')
    expect(quotaForKind('identity', 'role')?.name).toBe('RolePolicySize')
    expect(quotaForKind('identity', 'user')?.name).toBe('UserPolicySize')
    expect(quotaForKind('boundary', 'group')?.name).toBe('GroupPolicySize')
    expect(quotaForKind('trust')?.name).toBe('ACLSizePerRole')
    expect(quotaForKind('session')?.name).toBe('SessionPolicySize')
    expect(quotaForKind('scp')?.name).toBe('ServiceControlPolicySize')
    expect(quotaForKind('rcp')?.name).toBe('ResourceControlPolicySize')
    expect(quotaForKind('resource')).toBeUndefined()
  })
})

describe('checkPolicySize answers in AWS words', () => {
  it('accepts a managed policy of exactly 6,144 characters, however indented', () => {
    expect(checkPolicySize(documentOfSize(6144), 'PolicySize')).toBeUndefined()
  })

  it('refuses one more: Cannot exceed quota for PolicySize: 6144', () => {
    const issue = checkPolicySize(documentOfSize(6145), 'identity')
    expect(issue).toMatchObject({
      code: 'policy.quota.exceeded',
      severity: 'error',
      message: 'Cannot exceed quota for PolicySize: 6144',
      awsError: 'LimitExceeded',
      path: [],
    })
    expect(issue?.hint).toContain('6145 characters other than white space, 1 over')
  })

  it('points at the first character past the limit', () => {
    expect(checkPolicySize(documentOfSize(6145), 'PolicySize')).toMatchObject({
      line: 3,
      column: 1,
    })
    const issue = checkPolicySize(documentOfSize(6150), 'PolicySize')
    const line = documentOfSize(6150).split('\n')[1] ?? ''
    // Five counted characters follow it: three `x`, the closing quote, and `}` on the next line.
    expect(issue).toMatchObject({ line: 2, column: line.length - 4 })
  })

  it('refuses a trust policy over 2,048: Cannot exceed quota for ACLSizePerRole: 2048', () => {
    expect(checkPolicySize(documentOfSize(2049), 'trust')?.message).toBe(
      'Cannot exceed quota for ACLSizePerRole: 2048',
    )
    expect(checkPolicySize(documentOfSize(2048), 'trust')).toBeUndefined()
  })

  it('takes a raised trust policy quota', () => {
    expect(checkPolicySize(documentOfSize(4000), 'trust', { limit: 4096 })).toBeUndefined()
    expect(checkPolicySize(documentOfSize(4097), 'trust', { limit: 4096 })?.message).toBe(
      'Cannot exceed quota for ACLSizePerRole: 4096',
    )
  })

  it('names the role of an inline policy', () => {
    expect(
      checkPolicySize(documentOfSize(10241), 'identity', { inline: 'role', entityName: 'Deploy' })
        ?.message,
    ).toBe('Maximum policy size of 10240 bytes exceeded for role Deploy')
    expect(
      checkPolicySize(documentOfSize(2049), 'UserPolicySize', { entityName: 'alice' })?.message,
    ).toBe('Maximum policy size of 2048 bytes exceeded for user alice')
    expect(checkPolicySize(documentOfSize(5121), 'GroupPolicySize')?.message).toBe(
      'Maximum policy size of 5120 bytes exceeded for group <name>',
    )
  })

  it('counts every character of an SCP, white space included, as AWS Organizations does', () => {
    const compact = documentOfSize(5000)
    const padded = compact.replace('\n', `\n${' '.repeat(200)}`)
    expect(checkPolicySize(compact, 'scp')).toBeUndefined()
    expect(checkPolicySize(padded, 'scp')).toMatchObject({
      message: 'You attempted to create a policy that is larger than the maximum size.',
      awsError: 'ConstraintViolationException',
    })
  })

  it('counts every character of a session policy', () => {
    const text = documentOfSize(2000).replace('\n', `\n${' '.repeat(100)}`)
    expect(checkPolicySize(text, 'session')).toMatchObject({
      message:
        "1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048",
      awsError: 'ValidationError',
    })
  })

  it('has no quota of its own for resource-based policies', () => {
    expect(checkPolicySize(documentOfSize(30000), 'resource')).toBeUndefined()
  })

  it('measures a value as compact JSON, with no position', () => {
    const issue = checkPolicySize({ Id: 'x'.repeat(3000) }, 'trust')
    expect(issue?.message).toBe('Cannot exceed quota for ACLSizePerRole: 2048')
    expect(issue?.line).toBeUndefined()
  })
})

describe('checkInlinePolicySizes adds the inline policies of one identity together', () => {
  it('accepts two role policies of 5,120 each and refuses a third character', () => {
    expect(
      checkInlinePolicySizes([documentOfSize(5120), documentOfSize(5120)], 'role'),
    ).toBeUndefined()
    expect(
      checkInlinePolicySizes([documentOfSize(5120), documentOfSize(5121)], 'role', {
        entityName: 'Deploy',
      }),
    ).toMatchObject({
      message: 'Maximum policy size of 10240 bytes exceeded for role Deploy',
      awsError: 'LimitExceeded',
    })
  })

  it('holds a user to 2,048 in all', () => {
    expect(
      checkInlinePolicySizes([documentOfSize(1000), documentOfSize(1049)], 'user')?.message,
    ).toBe('Maximum policy size of 2048 bytes exceeded for user <name>')
  })
})
