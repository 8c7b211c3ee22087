/**
 * Model-based tests (issue #3, Tests): random sequences of IAM changes, STS calls, requests and
 * clock advances run against the model (a `Simulation`: the pure operations, sessions as xstate
 * actors on a simulated clock) and against a small reference model, with fast-check commands.
 * After every command (see invariants.ts and analysis-invariant.ts):
 * - no session is usable after its expiration (actor, status and `ExpiredToken` agree);
 * - a chained session never lasts more than one hour;
 * - no session outlasts its role's `MaxSessionDuration`;
 * - a session never holds a permission its role lacks or its session policy removes;
 * - after an IAM change, an analysis edge exists exactly when the `AssumeRole` call succeeds.
 * And the same operations replayed from the same seed (without the checks, which only read)
 * give the same ids, access keys, secrets, tokens, outcomes (JSON, decisions included) and world.
 *
 * Runs: HATRACK_FC_RUNS (default 1,000) sequences of up to 30 commands after a generated start
 * (every user and role created), each run twice.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commandSequence } from './arbitraries.ts'
import { prelude } from './prelude.ts'
import { runSequence } from './run-sequence.ts'
import { toJson } from './to-json.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)
/**
 * Not a speed assertion: a guard against a hang, generous enough for a busy machine (1,000
 * sequences take 25 to 45 s there, checks and replays included).
 */
const TIMEOUT = Math.max(120_000, RUNS * 300)

describe('the model against a reference model (fast-check commands)', () => {
  it(
    'keeps every invariant over random sequences, and replays them to the same ids, credentials and results',
    () => {
      fc.assert(
        fc.property(fc.integer(), prelude, commandSequence, (seed, start, commands) => {
          const checked = runSequence(seed, start, commands, { checks: true, analysis: true })
          // The replay runs without the checks: they read the world and must not change it.
          const replay = runSequence(seed, start, commands, { checks: false, analysis: false })
          expect(replay.real.keys).toEqual(checked.real.keys)
          expect(replay.real.log).toEqual(checked.real.log)
          expect(toJson(replay.real.simulation.snapshot())).toEqual(
            toJson(checked.real.simulation.snapshot()),
          )
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )
})
