import fc from 'fast-check'
import { RoleCommand } from './commands/role-commands.ts'
import { UserCommand } from './commands/user-commands.ts'
import {
  accountPrincipal,
  assuming,
  ROLES,
  USERS,
  userPrincipal,
  validMaxSessionDuration,
} from './pieces.ts'
import type { Command } from './run-sequence.ts'

/**
 * A generated start, run through the same commands before the sequence: every user created
 * (most with a policy), then every role, trusting users and accounts (half of them their own),
 * most allowing `sts:AssumeRole` so that chains happen. Without it most sequences spend
 * themselves building.
 */
export const prelude: fc.Arbitrary<readonly Command[]> = fc
  .tuple(
    fc.array(fc.option(assuming, { nil: undefined, freq: 4 }), {
      minLength: USERS.length,
      maxLength: USERS.length,
    }),
    fc.tuple(
      ...ROLES.map((role) =>
        fc.tuple(
          fc.constant(role),
          fc.array(fc.oneof(userPrincipal, accountPrincipal, accountPrincipal), {
            minLength: 1,
            maxLength: 3,
          }),
          fc.boolean(),
          validMaxSessionDuration,
          assuming,
        ),
      ),
    ),
  )
  .map(([userPolicies, roles]) => [
    ...USERS.flatMap((user, index): Command[] => {
      const allowed = userPolicies[index]
      const created = new UserCommand(user.account, user.name, { op: 'create' })
      return allowed === undefined
        ? [created]
        : [created, new UserCommand(user.account, user.name, { op: 'putPolicy', actions: allowed })]
    }),
    ...roles.flatMap(([role, principals, ownAccount, max, allowed]): Command[] => [
      new RoleCommand(role.account, role.name, {
        op: 'create',
        trust: ownAccount
          ? [...principals, { kind: 'account', account: role.account, form: 'id' }]
          : principals,
        max,
      }),
      new RoleCommand(role.account, role.name, { op: 'putPolicy', policy: 'p1', actions: allowed }),
    ]),
  ])
