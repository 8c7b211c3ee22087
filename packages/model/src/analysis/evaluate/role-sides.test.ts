/** `roleSides` gives every role the resource side the model's `resourceSide` gives it. */
import { describe, expect, it } from 'vitest'
import { resourceSide } from '../../request/resource-side.ts'
import { orgWorld } from '../testing/org-world.ts'
import { roleSides } from './role-sides.ts'

describe('roleSides', () => {
  it('equals resourceSide for every role of an organization', () => {
    const world = orgWorld({ accounts: 4, rolesPerAccount: 10, usersPerAccount: 5 })
    const sideOf = roleSides(world)
    let checked = 0
    for (const account of world.accounts.values())
      for (const role of account.roles.values()) {
        expect(sideOf(role)).toEqual(resourceSide(world, 'sts:AssumeRole', role.arn))
        checked += 1
      }
    expect(checked).toBe(40)
  })
})
