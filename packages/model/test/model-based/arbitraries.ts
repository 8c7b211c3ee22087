/**
 * The generated commands of the model-based test, weighted so that a sequence of thirty
 * assumes and chains roles, makes requests, lets sessions expire and changes IAM between.
 */
import fc from 'fast-check'
import { AdvanceCommand, advanceSeconds } from './commands/advance-command.ts'
import { AssumeRoleCommand, durationPick } from './commands/assume-role-command.ts'
import { CallerIdentityCommand } from './commands/caller-identity-command.ts'
import { GetSessionTokenCommand, tokenDuration } from './commands/get-session-token-command.ts'
import { callerPick, userPick } from './commands/callers.ts'
import { RequestCommand } from './commands/request-command.ts'
import { RoleCommand } from './commands/role-commands.ts'
import { UserCommand } from './commands/user-commands.ts'
import { actions, maxSessionDuration, rolePick, trust } from './pieces.ts'
import type { Command } from './run-sequence.ts'
import { REQUEST_ACTIONS, ROLE_POLICY_NAMES } from './vocabulary.ts'

/** How long a sequence may grow. */
export const MAX_COMMANDS = 30

const command = <T extends Command>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Command> => arbitrary

/** Every command, weighted. */
export const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 1,
    arbitrary: command(userPick.map((u) => new UserCommand(u.account, u.name, { op: 'create' }))),
  },
  {
    weight: 1,
    arbitrary: command(userPick.map((u) => new UserCommand(u.account, u.name, { op: 'delete' }))),
  },
  {
    weight: 1,
    arbitrary: command(
      fc
        .tuple(userPick, actions)
        .map(
          ([u, allowed]) =>
            new UserCommand(u.account, u.name, { op: 'putPolicy', actions: allowed }),
        ),
    ),
  },
  {
    weight: 1,
    arbitrary: command(
      userPick.map((u) => new UserCommand(u.account, u.name, { op: 'deletePolicy' })),
    ),
  },
  {
    weight: 2,
    arbitrary: command(
      fc
        .tuple(rolePick, trust, maxSessionDuration)
        .map(
          ([r, principals, max]) =>
            new RoleCommand(r.account, r.name, { op: 'create', trust: principals, max }),
        ),
    ),
  },
  {
    weight: 2,
    arbitrary: command(
      fc
        .tuple(rolePick, trust)
        .map(
          ([r, principals]) =>
            new RoleCommand(r.account, r.name, { op: 'updateTrust', trust: principals }),
        ),
    ),
  },
  {
    weight: 2,
    arbitrary: command(
      fc
        .tuple(rolePick, fc.constantFrom(...ROLE_POLICY_NAMES), actions)
        .map(
          ([r, policy, allowed]) =>
            new RoleCommand(r.account, r.name, { op: 'putPolicy', policy, actions: allowed }),
        ),
    ),
  },
  {
    weight: 10,
    arbitrary: command(
      fc
        .tuple(callerPick, rolePick, durationPick, fc.option(actions, { nil: undefined }))
        .map(
          ([caller, role, duration, policy]) =>
            new AssumeRoleCommand(caller, role, duration, policy),
        ),
    ),
  },
  {
    weight: 4,
    arbitrary: command(
      fc
        .tuple(callerPick, fc.constantFrom(...REQUEST_ACTIONS))
        .map(([caller, action]) => new RequestCommand(caller, action)),
    ),
  },
  {
    weight: 2,
    arbitrary: command(
      fc
        .tuple(callerPick, tokenDuration)
        .map(([caller, duration]) => new GetSessionTokenCommand(caller, duration)),
    ),
  },
  { weight: 3, arbitrary: command(advanceSeconds.map((s) => new AdvanceCommand(s))) },
  { weight: 1, arbitrary: command(callerPick.map((caller) => new CallerIdentityCommand(caller))) },
)

/** Sequences of up to `MAX_COMMANDS` commands, their length spread over the whole range. */
export const commandSequence = fc.commands([commandArbitrary], {
  maxCommands: MAX_COMMANDS,
  size: 'max',
})
