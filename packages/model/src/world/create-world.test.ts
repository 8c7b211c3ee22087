import { describe, expect, it } from 'vitest'
import { addAccount, createWorld } from './create-world.ts'
import { A, B, NOW, twoAccounts } from '../../test/iam-support/fixture.ts'

describe('createWorld', () => {
  it('holds its clock, its seed and empty accounts', () => {
    const world = twoAccounts(7)
    expect(world.now).toBe(NOW)
    expect(world.seed).toBe(7)
    expect([...world.accounts.keys()]).toEqual([A, B])
    expect(world.accounts.get(A)?.alias).toBe('alpha')
    expect(world.accounts.get(B)?.users.size).toBe(0)
    expect(world.organization).toBeUndefined()
  })

  // iam-facts §1: account ids are 12 digits.
  it.each([
    ['11 digits', '12345678901'],
    ['13 digits', '1234567890123'],
    ['letters', '12345678901a'],
    ['empty', ''],
  ])('refuses an account id of %s as a ValidationError issue', (_name, id) => {
    const result = createWorld({ seed: 1, now: NOW, accounts: [{ id: A }, { id }] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ code: 'ValidationError', path: ['accounts', 1, 'id'] })
    expect(result.issues[0]?.message).toContain(`'${id}'`)
  })

  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html
  it.each(['Upper', 'ab', '-lead', 'trail-', 'dou--ble'])('refuses the alias %s', (alias) => {
    const result = createWorld({ seed: 1, now: NOW, accounts: [{ id: A, alias }] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['accounts', 0, 'alias'])
  })

  it('refuses an account given twice', () => {
    const result = createWorld({ seed: 1, now: NOW, accounts: [{ id: A }, { id: A }] })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]?.code).toBe('EntityAlreadyExists')
  })
})

describe('addAccount', () => {
  it('adds an empty account and leaves the old world as it was', () => {
    const world = twoAccounts()
    const added = addAccount(world, { id: '333333333333' })
    expect(added.ok).toBe(true)
    if (!added.ok) return
    expect(added.world.accounts.has('333333333333')).toBe(true)
    expect(world.accounts.has('333333333333')).toBe(false)
  })
})
