/**
 * Named sequences of the model-based test, replayed through the same commands with every
 * invariant and the reference checked after each step, and their outcomes pinned: the rules the
 * random sequences exercise, each written down once where a reader can see it.
 */
import { describe, expect, it } from 'vitest'
import { AdvanceCommand } from './commands/advance-command.ts'
import { AssumeRoleCommand } from './commands/assume-role-command.ts'
import type { CallerPick } from './commands/callers.ts'
import { GetSessionTokenCommand } from './commands/get-session-token-command.ts'
import { RequestCommand } from './commands/request-command.ts'
import { RoleCommand } from './commands/role-commands.ts'
import { UserCommand } from './commands/user-commands.ts'
import type { TrustPrincipal } from './reference/types.ts'
import { runSequence, type Command } from './run-sequence.ts'
import { A, B } from './vocabulary.ts'

const ann: CallerPick = { kind: 'user', account: A, name: 'ann' }
/** The session issued last. */
const latest: CallerPick = { kind: 'session', pick: 0 }
const user = (name: string, account = A): TrustPrincipal => ({ kind: 'user', account, name })
const role = (name: string, account = A): TrustPrincipal => ({ kind: 'role', account, name })
const createRole = (name: string, trust: TrustPrincipal[], max = 3600, account = A) =>
  new RoleCommand(account, name, { op: 'create', trust, max })
const allowRole = (name: string, actions: string[], account = A) =>
  new RoleCommand(account, name, { op: 'putPolicy', policy: 'p1', actions })
const assume = (
  caller: CallerPick,
  name: string,
  duration?: number,
  sessionPolicy?: string[],
  account = A,
) => new AssumeRoleCommand(caller, { account, name }, duration, sessionPolicy)

interface Case {
  readonly name: string
  /** Where the rule comes from. */
  readonly source: string
  readonly commands: readonly Command[]
  /** The outcomes of the last commands, in order: `ok`, an error code or a decision. */
  readonly last: readonly string[]
}

const cases: readonly Case[] = [
  {
    name: 'a trust policy naming a deleted user does not match the user re-created under its name',
    source: 'iam-facts §2 (unique ids), reference_policies_elements_principal',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('R1', [user('ann')]),
      assume(ann, 'R1'),
      new UserCommand(A, 'ann', { op: 'delete' }),
      new UserCommand(A, 'ann', { op: 'create' }),
      assume(ann, 'R1'),
    ],
    last: ['ok', 'ok', 'ok', 'AccessDenied'],
  },
  {
    name: 'a chained session asking for 3,601 seconds fails, 3,600 succeeds',
    source: 'iam-facts §10–11 (role chaining: one hour, an error, no silent cut)',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('R1', [user('ann')]),
      allowRole('R1', ['sts:AssumeRole']),
      createRole('R2', [role('R1')], 43200),
      assume(ann, 'R1'),
      assume(latest, 'R2', 3601),
      assume(latest, 'R2', 3600),
    ],
    last: ['ok', 'ValidationError', 'ok'],
  },
  {
    name: 'GetSessionToken credentials assuming a role are role chaining',
    source: 'iam-facts §10 GetSessionToken (observed), §11',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('R1', [user('ann')], 43200),
      new GetSessionTokenCommand(ann, undefined),
      assume(latest, 'R1', 7200),
      assume(latest, 'R1'),
    ],
    last: ['ok', 'ValidationError', 'ok'],
  },
  {
    name: 'a session policy without sts:AssumeRole stops a chain even when the trust names the role',
    source: 'iam-facts §7 step 4 ("Named role ARN": limited by the session policy)',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('R1', [user('ann')]),
      allowRole('R1', ['sts:AssumeRole', 's3:ListAllMyBuckets']),
      createRole('R2', [role('R1')]),
      assume(ann, 'R1', undefined, ['s3:ListAllMyBuckets']),
      assume(latest, 'R2'),
      assume(ann, 'R1'),
      assume(latest, 'R2'),
    ],
    last: ['ok', 'AccessDenied', 'ok', 'ok'],
  },
  {
    name: 'a session is usable until its expiration, and ExpiredToken from that instant on',
    source: 'iam-facts §10 (ExpiredToken)',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('R1', [user('ann')]),
      allowRole('R1', ['s3:ListAllMyBuckets']),
      assume(ann, 'R1', 900),
      new AdvanceCommand(899),
      new RequestCommand(latest, 's3:ListAllMyBuckets'),
      new AdvanceCommand(1),
      new RequestCommand(latest, 's3:ListAllMyBuckets'),
    ],
    last: ['ok', 'ok', 'allowed', 'ok', 'ExpiredToken'],
  },
  {
    name: "DurationSeconds above the role's maximum fails, the maximum itself succeeds",
    source: 'iam-facts §10 AssumeRole, §11',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('R1', [user('ann')], 7200),
      assume(ann, 'R1', 7201),
      assume(ann, 'R1', 7200),
      assume(ann, 'R1', 899),
    ],
    last: ['ValidationError', 'ok', 'ValidationError'],
  },
  {
    name: 'across accounts the trust naming the user is not enough without its identity policy',
    source: 'iam-facts §8–9 (cross account: both sides)',
    commands: [
      new UserCommand(A, 'ann', { op: 'create' }),
      createRole('X1', [user('ann')], 3600, B),
      assume(ann, 'X1', undefined, undefined, B),
      new UserCommand(A, 'ann', { op: 'putPolicy', actions: ['sts:AssumeRole'] }),
      assume(ann, 'X1', undefined, undefined, B),
    ],
    last: ['AccessDenied', 'ok', 'ok'],
  },
  {
    name: 'the root user cannot assume a role, even one that trusts its account',
    source: 'iam-facts §2 (Roles may not be assumed by root accounts.)',
    commands: [
      createRole('R1', [{ kind: 'account', account: A, form: 'root' }]),
      assume({ kind: 'root', account: A }, 'R1'),
    ],
    last: ['AccessDenied'],
  },
]

/** `ok`, the error code, or the decision of a logged outcome. */
function summary(entry: unknown): string {
  const outcome = (entry as { outcome: Record<string, unknown> }).outcome
  const error = outcome.error as { code?: string } | undefined
  const decision = outcome.decision as { decision?: string } | undefined
  if (error?.code) return error.code
  if (decision?.decision) return decision.decision
  return 'ok'
}

describe('named sequences of the model-based test', () => {
  it.each(cases)('$name ($source)', ({ commands, last }) => {
    const { real } = runSequence(1, [], commands, { checks: true, analysis: true })
    expect(real.log.slice(-last.length).map(summary)).toEqual(last)
  })
})
