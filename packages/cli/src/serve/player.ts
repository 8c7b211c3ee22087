/**
 * Serving the web player, the one part of `hatrack serve` that waits for @hatrack/elements.
 * When the player exists, `startPlayer` serves its bundle and the scenario (the file's text, and
 * its trace) on `host:port` and answers with the address; until then it says it is unavailable.
 */
import type { Scenario } from '@hatrack/scenario'
import type { Io } from '../io.ts'

/** What to serve, validated by the command. */
export interface ServeRequest {
  /** The scenario file, as given. */
  readonly file: string
  readonly scenario: Scenario
  readonly host: string
  /** 0 for any free port. */
  readonly port: number
}

/** Whether the player started. */
export type PlayerStart =
  | { readonly status: 'started'; readonly url: string }
  | { readonly status: 'unavailable'; readonly message: string }

/** The message while the player does not exist. */
export const PLAYER_UNAVAILABLE =
  'the web player arrives with @hatrack/elements; use `hatrack replay FILE` meanwhile'

/** Starts the player; for now, always unavailable. */
export function startPlayer(_request: ServeRequest, _io: Io): Promise<PlayerStart> {
  return Promise.resolve({ status: 'unavailable', message: PLAYER_UNAVAILABLE })
}
